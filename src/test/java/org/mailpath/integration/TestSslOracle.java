package org.mailpath.integration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code testssl --starttls smtp -p}: a second independent opinion on which versions a server
 * accepts.
 */
final class TestSslOracle {

  /** testssl's ids for the versions mailpath sweeps. */
  static final Map<String, String> IDS =
      Map.of("TLSv1.0", "TLS1", "TLSv1.1", "TLS1_1", "TLSv1.2", "TLS1_2", "TLSv1.3", "TLS1_3");

  /** Key present when testssl could not judge the server. */
  static final String CANNOT_JUDGE = "cannot-judge";

  private TestSslOracle() {}

  static boolean installed() {
    return Files.isExecutable(Path.of("/usr/bin/testssl"));
  }

  /** Version label ("TLSv1.2") → offered? as testssl judges it. */
  static Map<String, Boolean> protocols(int port) throws IOException, InterruptedException {
    Path json = Files.createTempFile("testssl", ".json");
    Files.delete(json); // testssl refuses to overwrite
    Process p =
        new ProcessBuilder(
                "testssl",
                "--quiet",
                "--color",
                "0",
                "--warnings",
                "batch",
                "--starttls",
                "smtp",
                "-p",
                "--jsonfile",
                json.toString(),
                "127.0.0.1:" + port)
            .redirectErrorStream(true)
            .start();
    p.getOutputStream().close();
    p.getInputStream().readAllBytes();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IOException("testssl did not finish");
    }
    Map<String, Boolean> offered = new HashMap<>();
    for (JsonNode entry : new ObjectMapper().readTree(json.toFile())) {
      if ("optimal_proto".equals(entry.path("id").asText())
          && entry.path("finding").asText().contains("cannot connect")) {
        // testssl's own OpenSSL (Debian's, at security level 2) cannot talk to the server at all,
        // e.g. a TLS 1.0-only server: testssl then reports no protocol verdict.
        offered.put(CANNOT_JUDGE, false);
      }
      IDS.forEach(
          (label, id) -> {
            if (id.equals(entry.path("id").asText())) {
              String finding = entry.path("finding").asText();
              offered.put(label, finding.startsWith("offered"));
            }
          });
    }
    Files.deleteIfExists(json);
    return offered;
  }
}
