package org.mailpath.lab;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * mailpath's internet in a box: authoritative DNS, SMTP servers with chosen TLS behaviour and a lab
 * CA, all on loopback, for every name under {@code .test} (RFC 6761 §6.2). (Being written.)
 */
public final class Lab implements AutoCloseable {

  /** RFC 6761 §6.2: ".test" is reserved for testing; mailpath's lab owns it. */
  public static boolean covers(String asciiName) {
    String name = asciiName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".")) {
      name = name.substring(0, name.length() - 1);
    }
    return name.equals("test") || name.endsWith(".test");
  }

  /** The process-wide lab, started on first use and stopped when the JVM exits. */
  public static synchronized Lab shared() {
    throw new UnsupportedOperationException("lab not yet written");
  }

  /** Starts a lab whose servers delay every reply by {@code replyDelay}. */
  public static Lab start(Duration replyDelay) {
    throw new UnsupportedOperationException("lab not yet written");
  }

  /** Every scenario, in the order they are listed. */
  public static List<LabScenario> scenarios() {
    throw new UnsupportedOperationException("lab not yet written");
  }

  /**
   * Makes sure the servers that {@code asciiName} needs are running (starting only those), and
   * says how to reach them.
   */
  public LabRoute prepare(String asciiName) {
    throw new UnsupportedOperationException("lab not yet written");
  }

  @Override
  public void close() {}
}
