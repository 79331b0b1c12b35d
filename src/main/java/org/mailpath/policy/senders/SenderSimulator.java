package org.mailpath.policy.senders;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.mailpath.dns.DnssecStatus;
import org.mailpath.tls.TlsVersion;

/**
 * Plays each kind of sender against what the trace saw: walks the MX hosts in preference order as
 * that sender would (RFC 5321 §5.1: on a connection failure or a 4xx, try the next address and the
 * next MX) and says how the message would end up.
 */
public final class SenderSimulator {
  private SenderSimulator() {}

  /**
   * RFC 8996 §3, §4: TLS 1.0 and TLS 1.1 "MUST NOT be used", so by default the simulated senders
   * require TLS 1.2 or later; pass an older minimum to play a legacy sender.
   */
  public static final TlsVersion DEFAULT_MINIMUM_VERSION = TlsVersion.TLS_1_2;

  /** One outcome per {@link SendingPolicy}, in declaration order. */
  public static List<SenderOutcome> simulateAll(DomainFacts facts, TlsVersion minimumVersion) {
    return Arrays.stream(SendingPolicy.values())
        .map(p -> simulate(p, facts, minimumVersion))
        .toList();
  }

  public static SenderOutcome simulate(
      SendingPolicy policy, DomainFacts facts, TlsVersion minimumVersion) {
    List<String> notes = new ArrayList<>();
    sharedPreferences(facts).forEach(p -> notes.add(MtaBehaviour.equalPreference(p)));
    if (facts.mxHosts().isEmpty()) {
      return new SenderOutcome(
          policy,
          Delivery.BOUNCE,
          null,
          null,
          "there is no MX host to deliver to",
          "RFC 5321 §5.1; RFC 7505 §3",
          List.of(),
          notes);
    }
    boolean mxFailed =
        facts.mxStatus() == DnssecStatus.BOGUS || facts.mxStatus() == DnssecStatus.INDETERMINATE;
    if (mxFailed && (policy == SendingPolicy.DANE || policy == SendingPolicy.REQUIRETLS)) {
      // RFC 7672 §2.1.1: a validating sender treats a bogus or indeterminate answer as a failed
      // lookup, never as an absent record, and retries later.
      return new SenderOutcome(
          policy,
          Delivery.DEFER,
          null,
          null,
          "the MX lookup failed DNSSEC validation ("
              + facts.mxStatus().name().toLowerCase(Locale.ROOT)
              + ")",
          "RFC 7672 §2.1.1; RFC 5321 §4.5.4.1",
          List.of(),
          withQueueNote(notes));
    }
    if (mxFailed) {
      notes.add(MtaBehaviour.UNVALIDATED_MX);
    }
    if (policy == SendingPolicy.REQUIRETLS) {
      return RequireTlsSender.simulate(facts, minimumVersion, notes);
    }
    return walk(policy, facts, minimumVersion, notes);
  }

  /** The first host where opportunistic TLS failed in the handshake: where clear text goes. */
  private record Fallback(String host, String address, String reason) {}

  private static SenderOutcome walk(
      SendingPolicy policy, DomainFacts facts, TlsVersion minimum, List<String> notes) {
    List<String> attempts = new ArrayList<>();
    boolean anyTemporary = false;
    Step lastFailure = null;
    Fallback fallback = null;
    for (MxObservation mx : facts.inPreferenceOrder()) {
      for (AddressObservation at : mx.addresses()) {
        Step step = HostRules.judge(policy, facts, mx, at, minimum);
        attempts.add(mx.host() + " [" + at.address() + "]: " + step.reason());
        switch (step.kind()) {
          case DELIVER -> {
            return new SenderOutcome(
                policy,
                step.delivery(),
                mx.host(),
                at.address(),
                step.reason(),
                step.rfc(),
                attempts,
                notes);
          }
          case CLEAR_FALLBACK -> {
            anyTemporary = true;
            if (fallback == null) {
              fallback = new Fallback(mx.host(), at.address(), step.reason());
            }
          }
          case NEXT_TEMPORARY -> anyTemporary = true;
          case NEXT_PERMANENT -> {}
        }
        lastFailure = step;
      }
      if (mx.addresses().isEmpty()) {
        anyTemporary = true;
        attempts.add(mx.host() + ": no address");
      }
    }
    if (fallback != null) {
      notes.add(MtaBehaviour.POSTFIX_CLEAR_FALLBACK);
      notes.add(MtaBehaviour.EXIM_CLEAR_FALLBACK);
      return new SenderOutcome(
          policy,
          Delivery.DELIVER_CLEAR,
          fallback.host(),
          fallback.address(),
          fallback.reason()
              + "; no host delivers over TLS, so the opportunistic sender retries in clear text",
          "RFC 7435 §3 (the retry itself is the MTA's behaviour, see notes)",
          attempts,
          notes);
    }
    if (anyTemporary || lastFailure == null) {
      return new SenderOutcome(
          policy,
          Delivery.DEFER,
          null,
          null,
          "no MX host can be used: "
              + (lastFailure == null ? "no address to try" : lastFailure.reason()),
          deferralRfc(policy, lastFailure),
          attempts,
          withQueueNote(notes));
    }
    return new SenderOutcome(
        policy,
        Delivery.BOUNCE,
        null,
        null,
        "every MX host refused permanently",
        "RFC 5321 §4.2.1",
        attempts,
        notes);
  }

  private static String deferralRfc(SendingPolicy policy, Step last) {
    String retry = "RFC 5321 §4.5.4.1";
    return switch (policy) {
      case DANE -> "RFC 7672 §2.2; " + retry;
      case MTA_STS -> "RFC 8461 §5; " + retry;
      case ENCRYPT, VERIFY -> "RFC 3207 §4.1; " + retry;
      default -> (last == null ? "RFC 5321 §5.1" : last.rfc()) + "; " + retry;
    };
  }

  static List<String> withQueueNote(List<String> notes) {
    List<String> out = new ArrayList<>(notes);
    out.add(MtaBehaviour.QUEUE_LIFETIME);
    return out;
  }

  private static List<Integer> sharedPreferences(DomainFacts facts) {
    Map<Integer, Long> counts =
        facts.mxHosts().stream()
            .collect(Collectors.groupingBy(MxObservation::preference, Collectors.counting()));
    return counts.entrySet().stream()
        .filter(e -> e.getValue() > 1)
        .map(Map.Entry::getKey)
        .sorted()
        .toList();
  }
}
