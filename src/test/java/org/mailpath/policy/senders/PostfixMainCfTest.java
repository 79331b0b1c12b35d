package org.mailpath.policy.senders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mailpath.policy.senders.SenderProfile.Level;
import org.mailpath.tls.TlsVersion;

/** An administrator's own Postfix settings become a sender profile, as postconf(5) reads them. */
class PostfixMainCfTest {

  private static final String EXCERPT =
      """
      # relay settings
      smtp_tls_security_level = may
      smtp_tls_mandatory_protocols = !SSLv2, !SSLv3,
          !TLSv1, !TLSv1.1
      smtp_tls_policy_maps = inline:{ bank.test=encrypt,
          { .partner.test = verify protocols=>=TLSv1.3 } }
      """;

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        ">=TLSv1                          | TLS_1_0",
        ">=TLSv1.2                        | TLS_1_2",
        "!SSLv2, !SSLv3, !TLSv1, !TLSv1.1 | TLS_1_2",
        "!SSLv2 !SSLv3 !TLSv1             | TLS_1_1",
        ">=TLSv1.2 <=TLSv1.3              | TLS_1_2"
      })
  void floor_postfixProtocolLists_lowestVersionLeft(String protocols, TlsVersion floor) {
    assertThat(PostfixProtocols.floor(protocols)).contains(floor);
  }

  @Test
  void floor_unreadableOrEmptyList_isEmpty() {
    assertThat(PostfixProtocols.floor(">=TLSv9")).isEmpty();
    assertThat(PostfixProtocols.floor("!TLSv1 !TLSv1.1 !TLSv1.2 !TLSv1.3")).isEmpty();
    assertThat(PostfixProtocols.floor("sometimes")).isEmpty();
  }

  @Test
  void profileFor_domainWithoutPolicyEntry_usesSecurityLevelAndSmtpTlsProtocols() {
    SenderProfile p = PostfixMainCf.parse("relay", EXCERPT).profileFor("other.test");

    assertThat(p.id()).isEqualTo("custom-relay");
    assertThat(p.level()).isEqualTo(Level.OPPORTUNISTIC);
    // At "may", smtp_tls_protocols applies (not set: the default >=TLSv1), not the mandatory list.
    assertThat(p.tls().floor()).isEqualTo(TlsVersion.TLS_1_0);
    assertThat(p.facts()).anyMatch(f -> f.contains("smtp_tls_protocols not set"));
  }

  @Test
  void profileFor_exactPolicyEntry_usesItsLevelAndTheMandatoryProtocols() {
    SenderProfile p = PostfixMainCf.parse("relay", EXCERPT).profileFor("bank.test");

    assertThat(p.level()).isEqualTo(Level.ENCRYPT);
    assertThat(p.tls().floor()).isEqualTo(TlsVersion.TLS_1_2);
  }

  @Test
  void profileFor_dotParentEntry_matchesSubdomainsAndItsProtocolsAttribute() {
    SenderProfile p = PostfixMainCf.parse("relay", EXCERPT).profileFor("mx.partner.test");

    assertThat(p.level()).isEqualTo(Level.VERIFY);
    assertThat(p.tls().floor()).isEqualTo(TlsVersion.TLS_1_3);
  }

  @Test
  void profileFor_noSecurityLevel_isPostfixDefaultNone() {
    SenderProfile p =
        PostfixMainCf.parse("plain", "myhostname = relay.test\n").profileFor("x.test");

    assertThat(p.level()).isEqualTo(Level.NONE);
    assertThat(p.facts()).anyMatch(f -> f.contains("default is empty, i.e. no TLS"));
  }

  @Test
  void profileFor_queueSettings_giveTheRetryTimeline() {
    SenderProfile own =
        PostfixMainCf.parse("relay", "maximal_queue_lifetime = 1d\n").profileFor("x.test");
    SenderProfile stock = PostfixMainCf.parse("relay", "").profileFor("x.test");

    assertThat(own.retrySchedule().giveUpSeconds()).isEqualTo(86_400L);
    assertThat(own.retrySchedule().mta()).startsWith("your Postfix settings");
    assertThat(stock.retrySchedule().giveUpSeconds()).isEqualTo(5 * 86_400L);
    assertThatThrownBy(() -> PostfixMainCf.parse("x", "minimal_backoff_time = soon"))
        .hasMessageContaining("not a time value: soon");
  }

  @ParameterizedTest(name = "{0} -> {1} attempts")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          maximal_queue_lifetime = 0                                              | 1
          minimal_backoff_time = 0                                                | 119
          minimal_backoff_time = 1s\\nmaximal_backoff_time = 1s\\nmaximal_queue_lifetime = 100w | 1000
          """)
  void profileFor_extremeQueueSettings_boundedAttemptsFromZero(String excerpt, int attempts) {
    RetrySchedule retry =
        PostfixMainCf.parse("q", excerpt.replace("\\n", "\n")).profileFor("x.test").retrySchedule();

    assertThat(retry.attemptSeconds()).hasSize(attempts).startsWith(0L).isSorted();
  }

  @Test
  void parse_timeBeyondALong_saysItIsTooLong() {
    assertThatThrownBy(
            () -> PostfixMainCf.parse("x", "maximal_queue_lifetime = 99999999999999999999d"))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is longer than");
  }

  @Test
  void parse_unusableInput_saysWhy() {
    assertThatThrownBy(() -> PostfixMainCf.parse("x", "smtp_tls_security_level = dane-only"))
        .hasMessageContaining("dane-only is not modelled");
    assertThatThrownBy(() -> PostfixMainCf.parse("x", "smtp_tls_security_level = maybe"))
        .hasMessageContaining("not a Postfix TLS level: maybe");
    assertThatThrownBy(
            () -> PostfixMainCf.parse("x", "smtp_tls_policy_maps = hash:/etc/postfix/tls_policy"))
        .hasMessageContaining("cannot read hash:/etc/postfix/tls_policy");
    assertThatThrownBy(() -> PostfixMainCf.parse("x", "smtp_tls_protocols = >=TLSv7"))
        .hasMessageContaining("cannot read the protocol list");
    assertThatThrownBy(() -> PostfixMainCf.parse("Bad Name", "")).hasMessageContaining("name");
    assertThatThrownBy(() -> PostfixMainCf.parse("x", "  indented = first\n"))
        .hasMessageContaining("continuation line");
  }
}
