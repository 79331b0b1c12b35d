package org.mailpath.policy.senders;

import java.util.List;

/**
 * What a sender does after it defers a message, from its documented defaults: when it tries again,
 * when it warns the person who sent it, when it gives up and returns it. Times are seconds after
 * the first failed attempt. A null time is "not known" or "off", and the words beside it say which
 * and why; every sentence names its source.
 *
 * @param mta the sender and the configuration the times come from, e.g. "Postfix 3.7 defaults"
 * @param attemptSeconds when it tries again, the first failed attempt at 0, up to the give-up time;
 *     only the first attempt when the retry times are not known
 * @param attempts how it retries, in words with the source, or "not known: …"
 * @param warningSeconds when the sender receives a delay warning; empty when none is sent by
 *     default or the times are not known
 * @param warning the delay warning in words with the source
 * @param giveUpSeconds when the message is returned to its sender, or null when not known
 * @param giveUp the give-up in words with the source
 * @param sources the settings and documents the schedule rests on
 */
public record RetrySchedule(
    String mta,
    List<Long> attemptSeconds,
    String attempts,
    List<Long> warningSeconds,
    String warning,
    Long giveUpSeconds,
    String giveUp,
    List<String> sources) {

  public RetrySchedule {
    attemptSeconds = attemptSeconds == null ? List.of() : List.copyOf(attemptSeconds);
    warningSeconds = warningSeconds == null ? List.of() : List.copyOf(warningSeconds);
    sources = sources == null ? List.of() : List.copyOf(sources);
  }

  /**
   * The schedule in one line: "first retry after 5 minutes, no delay warning, returned after 5 days
   * (Postfix 3.7 defaults)".
   */
  public String inWords() {
    String giveUp =
        giveUpSeconds == null
            ? "give-up not known"
            : "returned after " + MtaTime.words(giveUpSeconds);
    String warningWords =
        warningSeconds.isEmpty()
            ? (warning.startsWith("not known") ? "delay warning not known" : "no delay warning")
            : "delay warning after " + MtaTime.words(warningSeconds.get(0));
    String retries =
        attemptsKnown()
            ? "first retry after " + MtaTime.words(attemptSeconds.get(1))
            : "retry times not known";
    return retries + ", " + warningWords + ", " + giveUp + " (" + mta + ")";
  }

  /** Whether the retry times are known beyond the first attempt. */
  public boolean attemptsKnown() {
    return attemptSeconds.size() > 1;
  }

  /** The other answer to "defer or bounce?": give up at the first temporary failure. */
  public static final RetrySchedule BOUNCE_ON_FIRST_FAILURE =
      new RetrySchedule(
          "bounce on first failure",
          List.of(0L),
          "no retry: the first temporary failure is treated as permanent",
          List.of(),
          "no delay warning: the bounce is the only message the sender gets",
          0L,
          "the sender learns within seconds; a transient problem (a restarting server, a full"
              + " disk, a 4xx reply) loses the message",
          List.of(
              "RFC 5321 §4.5.4.1: mail that cannot be transmitted immediately \"MUST be queued and"
                  + " periodically retried by the sender\"",
              "Exim: with no retry rules \"temporary errors are treated as permanent\" (Exim spec,"
                  + " chapter 32 \"Retry configuration\")",
              "Postfix: maximal_queue_lifetime = 0 \"when mail delivery should be tried only"
                  + " once\" (postconf(5))"));
}
