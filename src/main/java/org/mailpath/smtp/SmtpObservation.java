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
 */
public record SmtpObservation(
    boolean connected,
    String greeting,
    int greetingCode,
    boolean ehloAccepted,
    List<String> capabilities,
    boolean starttlsOffered,
    String starttlsReply,
    List<String> capabilitiesAfterTls) {

  public SmtpObservation {
    capabilities = List.copyOf(capabilities);
    capabilitiesAfterTls = List.copyOf(capabilitiesAfterTls);
  }
}
