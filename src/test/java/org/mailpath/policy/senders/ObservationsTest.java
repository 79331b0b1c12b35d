package org.mailpath.policy.senders;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mailpath.pki.ChainStructure;
import org.mailpath.pki.ChainVerdict;
import org.mailpath.smtp.SmtpObservation;
import org.mailpath.tls.TlsObservation;
import org.mailpath.tls.TlsVersion;
import org.mailpath.tls.VersionResult;

class ObservationsTest {

  @ParameterizedTest(name = "connected={0} code={1} -> {2}")
  @CsvSource(
      textBlock =
          """
          false, 0,   UNREACHABLE
          true,  220, OK
          true,  421, TEMPORARY_FAILURE
          true,  554, PERMANENT_FAILURE
          true,  0,   UNREACHABLE
          """)
  void reach_greeting_rfc5321Section421(
      boolean connected, int code, AddressObservation.Reach reach) {
    assertThat(Observations.reach(smtp(connected, code, true, "220 go ahead", List.of())))
        .isEqualTo(reach);
  }

  @Test
  void of_sweepAndNegotiated_unionSorted() {
    List<VersionResult> sweep =
        List.of(
            accepted("TLSv1.0"),
            new VersionResult(
                "TLSv1.1", VersionResult.Status.REFUSED, null, null, null, "protocol_version"),
            accepted("TLSv1.2"));

    AddressObservation at =
        Observations.of(
            "127.0.2.1",
            smtp(true, 220, true, "220 ready", List.of("SIZE 1")),
            tls(true, "TLSv1.3", verdict(true, true, true)),
            sweep,
            null);

    assertThat(at.versionsAccepted())
        .containsExactly(TlsVersion.TLS_1_0, TlsVersion.TLS_1_2, TlsVersion.TLS_1_3);
  }

  @Test
  void of_starttlsRefused_noVersions() {
    AddressObservation at =
        Observations.of(
            "127.0.2.1",
            smtp(true, 220, true, "454 TLS not available", List.of()),
            null,
            List.of(accepted("TLSv1.2")),
            null);

    assertThat(at.versionsAccepted()).isEmpty();
    assertThat(at.handshakeSucceeds(TlsVersion.TLS_1_0)).isFalse();
  }

  @Test
  void of_expiredButTrusted_notTrusted() {
    AddressObservation at =
        Observations.of(
            "127.0.2.1",
            smtp(true, 220, true, "220 ready", List.of()),
            tls(true, "TLSv1.3", verdict(true, true, false)),
            List.of(),
            null);

    assertThat(at.certificateTrusted()).isFalse();
    assertThat(at.certificateNamesHost()).isTrue();
  }

  private static VersionResult accepted(String version) {
    return new VersionResult(
        version, VersionResult.Status.ACCEPTED, "TLS_AES_128_GCM_SHA256", "x25519", "n/a", null);
  }

  private static SmtpObservation smtp(
      boolean connected, int code, boolean starttls, String starttlsReply, List<String> afterTls) {
    return new SmtpObservation(
        connected,
        code + " mx.mail.test",
        code,
        true,
        List.of("STARTTLS"),
        starttls,
        starttlsReply,
        afterTls);
  }

  private static TlsObservation tls(boolean established, String version, ChainVerdict verdict) {
    return new TlsObservation(
        "TLSv1.0-TLSv1.3", established, version, null, null, null, null, List.of(), verdict, null);
  }

  private static ChainVerdict verdict(boolean trusted, boolean named, boolean within) {
    return new ChainVerdict(
        trusted,
        null,
        named,
        named ? "DNS:mx.mail.test" : null,
        within,
        null,
        new ChainStructure(true, false, false, null));
  }
}
