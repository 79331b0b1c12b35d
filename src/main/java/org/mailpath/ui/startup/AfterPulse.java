package org.mailpath.ui.startup;

import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Runs something once the scene's next pulse has laid out its nodes and handed them to the
 * renderer: after the first pulse of a stage being shown, that is its first frame.
 */
public final class AfterPulse {

  private AfterPulse() {}

  /**
   * Runs {@code action} on the FX thread after {@code pulses} more pulses of {@code scene}, asking
   * for each: the FX thread stays free meanwhile, for the window system's events and the renderer.
   */
  public static void run(Scene scene, int pulses, Runnable action) {
    if (pulses <= 1) {
      run(scene, action);
    } else {
      run(scene, () -> run(scene, pulses - 1, action));
    }
  }

  /**
   * Runs {@code action} on the FX thread after the next pulse of {@code scene} (call it before
   * {@code stage.show()} to run after the first frame). Once only.
   */
  public static void run(Scene scene, Runnable action) {
    Runnable listener =
        new Runnable() {
          private boolean fired;

          @Override
          public void run() {
            if (fired) {
              return;
            }
            fired = true;
            // later, not here: the pulse still has to hand the frame over to the renderer, and a
            // listener must not leave the list the pulse is walking
            Platform.runLater(
                () -> {
                  scene.removePostLayoutPulseListener(this);
                  action.run();
                });
          }
        };
    scene.addPostLayoutPulseListener(listener);
    Platform.requestNextPulse();
  }
}
