package org.mailpath.policy.senders;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Each sender's timeline after a deferral, against its MTA's documented defaults. */
class RetrySchedulesTest {

  private static final long MIN = 60;
  private static final long HOUR = 3600;
  private static final long DAY = 86_400;

  @Test
  void postfix_doublesFrom300sUpTo4000s_givesUpAfter5Days_warnsNever() {
    RetrySchedule postfix = RetrySchedules.forProfile("postfix-encrypt");

    // qmgr(8): the interval doubles; postconf(5): minimal 300s, maximal 4000s.
    assertThat(postfix.attemptSeconds()).startsWith(0L, 300L, 900L, 2100L, 4500L, 8500L, 12_500L);
    List<Long> a = postfix.attemptSeconds();
    assertThat(a.get(a.size() - 1) - a.get(a.size() - 2)).isEqualTo(4000);
    assertThat(a.get(a.size() - 1)).isLessThan(5 * DAY).isGreaterThan(5 * DAY - 4000);
    assertThat(postfix.giveUpSeconds()).isEqualTo(5 * DAY);
    assertThat(postfix.warningSeconds()).isEmpty();
    assertThat(postfix.warning()).contains("delay_warning_time = 0h").contains("postconf(5)");
    assertThat(postfix.attempts()).contains("minimal_backoff_time = 300s", "qmgr(8)");
  }

  @Test
  void exim_defaultRule_every15MinutesFor2Hours_thenGeometric_thenEvery6Hours_givesUpAfter4Days() {
    RetrySchedule exim = RetrySchedules.forProfile("exim-require-tls");

    // Exim spec §32.7 with "F,2h,15m; G,16h,1h,1.5; F,4d,6h".
    assertThat(exim.attemptSeconds())
        .startsWith(
            0L,
            15 * MIN,
            30 * MIN,
            45 * MIN,
            60 * MIN,
            75 * MIN,
            90 * MIN,
            105 * MIN,
            120 * MIN,
            3 * HOUR,
            4 * HOUR + 30 * MIN,
            6 * HOUR + 45 * MIN);
    List<Long> a = exim.attemptSeconds();
    assertThat(a.get(a.size() - 1) - a.get(a.size() - 2)).isEqualTo(6 * HOUR);
    assertThat(a.get(a.size() - 1)).isLessThan(4 * DAY);
    assertThat(exim.giveUpSeconds()).isEqualTo(4 * DAY);
    assertThat(exim.warningSeconds()).containsExactly(DAY, 2 * DAY, 3 * DAY, 4 * DAY);
    assertThat(exim.giveUp()).contains("§32.10").contains("4 days 4 hours");
  }

  @Test
  void eximRule_afterTheLastCutoff_theNextAttemptIsTheBounce() {
    EximRetryRule rule = EximRetryRule.parse(RetrySchedules.EXIM_RETRY_RULE, DAY);
    List<Long> times = rule.times();

    assertThat(rule.finalCutoff()).isEqualTo(4 * DAY);
    assertThat(times.get(times.size() - 2)).isLessThan(4 * DAY);
    assertThat(times.get(times.size() - 1)).isGreaterThanOrEqualTo(4 * DAY);
  }

  @Test
  void opensmtpd_warnsAfter4Hours_givesUpAfter4Days_retriesNotKnown() {
    RetrySchedule smtpd = RetrySchedules.forProfile("opensmtpd-tls-no-verify");

    assertThat(smtpd.warningSeconds()).containsExactly(4 * HOUR);
    assertThat(smtpd.giveUpSeconds()).isEqualTo(4 * DAY);
    assertThat(smtpd.attemptsKnown()).isFalse();
    assertThat(smtpd.attempts()).startsWith("not known");
    assertThat(smtpd.giveUp()).contains("smtpd.conf(5)");
  }

  @Test
  void microsoft365_expiresAfterOneDay_fromMicrosoftLearn_restNotKnown() {
    RetrySchedule m365 = RetrySchedules.forProfile("microsoft-365");

    assertThat(m365.giveUpSeconds()).isEqualTo(DAY);
    assertThat(m365.giveUp()).contains("Microsoft Learn").contains("MessageExpiration");
    assertThat(m365.attempts()).startsWith("not known");
    assertThat(m365.warningSeconds()).isEmpty();
    assertThat(m365.warning()).startsWith("not known");
  }

  @Test
  void gmail_nothingIsKnown() {
    RetrySchedule gmail = RetrySchedules.forProfile("gmail");

    assertThat(gmail.giveUpSeconds()).isNull();
    assertThat(gmail.warningSeconds()).isEmpty();
    assertThat(List.of(gmail.attempts(), gmail.warning(), gmail.giveUp()))
        .allMatch(s -> s.startsWith("not known"));
  }

  static List<String> profileIds() {
    return SenderProfiles.ALL.stream().map(SenderProfile::id).toList();
  }

  @ParameterizedTest
  @MethodSource("profileIds")
  void everyProfile_hasATimelineStartingWithTheFirstAttempt(String id) {
    RetrySchedule schedule = RetrySchedules.forProfile(id);

    assertThat(schedule.attemptSeconds()).first().isEqualTo(0L);
    assertThat(schedule.attemptSeconds()).isSorted();
    if (schedule.giveUpSeconds() != null) {
      assertThat(schedule.attemptSeconds()).allMatch(t -> t < schedule.giveUpSeconds());
      assertThat(schedule.warningSeconds()).allMatch(t -> t <= schedule.giveUpSeconds());
    }
  }

  @Test
  void bounceOnFirstFailure_givesUpAtOnce() {
    RetrySchedule bounce = RetrySchedule.BOUNCE_ON_FIRST_FAILURE;

    assertThat(bounce.giveUpSeconds()).isZero();
    assertThat(bounce.attemptSeconds()).containsExactly(0L);
    assertThat(bounce.giveUp()).contains("within seconds").contains("loses the message");
  }

  @ParameterizedTest(name = "{0} ({1}) = {2}s")
  @CsvSource(
      textBlock =
          """
          300s   | s | 300
          4000s  | s | 4000
          0h     | h | 0
          5d     | d | 432000
          5      | d | 432000
          1h30m  | s | 5400
          1d     | s | 86400
          """,
      delimiter = '|')
  void mtaTime_readsPostfixAndEximNotation(String text, char unit, long seconds) {
    assertThat(MtaTime.seconds(text, unit)).isEqualTo(seconds);
  }

  @ParameterizedTest(name = "{0}s = {1}")
  @CsvSource(
      textBlock =
          """
          0      | a few seconds
          300    | 5 minutes
          4000   | 1 hour 6 minutes
          86400  | 1 day
          432000 | 5 days
          362822 | 4 days 4 hours
          """,
      delimiter = '|')
  void mtaTime_wordsAtMostTwoUnits(long seconds, String words) {
    assertThat(MtaTime.words(seconds)).isEqualTo(words);
  }
}
