package org.mailpath.exposure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mailpath.policy.TlsAuthentication;

class LastHopTest {

  /** What each observed situation means for the usual hop and the hop an attacker can force. */
  @ParameterizedTest(name = "{0}: usual {1}/{2} from {3}, forced {4} via {5}")
  @CsvSource(
      textBlock =
"""
# scenario,  usual channel, downgradable, usual rfc,      forced channel, forced host
good,        TLS,           true,         RFC 3207 §6,    TLS,            mx1.good.mail.test
nostarttls,  CLEAR,         true,         RFC 3207 §4,    CLEAR,          mx1.nostarttls.mail.test
tls10,       CLEAR,         true,         'RFC 8996 §2, RFC 7435 §3', CLEAR,          mx1.tls10.mail.test
handshake,   CLEAR,         true,         RFC 7435 §3,    CLEAR,          mx1.keyusage.mail.test
multi,       TLS,           true,         RFC 3207 §6,    CLEAR,          mx2.multi.mail.test
dane,        TLS,           false,        RFC 7672 §2.2,  TLS,            mx1.dane.mail.test
mtasts,      TLS,           false,        RFC 8461 §5,    TLS,            mx1.mtasts.mail.test
unreachable, UNREACHABLE,   false,        RFC 5321 §5.1,  UNREACHABLE,    ''
""")
  void choose_scenario_yieldsUsualAndForcedHop(
      String scenario,
      Channel usualChannel,
      boolean downgradable,
      String usualRfc,
      Channel forcedChannel,
      String forcedHost) {
    LastHop hop = Hops.scenario(scenario);

    assertThat(hop.usual().channel()).isEqualTo(usualChannel);
    assertThat(hop.usual().downgradable()).isEqualTo(downgradable);
    assertThat(hop.usual().rfc()).isEqualTo(usualRfc);
    assertThat(hop.forced().channel()).isEqualTo(forcedChannel);
    assertThat(hop.forced().mxHost()).isEqualTo(forcedHost);
  }

  @ParameterizedTest(name = "{0} under {1}: {2}")
  @CsvSource(
      textBlock =
          """
          # what the MX did,  enforced by, channel the sender uses
          nostarttls,         DANE,        NO_DELIVERY
          nostarttls,         MTA_STS,     NO_DELIVERY
          handshake,          DANE,        NO_DELIVERY
          tls10,              MTA_STS,     NO_DELIVERY
          tls13,              DANE,        TLS
          tls13,              NONE,        TLS
          """)
  void observed_enforcedPolicy_neverFallsBackToClear(
      String behaviour, TlsAuthentication enforcedBy, Channel expected) {
    MxConnection c =
        switch (behaviour) {
          case "nostarttls" -> Hops.noStarttls("mx", 10);
          case "handshake" -> Hops.handshakeFails("mx", 10);
          case "tls10" -> Hops.tls("mx", 10, "TLSv1.0");
          default -> Hops.tls("mx", 10, "TLSv1.3");
        };

    LastHopTransport t = LastHopTransport.observed(c, enforcedBy);

    assertThat(t.channel()).isEqualTo(expected);
    assertThat(t.basis()).contains("mx");
  }

  @ParameterizedTest(name = "preferences {0}: passive sees {1}")
  @CsvSource(
      textBlock =
          """
          # preference of the TLS host, of the clear host, usual host
          10, 20, tls.example
          20, 10, clear.example
          """)
  void choose_preferenceOrder_decidesTheUsualHop(int tlsPref, int clearPref, String usualHost) {
    LastHop hop =
        LastHop.choose(
            java.util.List.of(
                Hops.tls("tls.example", tlsPref, "TLSv1.3"),
                Hops.noStarttls("clear.example", clearPref)),
            TlsAuthentication.NONE);

    assertThat(hop.usual().mxHost()).isEqualTo(usualHost);
    assertThat(hop.forced().mxHost()).isEqualTo("clear.example");
  }
}
