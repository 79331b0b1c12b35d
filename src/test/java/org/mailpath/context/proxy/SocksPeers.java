package org.mailpath.context.proxy;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The SOCKS5 servers {@code .ci/socks-peers.sh} started (Dante, microsocks, OpenSSH for ssh -D),
 * named by MAILPATH_SOCKS_DIR. Without them the tests are skipped on a workstation and fail in CI
 * (CI=true), so CI cannot silently lose them.
 */
public final class SocksPeers {

  private final Map<String, String> values;

  private SocksPeers(Map<String, String> values) {
    this.values = values;
  }

  public static SocksPeers require() {
    String dir = System.getenv("MAILPATH_SOCKS_DIR");
    Path env = dir == null ? null : Path.of(dir, "socks.env");
    if (env == null || !Files.exists(env)) {
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail("CI=true but MAILPATH_SOCKS_DIR names no running SOCKS5 servers");
      }
      assumeTrue(
          false,
          "no SOCKS5 servers (danted, microsocks, sshd): run .ci/socks-peers.sh start DIR and set"
              + " MAILPATH_SOCKS_DIR");
    }
    Map<String, String> values = new HashMap<>();
    try {
      for (String line : Files.readAllLines(env)) {
        int eq = line.indexOf('=');
        if (eq > 0) {
          values.put(line.substring(0, eq), line.substring(eq + 1));
        }
      }
    } catch (IOException e) {
      fail("cannot read " + env + ": " + e.getMessage());
    }
    return new SocksPeers(values);
  }

  /** Dante without authentication. */
  public Socks5Proxy dante() {
    return proxy("dante", null, null);
  }

  /** Dante with RFC 1929 username/password. */
  public Socks5Proxy danteAuth() {
    return proxy("dante-auth", get("user"), get("password"));
  }

  /** microsocks with -u/-P. */
  public Socks5Proxy microsocksAuth() {
    return proxy("microsocks-auth", get("user"), get("password"));
  }

  /** Dante with authentication, given the credentials to use. */
  public Socks5Proxy danteAuthAs(String user, String password) {
    return proxy("dante-auth", user, password);
  }

  /** ssh -D into the local OpenSSH server, with the key and known_hosts the script made. */
  public SshJump sshJump() {
    return new SshJump(SshJumpHost.parse(get("sshd")), List.of("ssh", "-F", get("ssh-config")));
  }

  /** ssh -D as a user the local OpenSSH server does not let in. */
  public SshJump sshJumpAs(String user) {
    String host = get("sshd").substring(get("sshd").indexOf('@') + 1);
    return new SshJump(
        SshJumpHost.parse(user + "@" + host), List.of("ssh", "-F", get("ssh-config")));
  }

  private Socks5Proxy proxy(String key, String user, String password) {
    String endpoint = get(key);
    int colon = endpoint.lastIndexOf(':');
    return new Socks5Proxy(
        endpoint.substring(0, colon),
        Integer.parseInt(endpoint.substring(colon + 1)),
        user,
        password);
  }

  private String get(String key) {
    String value = values.get(key);
    if (value == null) {
      fail("socks.env has no " + key);
    }
    return value;
  }
}
