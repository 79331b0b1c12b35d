package org.mailpath.bench;

import java.awt.Rectangle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How fast does mailpath start, against the floor of the same JVM? Times, as whole processes,
 * {@code --version} and {@code history list} against a JVM that prints one line ({@link
 * PrintLine}), and, on the screen ({@link ScreenWatch}), the moments the window's first frame
 * appears ("shown": its menus and address bar, which takes typing) and then the whole window
 * ("whole": history, tabs, lessons panel) against a JVM that shows one label in a stage of the same
 * size ({@link LabelWindow}); prints medians and ratios. Runs are interleaved, so load from
 * elsewhere on the machine falls on every case alike.
 *
 * <p>The jar's classes run from this JVM's class path; {@code --launcher PATH} also times an
 * installed or packaged launcher (e.g. {@code /opt/mailpath/bin/mailpath}), whose JVM options come
 * through {@code JAVA_TOOL_OPTIONS}. The window cases need a display of 1280×800:
 *
 * <pre>
 * ./mvnw -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * xvfb-run -a -s "-screen 0 1280x800x24" java -cp \
 *   target/test-classes:target/classes:$(cat target/cp.txt) \
 *   org.mailpath.bench.StartupBenchmark [RUNS] [--launcher /opt/mailpath/bin/mailpath]
 * </pre>
 */
public final class StartupBenchmark {

  private static final int DEFAULT_RUNS = 5;

  private final Path work;
  private final ScreenWatch screen;
  private final String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
  private final String classPath = System.getProperty("java.class.path");

  private StartupBenchmark(Path work) {
    this.work = work;
    this.screen = new ScreenWatch();
  }

  public static void main(String[] args) throws Exception {
    int runs = DEFAULT_RUNS;
    String launcher = null;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--launcher")) {
        launcher = args[++i];
      } else {
        runs = Integer.parseInt(args[i]);
      }
    }
    Path work = Files.createTempDirectory("mailpath-startup");
    new StartupBenchmark(work).run(runs, launcher);
  }

  private void run(int runs, String launcher) throws Exception {
    Map<String, Case> cases = new LinkedHashMap<>();
    cases.put("floor: print a line", jvm(false, PrintLine.class.getName()));
    cases.put("jar --version", jvm(false, "org.mailpath.Main", "--version"));
    cases.put("jar history list", jvm(false, "org.mailpath.Main", "history", "list"));
    cases.put("floor: window with a label", floor(jvm(true, LabelWindow.class.getName())));
    cases.put("jar window", jvm(true, "org.mailpath.Main", "gui"));
    if (launcher != null) {
      cases.put("launcher --version", native_(false, launcher, "--version"));
      cases.put("launcher history list", native_(false, launcher, "history", "list"));
      cases.put("launcher window", native_(true, launcher, "gui"));
      // the same without its AppCDS archive (and without the runtime's base archive)
      cases.put("launcher --version, no CDS", noCds(native_(false, launcher, "--version")));
      cases.put("launcher window, no CDS", noCds(native_(true, launcher, "gui")));
    }
    Map<String, List<Long>> millis = new LinkedHashMap<>();
    for (int round = 0; round < runs; round++) {
      for (Map.Entry<String, Case> c : cases.entrySet()) {
        List<Long> marks = c.getValue().time();
        // a window's two marks: its first frame, then the whole window (the floor has one)
        for (int i = 0; i < marks.size(); i++) {
          String name = c.getKey() + (marks.size() == 1 ? "" : i == 0 ? " shown" : " whole");
          millis.computeIfAbsent(name, n -> new ArrayList<>()).add(marks.get(i));
        }
      }
    }
    long lineFloor = median(millis.get("floor: print a line"));
    long windowFloor = median(millis.get("floor: window with a label"));
    System.out.printf("%-28s %9s %7s   (median of %d runs)%n", "case", "ms", "ratio", runs);
    for (Map.Entry<String, List<Long>> m : millis.entrySet()) {
      long ms = median(m.getValue());
      long floor = m.getKey().contains("window") ? windowFloor : lineFloor;
      System.out.printf(
          "%-28s %9d %7.2f   %s%n", m.getKey(), ms, (double) ms / floor, m.getValue());
    }
  }

  /** A case run by this JVM's java on this JVM's class path. */
  private Case jvm(boolean window, String mainClass, String... args) {
    return new Case(window, List.of(), prefix(mainClass), List.of(args));
  }

  private List<String> prefix(String mainClass) {
    return List.of(java, "-cp", classPath, mainClass);
  }

  /** A case run by a packaged launcher. */
  private Case native_(boolean window, String launcher, String... args) {
    return new Case(window, List.of(), List.of(launcher), List.of(args));
  }

  /** The floor's window has one frame: the first is the whole. */
  private static Case floor(Case c) {
    c.areas = new Rectangle[] {ScreenWatch.FIRST_FRAME};
    return c;
  }

  private static Case noCds(Case c) {
    c.toolOptions.add("-Xshare:off");
    return c;
  }

  private final class Case {
    private final boolean window;
    private final List<String> toolOptions;
    private final List<String> command;
    private Rectangle[] areas = {ScreenWatch.FIRST_FRAME, ScreenWatch.WHOLE_WINDOW};

    Case(boolean window, List<String> toolOptions, List<String> prefix, List<String> args) {
      this.window = window;
      this.toolOptions = new ArrayList<>(toolOptions);
      this.command = new ArrayList<>(prefix);
      command.addAll(args);
    }

    /** Milliseconds to exit, or for a window until each of its areas is on the screen. */
    List<Long> time() throws IOException, InterruptedException {
      ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
      pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
      pb.environment().put("MAILPATH_HOME", work.resolve("home").toString());
      if (!toolOptions.isEmpty()) {
        pb.environment().put("JAVA_TOOL_OPTIONS", String.join(" ", toolOptions));
      }
      if (window) {
        waitForBlankScreen();
      }
      long startMillis = System.currentTimeMillis();
      long start = System.nanoTime();
      Process process = pb.start();
      if (!window) {
        process.waitFor();
        return List.of((System.nanoTime() - start) / 1_000_000);
      }
      List<Long> seen = screen.until(process, startMillis, WINDOW_TIMEOUT_MILLIS, areas);
      process.destroy();
      process.waitFor();
      if (seen.size() < areas.length) {
        throw new IllegalStateException(command + " showed no whole window on the screen");
      }
      return seen;
    }
  }

  private static final long WINDOW_TIMEOUT_MILLIS = 60_000;

  /** The last window is gone from the screen. */
  private void waitForBlankScreen() throws InterruptedException {
    for (int i = 0; i < 500 && !screen.blank(); i++) {
      Thread.sleep(10);
    }
  }

  private static long median(List<Long> values) {
    List<Long> sorted = new ArrayList<>(values);
    sorted.sort(null);
    return sorted.get(sorted.size() / 2);
  }
}
