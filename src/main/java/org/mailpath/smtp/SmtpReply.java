package org.mailpath.smtp;

import java.util.List;
import org.mailpath.finding.FindingCode;

/**
 * One SMTP reply (RFC 5321 §4.2): a three-digit code and one or more lines of text.
 *
 * @param code the reply code, e.g. 250
 * @param lines the text after the code and separator, one entry per line
 */
public record SmtpReply(int code, List<String> lines) {

  public SmtpReply {
    lines = List.copyOf(lines);
  }

  /**
   * RFC 5321 §4.2: Reply-code = %x32-35 %x30-35 %x30-39. A first digit outside 2–5 or a second
   * digit above 5 (999, 199, 260) is no SMTP reply at all.
   */
  public static boolean isValidCode(int code) {
    int first = code / 100;
    int second = code / 10 % 10;
    return code >= 0 && code < 1000 && first >= 2 && first <= 5 && second <= 5;
  }

  /** RFC 5321 §4.1.1.1: EHLO and HELO succeed with 250, and with nothing else. */
  public boolean isHelloAccepted() {
    return code == 250;
  }

  /** RFC 5321 §4.2.1: 2yz is positive completion. */
  public boolean isPositive() {
    return code >= 200 && code < 300;
  }

  /** RFC 5321 §4.2.1: 4yz is transient negative completion. */
  public boolean isTransientFailure() {
    return code >= 400 && code < 500;
  }

  /** RFC 5321 §4.2.1: 5yz is permanent negative completion. */
  public boolean isPermanentFailure() {
    return code >= 500 && code < 600;
  }

  public String text() {
    return String.join(" / ", lines);
  }

  @Override
  public String toString() {
    return code + " " + text();
  }

  /**
   * The finding for this reply where another was due. RFC 5321 §4.2.1: 4yz is a transient failure
   * (try again later), 5yz a permanent one; any other reply where a specific one was due (220 to
   * EHLO, 250 as a greeting) breaks the protocol.
   */
  public FindingCode rejection() {
    if (isTransientFailure()) {
      return FindingCode.SMTP_TEMPORARY_FAILURE;
    }
    return isPermanentFailure()
        ? FindingCode.SMTP_PERMANENT_FAILURE
        : FindingCode.SMTP_PROTOCOL_ERROR;
  }
}
