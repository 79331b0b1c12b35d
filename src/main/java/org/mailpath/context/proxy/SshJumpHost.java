package org.mailpath.context.proxy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The host {@code --ssh-jump [user@]HOST[:PORT]} names. Only names, addresses and ports pass, so
 * nothing the user types can become an ssh option.
 *
 * @param user the login name, or null for ssh's own choice (the configuration's, or the user's)
 * @param host a host name, an alias from the SSH configuration, or an address literal
 * @param port the SSH port, or 0 for ssh's own choice
 */
public record SshJumpHost(String user, String host, int port) {

  private static final Pattern FORM =
      Pattern.compile(
          "(?:(?<user>[A-Za-z0-9_][A-Za-z0-9._-]*)@)?"
              + "(?:\\[(?<v6>[0-9A-Fa-f:.]+)\\]|(?<host>[A-Za-z0-9_][A-Za-z0-9._-]*))"
              + "(?::(?<port>[0-9]{1,5}))?");

  public SshJumpHost {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("the SSH port must be between 1 and 65535");
    }
  }

  public static SshJumpHost parse(String text) {
    Matcher m = FORM.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "--ssh-jump " + text + " is not of the form [user@]HOST[:PORT]");
    }
    String host = m.group("v6") != null ? m.group("v6") : m.group("host");
    int port = m.group("port") == null ? 0 : Integer.parseInt(m.group("port"));
    if (m.group("port") != null && port == 0) {
      throw new IllegalArgumentException("--ssh-jump " + text + ": the port must be 1-65535");
    }
    return new SshJumpHost(m.group("user"), host, port);
  }

  /** The destination as ssh takes it: {@code user@host} or {@code host}. */
  String destination() {
    return (user == null ? "" : user + "@") + host;
  }

  @Override
  public String toString() {
    String h = host.indexOf(':') >= 0 ? "[" + host + "]" : host;
    return (user == null ? "" : user + "@") + h + (port == 0 ? "" : ":" + port);
  }
}
