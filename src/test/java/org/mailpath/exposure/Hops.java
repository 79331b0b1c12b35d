package org.mailpath.exposure;

import java.util.List;
import org.mailpath.policy.TlsAuthentication;
import org.mailpath.smtp.SmtpObservation;
import org.mailpath.tls.TlsObservation;

/** Connections as the trace observes them for the lab's domains, and hops made from them. */
final class Hops {
  private Hops() {}

  static MxConnection refused(String host, int preference) {
    return new MxConnection(
        host,
        preference,
        new SmtpObservation(false, null, 0, false, List.of(), false, null, List.of()),
        null);
  }

  static MxConnection noStarttls(String host, int preference) {
    return new MxConnection(host, preference, smtp(false), null);
  }

  static MxConnection handshakeFails(String host, int preference) {
    return new MxConnection(
        host,
        preference,
        smtp(true),
        new TlsObservation(
            "TLSv1.0-TLSv1.3", false, null, null, null, null, "alert 40", List.of(), null, null));
  }

  static MxConnection tls(String host, int preference, String version) {
    return new MxConnection(
        host,
        preference,
        smtp(true),
        new TlsObservation(
            "TLSv1.0-TLSv1.3",
            true,
            version,
            "TLS_AES_128_GCM_SHA256",
            "x25519",
            "n/a",
            null,
            List.of(),
            null,
            "not stapled"));
  }

  /** A lab domain by the name of its scenario, plus "dane" and "mtasts" (enforcing TLS). */
  static LastHop scenario(String name) {
    return switch (name) {
      case "good" ->
          LastHop.choose(
              List.of(
                  tls("mx1.good.mail.test", 10, "TLSv1.3"),
                  tls("mx2.good.mail.test", 20, "TLSv1.3")),
              TlsAuthentication.NONE);
      case "nostarttls" ->
          LastHop.choose(
              List.of(noStarttls("mx1.nostarttls.mail.test", 10)), TlsAuthentication.NONE);
      case "tls10" ->
          LastHop.choose(
              List.of(tls("mx1.tls10.mail.test", 10, "TLSv1.0")), TlsAuthentication.NONE);
      case "handshake" ->
          LastHop.choose(
              List.of(handshakeFails("mx1.keyusage.mail.test", 10)), TlsAuthentication.NONE);
      case "multi" ->
          LastHop.choose(
              List.of(
                  tls("mx1.multi.mail.test", 10, "TLSv1.3"),
                  noStarttls("mx2.multi.mail.test", 20),
                  refused("mx3.multi.mail.test", 30)),
              TlsAuthentication.NONE);
      case "dane" ->
          LastHop.choose(List.of(tls("mx1.dane.mail.test", 10, "TLSv1.3")), TlsAuthentication.DANE);
      case "mtasts" ->
          LastHop.choose(
              List.of(tls("mx1.mtasts.mail.test", 10, "TLSv1.2")), TlsAuthentication.MTA_STS);
      case "unreachable" ->
          LastHop.choose(List.of(refused("mx1.down.mail.test", 10)), TlsAuthentication.NONE);
      default -> throw new IllegalArgumentException(name);
    };
  }

  private static SmtpObservation smtp(boolean starttls) {
    List<String> caps = starttls ? List.of("PIPELINING", "STARTTLS") : List.of("PIPELINING");
    return new SmtpObservation(
        true, "220 ready", 220, true, caps, starttls, starttls ? "220 go ahead" : null, List.of());
  }
}
