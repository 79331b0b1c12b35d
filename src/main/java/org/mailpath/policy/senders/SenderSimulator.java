package org.mailpath.policy.senders;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.mailpath.dns.DnssecStatus;

/**
 * Plays each kind of sender against what the trace saw: walks the MX hosts in preference order as
 * that sender would (RFC 5321 §5.1: on a connection failure or a 4xx, try the next address and the
 * next MX) and says how the message would end up.
 */
public final class SenderSimulator {
  private SenderSimulator() {}

  /** One outcome per {@link SenderProfiles#ALL}, in that order. */
  public static List<SenderOutcome> simulateAll(DomainFacts facts) {
    return simulateAll(facts, SenderLineup.ALL);
  }

  /** One outcome per sender of {@code lineup}, in its order. */
  public static List<SenderOutcome> simulateAll(DomainFacts facts, SenderLineup lineup) {
    return lineup.profilesFor(facts.domain()).stream().map(p -> simulate(p, facts)).toList();
  }

  /**
   * What {@code profile} does with a message to the domain; a deferral carries the profile's retry
   * timeline ({@link RetrySchedules}).
   */
  public static SenderOutcome simulate(SenderProfile profile, DomainFacts facts) {
    SenderOutcome outcome = decide(profile, facts);
    return outcome.kind() == Delivery.DEFER ? outcome.withRetry(profile.retrySchedule()) : outcome;
  }

  private static SenderOutcome decide(SenderProfile profile, DomainFacts facts) {
    List<String> notes = new ArrayList<>();
    sharedPreferences(facts).forEach(p -> notes.add(MtaBehaviour.equalPreference(p)));
    if (facts.mxHosts().isEmpty() && profile.nullMxIgnored() != null) {
      return outcome(
          profile,
          Delivery.DEFER,
          null,
          "the domain publishes a null MX, which this sender does not recognise: "
              + profile.nullMxIgnored(),
          "RFC 7505 §3; RFC 5321 §4.5.4.1",
          List.of(),
          notes);
    }
    if (facts.mxHosts().isEmpty()) {
      return outcome(
          profile,
          Delivery.BOUNCE,
          null,
          "there is no MX host to deliver to",
          "RFC 5321 §5.1; RFC 7505 §3",
          List.of(),
          notes);
    }
    boolean mxFailed =
        facts.mxStatus() == DnssecStatus.BOGUS || facts.mxStatus() == DnssecStatus.INDETERMINATE;
    if (mxFailed && profile.honoursDane()) {
      // RFC 7672 §2.1.1: a validating sender treats a bogus or indeterminate answer as a failed
      // lookup, never as an absent record, and retries later.
      return outcome(
          profile,
          Delivery.DEFER,
          null,
          "the MX lookup failed DNSSEC validation ("
              + facts.mxStatus().name().toLowerCase(Locale.ROOT)
              + ")",
          "RFC 7672 §2.1.1; RFC 5321 §4.5.4.1",
          List.of(),
          notes);
    }
    if (mxFailed) {
      notes.add(MtaBehaviour.UNVALIDATED_MX);
    }
    if (profile.level() == SenderProfile.Level.REQUIRETLS) {
      return RequireTlsSender.simulate(profile, facts, notes);
    }
    return walk(profile, facts, notes);
  }

  static SenderOutcome outcome(
      SenderProfile profile,
      Delivery delivery,
      Step step,
      String reason,
      String rfc,
      List<String> attempts,
      List<String> notes) {
    return new SenderOutcome(
        profile.id(),
        profile.label(),
        delivery.word(),
        step == null || step.version() == null ? null : step.version().label(),
        null,
        null,
        reason,
        rfc,
        step == null ? List.of() : step.assumes(),
        attempts,
        notes);
  }

  /** The first host where opportunistic TLS failed in the handshake: where clear text goes. */
  private record Fallback(String host, String address, Step step) {}

  private static SenderOutcome walk(SenderProfile profile, DomainFacts facts, List<String> notes) {
    List<String> attempts = new ArrayList<>();
    boolean anyTemporary = false;
    Step lastFailure = null;
    Fallback fallback = null;
    for (MxObservation mx : facts.inPreferenceOrder()) {
      for (AddressObservation at : mx.addresses()) {
        Step step = HostRules.judge(profile, facts, mx, at);
        attempts.add(SenderOutcome.attempt(mx.host(), at.address(), step.reason()));
        switch (step.kind()) {
          case DELIVER -> {
            return at(
                profile, step, mx.host(), at.address(), step.reason(), step.rfc(), attempts, notes);
          }
          case CLEAR_FALLBACK -> {
            anyTemporary = true;
            if (fallback == null) {
              fallback = new Fallback(mx.host(), at.address(), step);
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
      notes.add(profile.fallbackSource());
      return at(
          profile,
          new Step(
              Step.Kind.DELIVER,
              Delivery.DELIVER_CLEAR,
              null,
              null,
              null,
              fallback.step().assumes()),
          fallback.host(),
          fallback.address(),
          fallback.step().reason()
              + "; no host delivers over TLS, so the opportunistic sender retries in clear text",
          "RFC 7435 §3; " + profile.fallbackSource(),
          attempts,
          notes);
    }
    if (anyTemporary || lastFailure == null) {
      SenderOutcome deferred =
          outcome(
              profile,
              Delivery.DEFER,
              lastFailure == null ? null : lastFailure.with(null, lastFailure.assumes()),
              "no MX host can be used: "
                  + (lastFailure == null ? "no address to try" : lastFailure.reason()),
              (lastFailure == null ? "RFC 5321 §5.1" : lastFailure.rfc()) + "; RFC 5321 §4.5.4.1",
              attempts,
              notes);
      return deferred;
    }
    return outcome(
        profile,
        Delivery.BOUNCE,
        null,
        "every MX host refused permanently",
        "RFC 5321 §4.2.1",
        attempts,
        notes);
  }

  private static SenderOutcome at(
      SenderProfile profile,
      Step step,
      String host,
      String address,
      String reason,
      String rfc,
      List<String> attempts,
      List<String> notes) {
    return new SenderOutcome(
        profile.id(),
        profile.label(),
        step.delivery().word(),
        step.version() == null ? null : step.version().label(),
        host,
        address,
        reason,
        rfc,
        step.assumes(),
        attempts,
        notes);
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
