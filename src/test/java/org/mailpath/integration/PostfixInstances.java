package org.mailpath.integration;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The Postfix instances {@code .ci/postfix-instances.sh} started, named by the environment variable
 * MAILPATH_POSTFIX_DIR. Without it the tests are skipped on a workstation and fail in CI (CI=true),
 * so CI cannot silently lose them.
 */
final class PostfixInstances {

  private final Path base;
  private final Map<String, Integer> ports;

  private PostfixInstances(Path base, Map<String, Integer> ports) {
    this.base = base;
    this.ports = ports;
  }

  static PostfixInstances require() throws IOException {
    String dir = System.getenv("MAILPATH_POSTFIX_DIR");
    boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
    if (dir == null || !Files.exists(Path.of(dir, "instances"))) {
      if (ci) {
        fail("CI=true but MAILPATH_POSTFIX_DIR names no running Postfix instances");
      }
      assumeTrue(
          false,
          "no Postfix instances: run .ci/postfix-instances.sh start DIR and set MAILPATH_POSTFIX_DIR");
    }
    Map<String, Integer> ports = new HashMap<>();
    for (String pair : Files.readString(Path.of(dir, "instances")).trim().split(",")) {
      String[] kv = pair.split("=");
      ports.put(kv[0], Integer.parseInt(kv[1]));
    }
    return new PostfixInstances(Path.of(dir), ports);
  }

  int port(String name) {
    Integer port = ports.get(name);
    if (port == null) {
      fail("no Postfix instance named " + name + " in " + base);
    }
    return port;
  }

  Path caFile() {
    return base.resolve("ca.pem");
  }
}
