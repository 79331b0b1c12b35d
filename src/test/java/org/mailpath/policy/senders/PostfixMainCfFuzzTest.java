package org.mailpath.policy.senders;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.mailpath.fuzz.Fuzzing;

/** What an administrator may paste as a main.cf excerpt: any text, any length. */
class PostfixMainCfFuzzTest {

  /** More attempts than a chart or a report can show; Postfix's defaults give about 110. */
  private static final int MAX_ATTEMPTS = 1_000;

  /**
   * Any excerpt is a profile or an IllegalArgumentException with a sentence (not a bare
   * NumberFormatException); a profile answers for every domain, and its retry schedule is a
   * bounded, rising list of attempts before the give-up time.
   */
  @FuzzTest(maxDuration = Fuzzing.MAX_DURATION)
  void parse_anyExcerpt_usableProfileOrSentence(byte[] excerpt) {
    String text = new String(excerpt, StandardCharsets.UTF_8);
    PostfixMainCf config;
    try {
      config = PostfixMainCf.parse("fuzz", text);
    } catch (IllegalArgumentException expected) {
      assertThat(expected).isExactlyInstanceOf(IllegalArgumentException.class);
      assertThat(expected.getMessage()).isNotBlank();
      return;
    }
    for (String domain : List.of("example.org", "mx.bank.test", "a.b.partner.test", text)) {
      SenderProfile profile = config.profileFor(domain);
      assertThat(profile.facts()).isNotEmpty();
      RetrySchedule retry = profile.retrySchedule();
      List<Long> attempts = retry.attemptSeconds();
      assertThat(attempts).hasSizeBetween(1, MAX_ATTEMPTS).startsWith(0L).isSorted();
      assertThat(attempts).doesNotHaveDuplicates();
      assertThat(retry.giveUpSeconds()).isNotNegative();
      assertThat(attempts.get(attempts.size() - 1))
          .isLessThanOrEqualTo(Math.max(0, retry.giveUpSeconds()));
      assertThat(retry.warningSeconds()).allMatch(w -> w > 0);
    }
  }
}
