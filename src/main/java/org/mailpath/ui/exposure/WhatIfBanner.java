package org.mailpath.ui.exposure;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.mailpath.finding.Severity;
import org.mailpath.ui.common.Icons;

/**
 * The warning strip that stands above the matrix while it shows a what-if (an assumed TLS policy)
 * rather than the trace as seen, with the way back. Hidden, and taking no room, otherwise.
 */
final class WhatIfBanner extends HBox {

  WhatIfBanner(ExposureViewModel model) {
    setId("exposure-what-if");
    getStyleClass().add("exposure-what-if");
    setAlignment(Pos.CENTER_LEFT);
    setSpacing(10);

    Label words = new Label();
    words.setId("exposure-what-if-text");
    words.getStyleClass().add("exposure-what-if-text");
    words.setGraphic(Icons.severity(Severity.WARNING));
    words.setWrapText(true);
    words.textProperty().bind(model.whatIfProperty());
    words.setMaxWidth(Double.MAX_VALUE);
    HBox.setHgrow(words, Priority.ALWAYS);

    Button back = new Button("Show as traced");
    back.setId("exposure-as-traced");
    back.getStyleClass().add("small");
    back.setOnAction(e -> model.showAsTraced());
    back.setMinWidth(USE_PREF_SIZE);

    getChildren().addAll(words, back);
    visibleProperty().bind(model.whatIfProperty().isNotEmpty());
    managedProperty().bind(visibleProperty());
  }
}
