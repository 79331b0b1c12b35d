package org.mailpath.policy.senders;

import java.util.List;
import java.util.Map;

/**
 * The retry timeline of each sender profile, from the MTA's documented defaults; kept apart from
 * {@link SenderProfiles} so that each MTA's queue facts sit together. The values the MTA prints are
 * compared with the real MTAs in RealMtaRetryDefaultsTest.
 */
public final class RetrySchedules {
  private RetrySchedules() {}

  /** Postfix 3.7 defaults as {@code postconf -d} prints them; the schedule is built from these. */
  static final Map<String, String> POSTFIX_DEFAULTS =
      Map.of(
          "minimal_backoff_time", "300s",
          "maximal_backoff_time", "4000s",
          "queue_run_delay", "300s",
          "delay_warning_time", "0h",
          "maximal_queue_lifetime", "5d",
          "bounce_queue_lifetime", "5d");

  /** The retry rule of Debian's exim4-config (retry/30_exim4-config) and of Exim's configure. */
  static final String EXIM_RETRY_RULE = "F,2h,15m; G,16h,1h,1.5; F,4d,6h";

  /** Exim's delay_warning and retry_interval_max defaults (Exim spec, chapters 14 and 32). */
  static final String EXIM_DELAY_WARNING = "24h";

  static final String EXIM_RETRY_INTERVAL_MAX = "24h";

  /** smtpd.conf(5) of OpenSMTPD 6.8: "queue ttl" and "bounce warn-interval" defaults. */
  static final String OPENSMTPD_QUEUE_TTL = "4d";

  static final String OPENSMTPD_WARN_INTERVAL = "4h";

  /** Set-TransportConfig -MessageExpiration default in Exchange Online (1.00:00:00). */
  static final long EXCHANGE_ONLINE_EXPIRATION = MtaTime.DAY;

  static final RetrySchedule POSTFIX = PostfixRetry.schedule(POSTFIX_DEFAULTS);

  static final RetrySchedule EXIM = EximRetry.schedule();

  static final RetrySchedule OPENSMTPD =
      new RetrySchedule(
          "OpenSMTPD 6.8 defaults",
          List.of(0L),
          "not known: smtpd.conf(5) does not say how often OpenSMTPD retries",
          List.of(MtaTime.seconds(OPENSMTPD_WARN_INTERVAL, 's')),
          "after 4 hours: \"bounce warn-interval\" defaults to 4h, \"sending a single warning"
              + " after four hours\" (smtpd.conf(5))",
          MtaTime.seconds(OPENSMTPD_QUEUE_TTL, 's'),
          "after 4 days: \"queue ttl\", \"the default expiration time for temporarily"
              + " undeliverable messages\", is 4d (smtpd.conf(5))",
          List.of("smtpd.conf(5), OpenSMTPD 6.8 (Debian 12): queue ttl, bounce warn-interval"));

  static final RetrySchedule EXCHANGE_ONLINE =
      new RetrySchedule(
          "Microsoft 365 (Exchange Online)",
          List.of(0L),
          "not known: Microsoft does not document Exchange Online's retry intervals",
          List.of(),
          "not known: delay notifications are on by default (Set-TransportConfig"
              + " -ExternalDelayDsnEnabled, default $true, Microsoft Learn), but when one is sent"
              + " is not documented",
          EXCHANGE_ONLINE_EXPIRATION,
          "after 1 day: \"Queued messages typically expire after 24 hours, resulting in an NDR"
              + " for failed delivery\"; MessageExpiration defaults to 1 day and may be set"
              + " between 12 and 24 hours (Microsoft Learn, Set-TransportConfig, MessageExpiration)",
          List.of(
              "Microsoft Learn, Exchange PowerShell: Set-TransportConfig, parameters"
                  + " MessageExpiration and ExternalDelayDsnEnabled"));

  static final RetrySchedule GMAIL =
      new RetrySchedule(
          "Gmail",
          List.of(0L),
          "not known: Google does not document Gmail's outbound retry intervals",
          List.of(),
          "not known",
          null,
          "not known: Google does not document how long Gmail keeps a deferred message",
          List.of());

  static final RetrySchedule ANY_SENDER =
      new RetrySchedule(
          "any sender",
          List.of(0L),
          "not known: it depends on the sending MTA; RFC 5321 §4.5.4.1 says \"the retry interval"
              + " SHOULD be at least 30 minutes\"",
          List.of(),
          "not known: it depends on the sending MTA",
          null,
          "not known: it depends on the sending MTA; RFC 5321 §4.5.4.1: \"the give-up time"
              + " generally needs to be at least 4-5 days\"",
          List.of("RFC 5321 §4.5.4.1"));

  /** The timeline a profile follows once it defers, by the MTA its id names. */
  public static RetrySchedule forProfile(String profileId) {
    if (profileId.startsWith("postfix-")) {
      return POSTFIX;
    }
    if (profileId.startsWith("exim-")) {
      return EXIM;
    }
    if (profileId.startsWith("opensmtpd-")) {
      return OPENSMTPD;
    }
    return switch (profileId) {
      case "microsoft-365" -> EXCHANGE_ONLINE;
      case "gmail" -> GMAIL;
      default -> ANY_SENDER;
    };
  }
}
