package org.mailpath.bench;

import java.awt.AWTException;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * When does a window really appear? Watches the screen (the X display the benchmark runs on), not
 * what the application says of itself: a frame laid out by JavaFX reaches the screen only once the
 * window system has mapped the window and the renderer has drawn it. Empty, the screen is one
 * colour; an area is drawn when it shows more than a few.
 *
 * <p>At 1280×800: the window's first frame shows in the left strip (the floor's label, or
 * mailpath's menus and address bar); mailpath's whole window also fills the history column below
 * them.
 */
final class ScreenWatch {

  private static final long POLL_MILLIS = 10;

  /** The left strip, top to bottom. */
  static final Rectangle FIRST_FRAME = new Rectangle(0, 0, 120, 800);

  /** The history column below the address bar (its heading and filters). */
  static final Rectangle WHOLE_WINDOW = new Rectangle(0, 120, 300, 200);

  private final Robot robot;

  ScreenWatch() {
    try {
      robot = new Robot();
    } catch (AWTException e) {
      throw new IllegalStateException("no screen to watch (run under xvfb-run)", e);
    }
  }

  /** True when the screen is one colour: nothing from an earlier run is left on it. */
  boolean blank() {
    return !drawn(new Rectangle(0, 0, 1280, 800));
  }

  /**
   * Milliseconds from {@code startMillis} until each area in turn is drawn, while {@code process}
   * runs; stops at the first area not drawn within {@code timeoutMillis}.
   */
  List<Long> until(Process process, long startMillis, long timeoutMillis, Rectangle... areas)
      throws InterruptedException {
    List<Long> seen = new ArrayList<>();
    for (Rectangle area : areas) {
      while (!drawn(area)) {
        long elapsed = System.currentTimeMillis() - startMillis;
        if (elapsed > timeoutMillis || !process.isAlive()) {
          return seen;
        }
        Thread.sleep(POLL_MILLIS);
      }
      seen.add(System.currentTimeMillis() - startMillis);
    }
    return seen;
  }

  private boolean drawn(Rectangle area) {
    BufferedImage image = robot.createScreenCapture(area);
    Set<Integer> colours = new HashSet<>();
    for (int y = 0; y < image.getHeight(); y += 2) {
      for (int x = 0; x < image.getWidth(); x += 2) {
        colours.add(image.getRGB(x, y));
        if (colours.size() > 3) {
          return true;
        }
      }
    }
    return false;
  }
}
