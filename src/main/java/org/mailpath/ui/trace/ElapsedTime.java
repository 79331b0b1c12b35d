package org.mailpath.ui.trace;

import java.time.Duration;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Label;

/**
 * A clock that counts up while a trace runs, so a slow server shows as time passing rather than a
 * frozen window. Ticks on the FX thread's animation pulse; stops when the trace ends.
 */
final class ElapsedTime extends Label {

  private static final javafx.util.Duration TICK = javafx.util.Duration.millis(100);

  private final Timeline ticker = new Timeline(new KeyFrame(TICK, event -> show()));
  private long startedNanos;

  ElapsedTime(ObservableBooleanValue running) {
    setId("status-elapsed");
    ticker.setCycleCount(Timeline.INDEFINITE);
    visibleProperty().bind(running);
    managedProperty().bind(running);
    running.addListener((o, before, now) -> toggle(now));
  }

  private void toggle(boolean running) {
    if (running) {
      startedNanos = System.nanoTime();
      show();
      ticker.play();
    } else {
      ticker.stop();
    }
  }

  private void show() {
    long tenths = Duration.ofNanos(System.nanoTime() - startedNanos).toMillis() / 100;
    setText(tenths / 10 + "." + tenths % 10 + " s");
  }
}
