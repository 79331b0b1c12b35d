package org.mailpath.integration;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The signed zone, validating resolver and Postfix that {@code .ci/dane-peers.sh} started inside a
 * network namespace (named by MAILPATH_DANE_DIR). Commands run inside the namespace, where the
 * servers are on 127.0.0.1 and Postfix listens on port 25. Skipped on a workstation without them, a
 * failure in CI (CI=true).
 */
final class DanePeers {

  private final Path base;
  private final String namespace;

  private DanePeers(Path base, String namespace) {
    this.base = base;
    this.namespace = namespace;
  }

  static DanePeers require() throws IOException {
    String dir = System.getenv("MAILPATH_DANE_DIR");
    boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
    if (dir == null || !Files.exists(Path.of(dir, "netns"))) {
      if (ci) {
        fail("CI=true but MAILPATH_DANE_DIR names no running DANE peers");
      }
      assumeTrue(
          false,
          "no DANE peers: run .ci/dane-peers.sh start DIR (as root) and set MAILPATH_DANE_DIR");
    }
    return new DanePeers(Path.of(dir), Files.readString(Path.of(dir, "netns")).trim());
  }

  Path trustAnchor() {
    return base.resolve("ds.txt");
  }

  /** mailpath's trace report, run inside the namespace from this test's class path. */
  JsonNode mailpathTrace(String target, String... options)
      throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(
            List.of(
                "ip",
                "netns",
                "exec",
                namespace,
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "org.mailpath.Main",
                "trace",
                target,
                "--json",
                "--no-store"));
    command.addAll(List.of(options));
    String output = run(command, 120);
    int start = output.indexOf('{');
    if (start < 0) {
      throw new IOException("mailpath printed no JSON: " + output);
    }
    return new ObjectMapper().readTree(output.substring(start));
  }

  /** posttls-finger's verdict lines for a domain, with DANE (its -l dane policy). */
  String postTlsFingerDane(String domain) throws IOException, InterruptedException {
    return run(
        List.of("ip", "netns", "exec", namespace, "posttls-finger", "-c", "-l", "dane", domain),
        60);
  }

  private static String run(List<String> command, int seconds)
      throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    p.getOutputStream().close();
    byte[] out = p.getInputStream().readNBytes(4 << 20);
    if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IOException("did not finish: " + command);
    }
    return new String(out, StandardCharsets.UTF_8);
  }
}
