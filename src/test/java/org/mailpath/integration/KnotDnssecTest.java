package org.mailpath.integration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** In-process DNSSEC validation against Knot, a signing authoritative server nobody here wrote. */
class KnotDnssecTest {

  private static DanePeers peers;

  @BeforeAll
  static void start() throws Exception {
    peers = DanePeers.require();
  }

  @Test
  void trace_signedZoneWithItsTrustAnchor_isSecure() throws Exception {
    JsonNode report =
        peers.mailpathTrace(
            "alice@dane.example",
            "--quick",
            "--dns",
            "127.0.0.1:5353",
            "--trust-anchor",
            peers.trustAnchor().toString());

    assertThat(report.at("/resolution/outcome").asText()).isEqualTo("MX");
    assertThat(report.at("/resolution/dnssec").asText()).isEqualTo("SECURE");
    assertThat(report.at("/resolution/hosts/0/dnssec").asText()).isEqualTo("SECURE");
  }

  @Test
  void trace_signedZoneThroughUnbound_isSecureToo() throws Exception {
    JsonNode report =
        peers.mailpathTrace(
            "alice@dane.example",
            "--quick",
            "--dns",
            "127.0.0.1:53",
            "--trust-anchor",
            peers.trustAnchor().toString());

    assertThat(report.at("/resolution/dnssec").asText()).isEqualTo("SECURE");
  }

  @Test
  void trace_wrongTrustAnchor_isBogusAndRaisesDnssecInvalid() throws Exception {
    Path wrong = Files.createTempFile("wrong-anchor", ".txt");
    Files.writeString(wrong, "dane.example. DS 12345 13 2 " + "00".repeat(32) + "\n");
    JsonNode report =
        peers.mailpathTrace(
            "alice@dane.example",
            "--quick",
            "--dns",
            "127.0.0.1:5353",
            "--trust-anchor",
            wrong.toString());

    assertThat(report.at("/resolution/dnssec").asText()).isEqualTo("BOGUS");
    assertThat(report.get("findings").findValuesAsText("code")).contains("dnssec-invalid");
  }
}
