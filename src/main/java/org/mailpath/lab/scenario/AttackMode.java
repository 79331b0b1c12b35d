package org.mailpath.lab.scenario;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the lab's on-path attacker does to the SMTP dialogue it relays between a sender and a lab MX
 * host. Each mode is one attack the STARTTLS RFC and its successors name.
 */
public enum AttackMode {
  /** RFC 3207 §6: deletes STARTTLS from the EHLO reply; the rest is relayed unchanged. */
  STRIP("strip", "removes STARTTLS from the server's EHLO reply"),
  /** RFC 3207 §4: answers STARTTLS itself with 454 "TLS not available due to temporary reason". */
  REFUSE_STARTTLS("454", "answers STARTTLS with 454 4.7.0 TLS not available"),
  /** Terminates TLS with its own self-signed certificate and relays the plain text. */
  SUBSTITUTE_CERTIFICATE("cert", "terminates TLS with its own self-signed certificate"),
  /**
   * Terminates TLS with a certificate for the MX name that the lab CA issued on the attacker's key:
   * the compromised or coerced CA case, which PKIX checks accept.
   */
  CERTIFICATE_FROM_TRUSTED_CA(
      "cert-ca", "terminates TLS with a certificate for the MX name from the trusted lab CA"),
  /** Terminates TLS offering only TLS 1.0 (RFC 8996 §2 forbids it) toward the sender. */
  DOWNGRADE("downgrade", "terminates TLS offering only TLS 1.0 to the sender");

  private final String flag;
  private final String action;

  AttackMode(String flag, String action) {
    this.flag = flag;
    this.action = action;
  }

  /** The word on the command line: "strip", "454", "cert", "cert-ca", "downgrade". */
  public String flag() {
    return flag;
  }

  /** What it does, after "the attacker …". */
  public String action() {
    return action;
  }

  /** Whether it completes a TLS handshake with the sender itself. */
  public boolean terminatesTls() {
    return this == SUBSTITUTE_CERTIFICATE
        || this == CERTIFICATE_FROM_TRUSTED_CA
        || this == DOWNGRADE;
  }

  public static Optional<AttackMode> byFlag(String flag) {
    String wanted = flag.trim().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(m -> m.flag.equals(wanted)).findFirst();
  }

  /** "strip|454|cert|cert-ca|downgrade", for usage messages. */
  public static String flags() {
    return Arrays.stream(values()).map(AttackMode::flag).collect(Collectors.joining("|"));
  }
}
