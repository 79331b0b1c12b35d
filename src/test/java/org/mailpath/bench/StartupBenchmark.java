package org.mailpath.bench;

import java.awt.Rectangle;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How fast does mailpath start, against the floor of the same JVM? Times, as whole processes,
 * {@code --version} and {@code history list} against a JVM that prints one line ({@link
 * PrintLine}), and, on the screen ({@link ScreenWatch}), the moments the window's first frame
 * appears ("shown": its menus and address bar, which takes typing) and then the whole window
 * ("whole": history, tabs, lessons panel) against a JVM that shows one label in a stage of the same
 * size ({@link LabelWindow}); prints medians and ratios. It also times a cold {@code report latest
 * --pdf} of a stored lab trace (12 pages), whose goal is in seconds. Runs are interleaved, so load
 * from elsewhere on the machine falls on every case alike.
 *
 * <p>It runs the built jar the two ways the README gives: {@code java -jar target/mailpath.jar},
 * with the JVM's default options, and {@code ./mailpath}, which adds the client compiler only
 * ({@code -XX:TieredStopAtLevel=1}, as the installed app does). So the window's floor is measured
 * both ways too, and a case run with the client compiler is also given its ratio to the floor run
 * the same way ("same JIT"). {@code --launcher PATH} also times an installed or packaged launcher
 * (e.g. {@code /opt/mailpath/bin/mailpath}), with and without its AppCDS archive. Run it from the
 * checkout; the window cases need a display of 1280×800:
 *
 * <pre>
 * ./mvnw -q package -DskipTests dependency:build-classpath -Dmdep.outputFile=target/cp.txt
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
  // absolute: the cases run in the work folder
  private final String classPath =
      Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
          .map(entry -> Path.of(entry).toAbsolutePath().toString())
          .collect(Collectors.joining(File.pathSeparator));

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

  private static final String LINE_FLOOR = "floor: print a line";
  private static final String WINDOW_FLOOR = "floor: window with a label";
  private static final String WINDOW_FLOOR_C1 = "floor: window, client compiler";

  private void run(int runs, String launcher) throws Exception {
    Map<String, Case> cases = cases(launcher);
    storeOneSession();
    Map<String, List<Long>> millis = new LinkedHashMap<>();
    Map<String, Boolean> compiledByC1 = new LinkedHashMap<>();
    for (int round = 0; round < runs; round++) {
      for (Map.Entry<String, Case> c : cases.entrySet()) {
        List<Long> marks = c.getValue().time();
        // a window's two marks: its first frame, then the whole window (the floor has one)
        for (int i = 0; i < marks.size(); i++) {
          String name = c.getKey() + (marks.size() == 1 ? "" : i == 0 ? " shown" : " whole");
          millis.computeIfAbsent(name, n -> new ArrayList<>()).add(marks.get(i));
          compiledByC1.put(name, c.getValue().clientCompiler);
        }
      }
    }
    print(runs, millis, compiledByC1);
  }

  private Map<String, Case> cases(String launcher) {
    Map<String, Case> cases = new LinkedHashMap<>();
    cases.put(LINE_FLOOR, jvm(false, PrintLine.class.getName()));
    cases.put("java -jar --version", jar(false, "--version"));
    cases.put("java -jar history list", jar(false, "history", "list"));
    cases.put("./mailpath --version", script(false, "--version"));
    cases.put("./mailpath history list", script(false, "history", "list"));
    cases.put(WINDOW_FLOOR, floor(jvm(true, LabelWindow.class.getName())));
    cases.put(WINDOW_FLOOR_C1, clientCompiler(floor(jvm(true, LabelWindow.class.getName()))));
    cases.put("java -jar window", jar(true));
    cases.put("./mailpath window", script(true));
    cases.put("java -jar report --pdf", jar(false, REPORT));
    cases.put("./mailpath report --pdf", script(false, REPORT));
    if (launcher != null) {
      cases.put("launcher --version", native_(false, launcher, "--version"));
      cases.put("launcher history list", native_(false, launcher, "history", "list"));
      cases.put("launcher report --pdf", native_(false, launcher, REPORT));
      cases.put("launcher window", native_(true, launcher, "gui"));
      // the same without its AppCDS archive (and without the runtime's base archive)
      cases.put("launcher --version, no CDS", noCds(native_(false, launcher, "--version")));
      cases.put("launcher window, no CDS", noCds(native_(true, launcher, "gui")));
    }
    return cases;
  }

  private static void print(
      int runs, Map<String, List<Long>> millis, Map<String, Boolean> compiledByC1) {
    long lineFloor = median(millis.get(LINE_FLOOR));
    long windowFloor = median(millis.get(WINDOW_FLOOR));
    long windowFloorC1 = median(millis.get(WINDOW_FLOOR_C1));
    System.out.printf(
        "%-34s %7s %7s %10s   (median of %d runs)%n", "case", "ms", "ratio", "same JIT", runs);
    for (Map.Entry<String, List<Long>> m : millis.entrySet()) {
      long ms = median(m.getValue());
      boolean window = m.getKey().contains("window");
      long floor = window ? windowFloor : lineFloor;
      // a window run with the client compiler only, also against the floor run the same way
      String sameJit =
          window && compiledByC1.get(m.getKey())
              ? String.format("%.2f", (double) ms / windowFloorC1)
              : "";
      // a report's goal is in seconds: no floor prints twelve pages
      String ratio =
          m.getKey().contains("report") ? "" : String.format("%.2f", (double) ms / floor);
      System.out.printf("%-34s %7d %7s %10s   %s%n", m.getKey(), ms, ratio, sameJit, m.getValue());
    }
  }

  /** {@code report latest --pdf}: a cold process laying out the stored session's 12 pages. */
  private static final String[] REPORT = {"report", "latest", "--pdf", "report.pdf"};

  /**
   * A lab trace of alice@good.mail.test in the history every case uses, so that {@code history
   * list} lists a session and {@code report latest} has one to render.
   */
  private void storeOneSession() throws IOException, InterruptedException {
    jar(false, "trace", "--quick", "alice@good.mail.test").time();
    Path report = work.resolve(REPORT[3]);
    jar(false, REPORT).time();
    if (!Files.isRegularFile(report)) {
      throw new IllegalStateException("the stored lab trace did not give a report: " + report);
    }
  }

  /** A case run by this JVM's java on this JVM's class path. */
  private Case jvm(boolean window, String mainClass, String... args) {
    return new Case(window, List.of(java, "-cp", classPath, mainClass), List.of(args));
  }

  /** The README's {@code java -jar target/mailpath.jar}, with this JVM's java. */
  private Case jar(boolean window, String... args) {
    return new Case(window, List.of(java, "-jar", built(JAR).toString()), List.of(args));
  }

  /** The README's {@code ./mailpath}, which runs the jar with the client compiler only. */
  private Case script(boolean window, String... args) {
    built(JAR);
    Case c = new Case(window, List.of(built(SCRIPT).toString()), List.of(args));
    c.environment.put("JAVA_HOME", System.getProperty("java.home"));
    c.clientCompiler = true;
    return c;
  }

  private static final Path JAR = Path.of("target", "mailpath.jar");
  private static final Path SCRIPT = Path.of("mailpath");

  private static Path built(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException(
          file.toAbsolutePath()
              + " is missing: run the benchmark from the checkout after ./mvnw -q package"
              + " -DskipTests");
    }
    return file.toAbsolutePath();
  }

  /** A case run by a packaged launcher, whose JVM options include the client compiler only. */
  private Case native_(boolean window, String launcher, String... args) {
    Case c = new Case(window, List.of(launcher), List.of(args));
    c.clientCompiler = true;
    return c;
  }

  /** The floor's window has one frame: the first is the whole. */
  private static Case floor(Case c) {
    c.areas = new Rectangle[] {ScreenWatch.FIRST_FRAME};
    return c;
  }

  private static Case noCds(Case c) {
    c.environment.put("JAVA_TOOL_OPTIONS", "-Xshare:off");
    return c;
  }

  private static Case clientCompiler(Case c) {
    c.environment.put("JAVA_TOOL_OPTIONS", "-XX:TieredStopAtLevel=1");
    c.clientCompiler = true;
    return c;
  }

  private final class Case {
    private final boolean window;
    private final Map<String, String> environment = new LinkedHashMap<>();
    private final List<String> command;
    private boolean clientCompiler;
    private Rectangle[] areas = {ScreenWatch.FIRST_FRAME, ScreenWatch.WHOLE_WINDOW};

    Case(boolean window, List<String> prefix, List<String> args) {
      this.window = window;
      this.command = new ArrayList<>(prefix);
      command.addAll(args);
    }

    /** Milliseconds to exit, or for a window until each of its areas is on the screen. */
    List<Long> time() throws IOException, InterruptedException {
      ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
      pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
      pb.environment().put("MAILPATH_HOME", work.resolve("home").toString());
      pb.directory(work.toFile()); // where report.pdf goes
      pb.environment().putAll(environment);
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
