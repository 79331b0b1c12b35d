package org.mailpath.integration.realsenders;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a real sender did with one message, read from its log, in mailpath's outcome words.
 *
 * @param delivery deliver-clear, deliver-tls, deliver-authenticated-tls, defer, bounce, or
 *     "no-outcome" when the log said nothing before the deadline
 * @param tlsVersion "TLSv1.2" (mailpath's label) when delivered over TLS, else null
 * @param evidence the log lines the outcome was read from
 */
public record RealOutcome(String delivery, String tlsVersion, String evidence) {

  private static final Pattern VERSION = Pattern.compile("TLSv?(\\d)(?:\\.(\\d))?");

  static RealOutcome delivered(String logVersion, boolean authenticated, String evidence) {
    if (logVersion == null) {
      return new RealOutcome("deliver-clear", null, evidence);
    }
    return new RealOutcome(
        authenticated ? "deliver-authenticated-tls" : "deliver-tls",
        normalised(logVersion),
        evidence);
  }

  static RealOutcome deferred(String evidence) {
    return new RealOutcome("defer", null, evidence);
  }

  static RealOutcome bounced(String evidence) {
    return new RealOutcome("bounce", null, evidence);
  }

  static RealOutcome nothingLogged(String evidence) {
    return new RealOutcome("no-outcome", null, evidence);
  }

  boolean isDeferral() {
    return delivery.equals("defer");
  }

  /** The outcome as the agreement table and the known differences write it. */
  public String shown() {
    return tlsVersion == null ? delivery : delivery + " " + tlsVersion;
  }

  /** Postfix says "TLSv1", Exim "TLS1.0", OpenSMTPD "TLSv1.0"; mailpath says "TLSv1.0". */
  static String normalised(String logVersion) {
    Matcher m = VERSION.matcher(logVersion);
    if (!m.find()) {
      return logVersion;
    }
    return "TLSv" + m.group(1) + "." + (m.group(2) == null ? "0" : m.group(2));
  }
}
