package org.mailpath.smtp;

import java.util.List;

/**
 * What the SMTP dialogue of one connection showed.
 *
 * @param connected the TCP connection was made
 * @param greeting the greeting reply text (all lines), or null
 * @param greetingCode the greeting's reply code, or 0
 * @param ehloAccepted EHLO was accepted (else HELO was used or nothing)
 * @param capabilities EHLO keywords before TLS, e.g. ["PIPELINING", "SIZE 10240000", "STARTTLS"]
 * @param starttlsOffered STARTTLS was among the capabilities (RFC 3207 §4)
 * @param starttlsReply the reply to STARTTLS, or null if not sent
 * @param capabilitiesAfterTls EHLO keywords after TLS (RFC 3207 §4.2), empty if not reached
 * @param ehloGreeting the first line of the EHLO reply (RFC 5321 §4.1.1.1: the server's name and
 *     often the client address it saw), or null
 */
public record SmtpObservation(
    boolean connected,
    String greeting,
    int greetingCode,
    boolean ehloAccepted,
    List<String> capabilities,
    boolean starttlsOffered,
    String starttlsReply,
    List<String> capabilitiesAfterTls,
    String ehloGreeting) {

  public SmtpObservation {
    capabilities = List.copyOf(capabilities);
    capabilitiesAfterTls = List.copyOf(capabilitiesAfterTls);
  }

  /** An observation without the EHLO reply's first line (sessions stored before it was kept). */
  public SmtpObservation(
      boolean connected,
      String greeting,
      int greetingCode,
      boolean ehloAccepted,
      List<String> capabilities,
      boolean starttlsOffered,
      String starttlsReply,
      List<String> capabilitiesAfterTls) {
    this(
        connected,
        greeting,
        greetingCode,
        ehloAccepted,
        capabilities,
        starttlsOffered,
        starttlsReply,
        capabilitiesAfterTls,
        null);
  }
}
