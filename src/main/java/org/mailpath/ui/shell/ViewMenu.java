package org.mailpath.ui.shell;

import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.mailpath.ui.lessons.LessonsViewModel;
import org.mailpath.ui.preferences.TypeSize;

/**
 * View ▸ the presentation zoom (larger, smaller, actual size, large-type mode) and the lessons
 * panel. The menu's accelerators are Ctrl + =, Ctrl + − and Ctrl + 0; {@link #zoomKeys} adds the
 * other keys people press for the same thing (Ctrl + +, the keypad's + − 0).
 */
final class ViewMenu {
  private ViewMenu() {}

  static Menu of(TypeSize typeSize, LessonsViewModel lessons) {
    MenuItem larger = item("Larger type", "menu-larger-type", KeyCode.EQUALS, typeSize::larger);
    MenuItem smaller = item("Smaller type", "menu-smaller-type", KeyCode.MINUS, typeSize::smaller);
    MenuItem actual = item("Actual size", "menu-actual-size", KeyCode.DIGIT0, typeSize::actualSize);

    CheckMenuItem presentation = new CheckMenuItem("Presentation mode (large type)");
    presentation.setId("menu-presentation");
    presentation.setSelected(typeSize.presentationProperty().get());
    typeSize.presentationProperty().addListener((o, was, now) -> presentation.setSelected(now));
    presentation.setOnAction(e -> typeSize.setPresentation(presentation.isSelected()));

    CheckMenuItem lessonsPanel = new CheckMenuItem("Lessons panel");
    lessonsPanel.setId("menu-lessons-panel");
    lessonsPanel.selectedProperty().bindBidirectional(lessons.showingProperty());

    Menu menu =
        new Menu(
            "_View",
            null,
            larger,
            smaller,
            actual,
            new SeparatorMenuItem(),
            presentation,
            new SeparatorMenuItem(),
            lessonsPanel);
    menu.setId("menu-view");
    return menu;
  }

  private static MenuItem item(String text, String id, KeyCode key, Runnable action) {
    MenuItem item = new MenuItem(text);
    item.setId(id);
    item.setAccelerator(new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN));
    item.setOnAction(e -> action.run());
    return item;
  }

  /** Ctrl + + (with Shift on most layouts) and the keypad's keys; give to the window. */
  static void zoomKeys(KeyEvent e, TypeSize typeSize) {
    if (!e.isShortcutDown()) {
      return;
    }
    KeyCode code = e.getCode();
    if (code == KeyCode.PLUS
        || code == KeyCode.ADD
        || (code == KeyCode.EQUALS && e.isShiftDown())) {
      typeSize.larger();
      e.consume();
    } else if (code == KeyCode.SUBTRACT) {
      typeSize.smaller();
      e.consume();
    } else if (code == KeyCode.NUMPAD0) {
      typeSize.actualSize();
      e.consume();
    }
  }
}
