package org.mailpath.ui.exposure;

import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.mailpath.exposure.ExposureMatrix;
import org.mailpath.exposure.HeaderPolicy;
import org.mailpath.exposure.LastHop;
import org.mailpath.policy.TlsAuthentication;

/**
 * The Exposure tab: composer and protection on top, the last hop as traced, the matrix, and at the
 * bottom the summary line and the explanation of the selected cell. {@link #node()} is what the
 * main window embeds.
 */
public final class ExposureView {

  private final BorderPane root = new BorderPane();
  private final ExposureViewModel model;

  public ExposureView(ExposureViewModel model) {
    this.model = model;
    root.getStylesheets().add(ExposureStyles.uri());
    root.getStyleClass().add("exposure");
    root.setPadding(new Insets(10, 14, 10, 14));

    Label title = new Label("Who can read what");
    title.getStyleClass().add("exposure-title");
    Label hop = new Label();
    hop.setId("exposure-last-hop");
    hop.getStyleClass().add("exposure-hop");
    hop.setWrapText(true);
    hop.textProperty()
        .bind(Bindings.createStringBinding(() -> describe(model), model.matrixProperty()));
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox titleRow = new HBox(12, title, spacer, headerPolicyChoice(), policyChoice());
    titleRow.setAlignment(Pos.CENTER_LEFT);
    root.setTop(new VBox(2, titleRow, new WhatIfBanner(model), new ComposerPane(model), hop));

    ScrollPane scroll = new ScrollPane(new MatrixGrid(model));
    scroll.setFitToWidth(true);
    scroll.setStyle("-fx-background-color: transparent; -fx-background: white;");
    root.setCenter(scroll);
    root.setBottom(bottom());
    model
        .selectionProperty()
        .set(
            new ExposureViewModel.Selection(
                org.mailpath.exposure.Part.SUBJECT,
                model
                    .matrixProperty()
                    .get()
                    .cellAt(
                        org.mailpath.exposure.Part.SUBJECT,
                        org.mailpath.exposure.Observer.PASSIVE_LISTENER)));
  }

  /** The tab's content. */
  public Node node() {
    return root;
  }

  private Node bottom() {
    Label summary = new Label();
    summary.setId("exposure-summary");
    summary.getStyleClass().add("exposure-summary");
    summary.textProperty().bind(model.summaryProperty());
    Label detail = new Label();
    detail.setId("exposure-detail");
    detail.getStyleClass().add("exposure-detail");
    detail
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> {
                  ExposureViewModel.Selection s = model.selectionProperty().get();
                  if (s == null) {
                    return "Click a cell to see why.";
                  }
                  return s.part().label()
                      + " \u00b7 "
                      + s.cell().observer().label()
                      + " \u2014 "
                      + s.cell().visibility().words()
                      + ": "
                      + s.cell().reason()
                      + "  ["
                      + s.cell().rfc()
                      + "]";
                },
                model.selectionProperty()));
    detail.setMinHeight(Region.USE_PREF_SIZE);
    VBox box = new VBox(6, legend(), summary, detail);
    box.setPadding(new Insets(6, 0, 0, 0));
    return box;
  }

  /** Every look a cell can take, in words; it reflows rather than run past a narrow window. */
  private static Node legend() {
    FlowPane legend = new FlowPane(8, 4);
    legend.getStyleClass().add("exposure-legend");
    for (VisibilityLook look : VisibilityLook.values()) {
      Label l = new Label(look.text() + legendNote(look));
      l.getStyleClass().add(look.styleClass());
      l.setMinWidth(Region.USE_PREF_SIZE);
      legend.getChildren().add(l);
    }
    return legend;
  }

  private static String legendNote(VisibilityLook look) {
    return switch (look) {
      case READABLE_IF_DOWNGRADED -> " (STARTTLS stripped or weaker MX forced)";
      case INTENDED_READER -> " (intended)"; // the recipient's own client: the message is for it
      default -> "";
    };
  }

  private ChoiceBox<HeaderPolicy> headerPolicyChoice() {
    ChoiceBox<HeaderPolicy> choice =
        new ChoiceBox<>(FXCollections.observableArrayList(HeaderPolicy.values()));
    choice.setId("exposure-header-policy");
    choice.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(HeaderPolicy p) {
            return p == null ? "" : "Header protection policy: " + p.rfcName();
          }

          @Override
          public HeaderPolicy fromString(String s) {
            return null;
          }
        });
    choice.valueProperty().bindBidirectional(model.headerPolicyProperty());
    // RFC 9788's policies apply only to messages sent with header protection.
    choice
        .disableProperty()
        .bind(
            Bindings.createBooleanBinding(
                () -> !model.protectionProperty().get().headerProtection(),
                model.protectionProperty()));
    return choice;
  }

  private ChoiceBox<TlsAuthentication> policyChoice() {
    ChoiceBox<TlsAuthentication> choice =
        new ChoiceBox<>(FXCollections.observableArrayList(TlsAuthentication.values()));
    choice.setId("exposure-policy");
    choice.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(TlsAuthentication a) {
            return a == null || a == TlsAuthentication.NONE
                ? "TLS policy: as traced (none checked)"
                : "Assume " + a.label();
          }

          @Override
          public TlsAuthentication fromString(String s) {
            return null;
          }
        });
    choice.valueProperty().bindBidirectional(model.assumedPolicyProperty());
    return choice;
  }

  private static String describe(ExposureViewModel model) {
    if (model.awaitingTrace()) {
      return "Last hop: not traced yet. Trace an address and its last hop fills the first two"
          + " columns.";
    }
    ExposureMatrix m = model.matrixProperty().get();
    LastHop hop = m.lastHop();
    String text = "Last hop: " + hop.usual().basis() + " [" + hop.usual().rfc() + "]";
    if (hop.forcedDiffers()) {
      text +=
          "  An active attacker can force " + hop.forced().mxHost() + " instead [RFC 5321 §5.1].";
    }
    return text;
  }
}
