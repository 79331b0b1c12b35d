package org.mailpath.ui.lessons;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.mailpath.lesson.Lesson;

/**
 * The side panel of a lesson: heading, text, Previous / Next (also PageUp / PageDown) and Close.
 * Binds to {@link LessonsViewModel}; hidden while no lesson is open.
 */
public final class LessonsPanel extends VBox {

  private static final double WIDTH = 340;

  public LessonsPanel(LessonsViewModel model) {
    setId("lessons-panel");
    getStyleClass().add("lessons-panel");
    setPadding(new Insets(8));
    setSpacing(8);
    setPrefWidth(WIDTH);
    setMinWidth(Region.USE_PREF_SIZE);

    Label heading = new Label();
    heading.textProperty().bind(model.headingProperty());
    heading.setWrapText(true);
    heading.setStyle("-fx-font-weight: bold");

    Label text = new Label();
    text.setId("lesson-text");
    text.textProperty().bind(model.textProperty());
    text.setWrapText(true);
    text.setMaxWidth(WIDTH - 30);
    ScrollPane scroll = new ScrollPane(text);
    scroll.setFitToWidth(true);
    VBox.setVgrow(scroll, Priority.ALWAYS);

    Button previous = new Button("Previous");
    previous.setOnAction(e -> model.previous());
    Button next = new Button("Next");
    next.setId("lesson-next");
    next.setOnAction(e -> model.next());
    Button close = new Button("Close");
    close.setOnAction(e -> model.close());
    HBox buttons = new HBox(8, previous, next, close);

    getChildren().addAll(heading, scroll, buttons);
    visibleProperty().bind(model.showingProperty());
    managedProperty().bind(model.showingProperty());
  }

  /** Lessons ▸ one item per lesson. */
  public static Menu menu(LessonsViewModel model) {
    Menu menu = new Menu("_Lessons");
    menu.setId("menu-lessons");
    for (Lesson lesson : model.lessons()) {
      MenuItem item = new MenuItem(lesson.number() + ". " + lesson.title());
      item.setMnemonicParsing(false);
      item.setOnAction(e -> model.open(lesson.number()));
      menu.getItems().add(item);
    }
    return menu;
  }

  /** PageDown / PageUp step through the lesson while its panel shows (give to the window). */
  public static void pageKeys(KeyEvent e, LessonsViewModel model) {
    if (!model.showingProperty().get()) {
      return;
    }
    if (e.getCode() == KeyCode.PAGE_DOWN) {
      model.next();
      e.consume();
    } else if (e.getCode() == KeyCode.PAGE_UP) {
      model.previous();
      e.consume();
    }
  }
}
