package org.mailpath.integration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * mailpath's DANE verdict against posttls-finger -l dane on the same signed zone (Knot), resolver
 * (Unbound) and server (Postfix): a matching and a mismatching TLSA record.
 */
class DanePostTlsFingerTest {

  private static DanePeers peers;

  @BeforeAll
  static void start() throws Exception {
    peers = DanePeers.require();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      textBlock =
          """
          dane.example,          MATCH,    dane-tlsa-match, Verified TLS connection
          mismatch.dane.example, NO_MATCH, tlsa-invalid,    no matching DANE TLSA records
          """)
  void trace_daneVerdict_agreesWithPostTlsFinger(
      String domain, String status, String code, String postTlsFingerSays) throws Exception {
    String theirs = peers.postTlsFingerDane(domain);
    JsonNode ours =
        peers.mailpathTrace(
            "postmaster@" + domain,
            "--quick",
            "--dns",
            "127.0.0.1:53",
            "--trust-anchor",
            peers.trustAnchor().toString());

    assertThat(theirs).contains(postTlsFingerSays);
    JsonNode dane = ours.at("/policy/dane/0");
    assertThat(dane.path("decision").asText()).isEqualTo("DANE_REQUIRED");
    assertThat(dane.at("/checks/0/status").asText()).isEqualTo(status);
    assertThat(ours.get("findings").findValuesAsText("code")).contains(code);
    if (status.equals("MATCH")) {
      assertThat(theirs).contains("Matched DANE EE certificate at depth 0");
      assertThat(dane.at("/checks/0/certificatePosition").asInt()).isZero();
      assertThat(ours.at("/outcomes").findValuesAsText("delivery"))
          .contains("deliver-authenticated-tls");
    } else {
      assertThat(theirs).contains("Untrusted TLS connection");
    }
  }
}
