package org.mailpath.policy.sts;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.mailpath.fuzz.Fuzzing;
import org.mailpath.text.HiddenCharacters;

/** What a hostile MTA-STS publisher may put in its TXT records, its HTTPS response and policy. */
class StsFuzzTest {

  private static final int MAX_BODY = 64 * 1024;
  // RFC 8461 §3.1: sts-id = %s"id=" 1*32(ALPHA / DIGIT)
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9]{1,32}");

  /**
   * Any policy body gives a policy or a reason, never an exception; a policy holds only what RFC
   * 8461 §3.2 allows: max_age within a year, at least one mx unless mode is none, each one a name
   * or "*." and a name, and matching never throws.
   */
  @FuzzTest(maxDuration = Fuzzing.MAX_DURATION)
  void parsePolicy_anyBody_policyWithinRfcOrReason(byte[] body) {
    String text = new String(body, StandardCharsets.UTF_8);

    StsPolicyParser.Result result = StsPolicyParser.parse(text);

    assertThat(result.valid()).isEqualTo(result.problem() == null);
    if (!result.valid()) {
      assertThat(result.problem()).isNotBlank();
      return;
    }
    StsPolicy policy = result.policy();
    assertThat(policy.mode()).isNotNull();
    assertThat(policy.maxAgeSeconds()).isBetween(0L, StsPolicyParser.MAX_AGE_LIMIT);
    if (policy.mode() != StsMode.NONE) {
      assertThat(policy.mxPatterns()).isNotEmpty();
    }
    for (String mx : policy.mxPatterns()) {
      assertThat(mx).matches("(\\*\\.)?[A-Za-z0-9][A-Za-z0-9.-]*");
      String host = mx.startsWith("*.") ? "mx" + mx.substring(1) : mx;
      assertThat(policy.admits(host)).as("%s admits %s", mx, host).isTrue();
    }
    policy.admits(text);
  }

  /**
   * Any TXT RRset (one record a line) announces exactly one valid id, or no policy; the record and
   * the problem are shown without hidden characters.
   */
  @FuzzTest(maxDuration = Fuzzing.MAX_DURATION)
  void parseTxt_anyRecords_oneValidIdOrNone(byte[] records) {
    List<String> txt = List.of(new String(records, StandardCharsets.UTF_8).split("\n", -1));

    StsTxtRecord record = StsTxtRecord.parse(txt);

    assertThat(record.status()).isNotNull();
    if (record.status() == StsTxtRecord.Status.ANNOUNCED) {
      assertThat(record.id()).matches(ID);
      assertThat(record.problem()).isNull();
    } else {
      assertThat(record.id()).isNull();
    }
    if (record.status() == StsTxtRecord.Status.INVALID) {
      assertThat(record.problem()).isNotBlank();
    }
    if (record.record() != null) {
      HiddenCharacters.assertNone(record.record());
    }
    if (record.problem() != null) {
      HiddenCharacters.assertNone(record.problem());
    }
  }

  /**
   * Any bytes where the policy's HTTP response is due end as a response or a protocol failure,
   * never an exception but IOException; the body stays within its bound and is never read past the
   * announced length.
   */
  @FuzzTest(maxDuration = Fuzzing.MAX_DURATION)
  void readResponse_anyBytes_boundedExchangeOrProtocolFailure(byte[] wire) {
    ByteArrayInputStream in = new ByteArrayInputStream(wire);
    int maxBody = wire.length % 2 == 0 ? MAX_BODY : 16;
    HttpsExchange exchange;
    try {
      exchange = HttpResponseReader.read(in, maxBody, null, new ArrayList<>());
    } catch (IOException e) {
      throw new AssertionError("a byte array does not fail to read", e);
    }
    assertThat(wire.length - in.available())
        .isLessThanOrEqualTo(HttpResponseReader.MAX_HEADER_BYTES + maxBody + 1);
    if (exchange.failure() != null) {
      assertThat(exchange.failure()).isEqualTo(HttpsExchange.Failure.PROTOCOL);
      assertThat(exchange.body()).isEmpty();
      return;
    }
    assertThat(exchange.status()).isBetween(0, 999);
    assertThat(exchange.body().length).isLessThanOrEqualTo(maxBody);
    assertThat(exchange.evidence()).isNotEmpty();
  }
}
