package org.mailpath.ui.exposure;

import java.util.List;
import org.mailpath.exposure.MxConnection;
import org.mailpath.smtp.SmtpObservation;
import org.mailpath.tls.TlsObservation;

/** Connections as a trace of the lab's domains records them, for tests and the screenshot demo. */
final class DemoConnections {
  private DemoConnections() {}

  static List<MxConnection> of(String scenario) {
    return switch (scenario) {
      case "nostarttls" -> List.of(plain("mx1.nostarttls.mail.test", 10));
      case "tls10" -> List.of(tls("mx1.tls10.mail.test", 10, "TLSv1.0"));
      case "multi" ->
          List.of(tls("mx1.multi.mail.test", 10, "TLSv1.3"), plain("mx2.multi.mail.test", 20));
      default ->
          List.of(
              tls("mx1.good.mail.test", 10, "TLSv1.3"), tls("mx2.good.mail.test", 20, "TLSv1.3"));
    };
  }

  private static MxConnection plain(String host, int preference) {
    return new MxConnection(
        host,
        preference,
        new SmtpObservation(
            true, "220 " + host, 220, true, List.of("PIPELINING"), false, null, List.of()),
        null);
  }

  private static MxConnection tls(String host, int preference, String version) {
    return new MxConnection(
        host,
        preference,
        new SmtpObservation(
            true,
            "220 " + host,
            220,
            true,
            List.of("PIPELINING", "STARTTLS"),
            true,
            "220 ready",
            List.of()),
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
}
