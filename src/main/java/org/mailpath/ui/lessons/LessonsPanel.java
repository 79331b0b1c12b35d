package org.mailpath.ui.lessons;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.mailpath.lesson.Lesson;

/**
 * The side panel of a lesson: heading with a hide button, the text (wrapped), Previous / Next (also
 * PageUp / PageDown). Binds to {@link LessonsViewModel}; hidden, and taking no room, until a lesson
 * is opened or View ▸ Lessons panel shows it.
 */
public final class LessonsPanel extends VBox {

  // Narrow enough that the history and the mail path keep their columns at 1280×800.
  private static final double WIDTH = 280;

  public LessonsPanel(LessonsViewModel model) {
    setId("lessons-panel");
    getStyleClass().add("lessons-panel");
    setPadding(new Insets(8));
    setSpacing(8);
    setPrefWidth(WIDTH); // the style sheet's 21.54em, which follows the presentation zoom, wins
    setMinWidth(Region.USE_PREF_SIZE);
    setMaxWidth(Region.USE_PREF_SIZE);

    Label heading = new Label();
    heading.setId("lesson-heading");
    heading.textProperty().bind(model.headingProperty());
    heading.setWrapText(true);
    heading.setStyle("-fx-font-weight: bold");
    heading.setMaxWidth(Double.MAX_VALUE);
    HBox.setHgrow(heading, Priority.ALWAYS);
    Button hide = new Button("Hide");
    hide.setId("lessons-hide");
    hide.getStyleClass().add("small");
    hide.setMinWidth(Region.USE_PREF_SIZE);
    hide.setTooltip(new Tooltip("Hide this panel; View ▸ Lessons panel brings it back."));
    hide.setOnAction(e -> model.close());
    HBox top = new HBox(8, heading, hide);
    top.setAlignment(Pos.TOP_LEFT);

    Label text = new Label();
    text.setId("lesson-text");
    text.textProperty().bind(model.textProperty());
    text.setWrapText(true);
    text.setPadding(new Insets(0, 4, 0, 0));
    ScrollPane scroll = new ScrollPane(text);
    scroll.setFitToWidth(true);
    scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
    VBox.setVgrow(scroll, Priority.ALWAYS);

    Button previous = new Button("Previous");
    previous.setOnAction(e -> model.previous());
    previous.disableProperty().bind(model.lessonOpenProperty().not());
    Button next = new Button("Next");
    next.setId("lesson-next");
    next.setOnAction(e -> model.next());
    next.disableProperty().bind(model.lessonOpenProperty().not());
    HBox buttons = new HBox(8, previous, next);

    getChildren().addAll(top, scroll, buttons);
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

  /** PageDown / PageUp step through the open lesson while its panel shows (give to the window). */
  public static void pageKeys(KeyEvent e, LessonsViewModel model) {
    if (!model.showingProperty().get() || !model.lessonOpenProperty().get()) {
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
