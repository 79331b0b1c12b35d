package org.mailpath.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How fast does mailpath start, against the floor of the same JVM? Times, as whole processes,
 * {@code --version} and {@code history list} against a JVM that prints one line ({@link
 * PrintLine}), and the moments the window's first frame is drawn ("shown": its menus, address bar
 * and status bar; typing is accepted) and then the whole window ("whole": history, tabs, lessons
 * panel) against a JVM that shows one label in a stage of the same size ({@link LabelWindow});
 * prints medians and ratios. Runs are interleaved, so load from elsewhere on the machine falls on
 * every case alike.
 *
 * <p>The jar's classes run from this JVM's class path; {@code --launcher PATH} also times an
 * installed or packaged launcher (e.g. {@code /opt/mailpath/bin/mailpath}), whose JVM options come
 * through {@code JAVA_TOOL_OPTIONS}. The window cases need a display:
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
  private final String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
  private final String classPath = System.getProperty("java.class.path");

  private StartupBenchmark(Path work) {
    this.work = work;
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
    cases.put("floor: window with a label", jvm(true, LabelWindow.class.getName()));
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
    return List.of(java, "-cp", classPath, "-D" + PROBE + "=" + probe(), mainClass);
  }

  /** A case run by a packaged launcher; the probe properties go through JAVA_TOOL_OPTIONS. */
  private Case native_(boolean window, String launcher, String... args) {
    return new Case(
        window, List.of("-D" + PROBE + "=" + probe()), List.of(launcher), List.of(args));
  }

  private static Case noCds(Case c) {
    c.toolOptions.add("-Xshare:off");
    return c;
  }

  private static final String PROBE = "mailpath.startupProbe";

  private Path probe() {
    return work.resolve("shown");
  }

  /** Writes the wall-clock millis to {@code file}, as the app's start-up probe does. */
  static void mark(String file) {
    try {
      Files.writeString(Path.of(file), System.currentTimeMillis() + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private final class Case {
    private final boolean window;
    private final List<String> toolOptions;
    private final List<String> command;

    Case(boolean window, List<String> toolOptions, List<String> prefix, List<String> args) {
      this.window = window;
      this.toolOptions = new ArrayList<>(toolOptions);
      this.command = new ArrayList<>(prefix);
      command.addAll(args);
    }

    /** Milliseconds to exit, or for a window to each of the probe's marks. */
    List<Long> time() throws IOException, InterruptedException {
      Files.deleteIfExists(probe());
      ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
      pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
      pb.environment().put("MAILPATH_HOME", work.resolve("home").toString());
      List<String> options = new ArrayList<>(toolOptions);
      if (window) {
        options.add("-Dmailpath.exitAfterStartup=true");
      }
      if (!options.isEmpty()) {
        pb.environment().put("JAVA_TOOL_OPTIONS", String.join(" ", options));
      }
      long startMillis = System.currentTimeMillis();
      long start = System.nanoTime();
      int status = pb.start().waitFor();
      long exited = (System.nanoTime() - start) / 1_000_000;
      if (!window) {
        return List.of(exited);
      }
      if (!Files.exists(probe())) {
        throw new IllegalStateException(command + " showed no window (status " + status + ")");
      }
      List<Long> marks = new ArrayList<>();
      for (String mark : Files.readAllLines(probe(), StandardCharsets.US_ASCII)) {
        marks.add(Long.parseLong(mark.trim()) - startMillis);
      }
      return marks;
    }
  }

  private static long median(List<Long> values) {
    List<Long> sorted = new ArrayList<>(values);
    sorted.sort(null);
    return sorted.get(sorted.size() / 2);
  }
}
