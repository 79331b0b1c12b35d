package org.mailpath.tls;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mailpath.finding.Finding;

class TlsVersionFindingsTest {

  private static Finding tls13Finding(List<VersionResult> sweep) {
    return TlsVersionFindings.of("mx [127.0.0.1]:25", null, sweep).stream()
        .filter(f -> f.code().equals("tls13-not-supported"))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void of_tls10OnlyServer_tls13FindingSaysTls12DoesNotWork() {
    Finding finding =
        tls13Finding(
            List.of(
                VersionResult.accepted("TLSv1.0", "TLS_RSA_WITH_AES_128_CBC_SHA", "n/a", "no"),
                VersionResult.refused("TLSv1.1", "protocol_version"),
                VersionResult.refused("TLSv1.2", "protocol_version"),
                VersionResult.refused("TLSv1.3", "protocol_version")));

    assertThat(finding.explanation() + " " + finding.detail())
        .doesNotContain("TLS 1.2 still works")
        .contains("TLS 1.2 does not work");
  }

  @Test
  void of_tls12Server_tls13FindingSaysTls12StillWorks() {
    Finding finding =
        tls13Finding(
            List.of(
                VersionResult.refused("TLSv1.0", "protocol_version"),
                VersionResult.refused("TLSv1.1", "protocol_version"),
                VersionResult.accepted(
                    "TLSv1.2", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", "x25519", "yes"),
                VersionResult.refused("TLSv1.3", "protocol_version")));

    assertThat(finding.detail()).contains("TLS 1.2 still works");
  }
}
