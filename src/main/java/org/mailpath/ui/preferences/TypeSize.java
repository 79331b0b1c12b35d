package org.mailpath.ui.preferences;

import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/**
 * The presentation zoom: the window's type size in steps of percent of normal. Commands: {@link
 * #larger}, {@link #smaller}, {@link #actualSize}, {@link #setPresentation}. Applied as the scene
 * root's font size ({@link #rootStyle}), which the style sheet's em sizes follow.
 */
public final class TypeSize {

  /** The root font size of mailpath.css at 100 %. */
  static final double NORMAL_PX = 13;

  static final List<Integer> STEPS = List.of(80, 90, 100, 110, 125, 150, 175, 200);
  static final int ACTUAL = 100;

  /** Large type for a projector: at 1280×800 a room reads 150 % from the back rows. */
  static final int PRESENTATION = 150;

  private final ReadOnlyIntegerWrapper percent =
      new ReadOnlyIntegerWrapper(this, "percent", ACTUAL);
  private final BooleanBinding presentation = percent.greaterThanOrEqualTo(PRESENTATION);
  private final StringBinding rootStyle =
      Bindings.createStringBinding(() -> styleFor(percent.get()), percent);

  /** One step larger; stays at the largest. */
  public void larger() {
    int at = STEPS.indexOf(percent.get());
    percent.set(STEPS.get(Math.min(at + 1, STEPS.size() - 1)));
  }

  /** One step smaller; stays at the smallest. */
  public void smaller() {
    int at = STEPS.indexOf(percent.get());
    percent.set(STEPS.get(Math.max(at - 1, 0)));
  }

  public void actualSize() {
    percent.set(ACTUAL);
  }

  /** Large type on (at least {@value #PRESENTATION} %), or back to the normal size. */
  public void setPresentation(boolean on) {
    if (on && percent.get() < PRESENTATION) {
      percent.set(PRESENTATION);
    } else if (!on) {
      percent.set(ACTUAL);
    }
  }

  /** Takes a saved size, snapped to the nearest step; null keeps the normal size. */
  public void restore(Integer saved) {
    if (saved == null) {
      return;
    }
    percent.set(
        STEPS.stream()
            .min((a, b) -> Integer.compare(Math.abs(a - saved), Math.abs(b - saved)))
            .orElse(ACTUAL));
  }

  public ReadOnlyIntegerProperty percentProperty() {
    return percent.getReadOnlyProperty();
  }

  /** True while the type is at least the presentation size. */
  public BooleanBinding presentationProperty() {
    return presentation;
  }

  /** The inline style of the scene root: its font size; empty at the normal size. */
  public StringBinding rootStyle() {
    return rootStyle;
  }

  static String styleFor(int percent) {
    if (percent == ACTUAL) {
      return "";
    }
    return String.format(Locale.ROOT, "-fx-font-size: %.2fpx;", NORMAL_PX * percent / 100);
  }
}
