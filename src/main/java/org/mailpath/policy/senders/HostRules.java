package org.mailpath.policy.senders;

import org.mailpath.policy.dane.DaneApplicability.Decision;
import org.mailpath.policy.dane.DaneResult;
import org.mailpath.policy.sts.StsMode;
import org.mailpath.tls.TlsVersion;

/** What each kind of sender does at one address of one MX host. */
final class HostRules {
  private HostRules() {}

  static Step judge(
      SendingPolicy policy,
      DomainFacts facts,
      MxObservation mx,
      AddressObservation at,
      TlsVersion minimum) {
    Step beforeConnecting = beforeConnecting(policy, facts, mx);
    if (beforeConnecting != null) {
      return beforeConnecting;
    }
    switch (at.reach()) {
      case UNREACHABLE -> {
        return Step.next("no connection", "RFC 5321 §5.1");
      }
      case TEMPORARY_FAILURE -> {
        return Step.next("the server answered 4xx", "RFC 5321 §4.2.1, §5.1");
      }
      case PERMANENT_FAILURE -> {
        return new Step(
            Step.Kind.NEXT_PERMANENT, null, "the server answered 5xx", "RFC 5321 §4.2.1");
      }
      case OK -> {}
    }
    return switch (policy) {
      case OPPORTUNISTIC -> opportunistic(at, minimum, "");
      case ENCRYPT -> mandatory(at, minimum, false, "RFC 3207 §4.1");
      case VERIFY -> mandatory(at, minimum, true, "RFC 3207 §4.1");
      case DANE -> dane(mx, at, minimum);
      case MTA_STS -> sts(facts.stsMode(), at, minimum);
      case REQUIRETLS -> throw new IllegalArgumentException("REQUIRETLS is judged by RequireTls");
    };
  }

  /** Hosts a sender skips without connecting. */
  private static Step beforeConnecting(SendingPolicy policy, DomainFacts facts, MxObservation mx) {
    // RFC 7672 §2.2: a host whose TLSA (or address) lookup failed is not used at all.
    if (policy == SendingPolicy.DANE
        && (mx.dane() == Decision.HOST_UNUSABLE || mx.dane() == Decision.DEFER)) {
      return Step.next(
          "its TLSA or address lookup failed DNSSEC validation; the host is skipped",
          "RFC 7672 §2.1.1, §2.2");
    }
    // RFC 8461 §4.1: in enforce mode, an MX host the policy does not list is not used.
    if (policy == SendingPolicy.MTA_STS
        && facts.stsMode() == StsMode.ENFORCE
        && !mx.stsAdmitted()) {
      return Step.next("the MTA-STS policy does not list this MX host", "RFC 8461 §4.1, §5");
    }
    return null;
  }

  private static Step opportunistic(AddressObservation at, TlsVersion minimum, String context) {
    // RFC 3207 §4.1 leaves it to the client whether to continue without TLS; RFC 7435 §3:
    // opportunistic security prefers clear text to no communication.
    if (!at.starttlsOffered()) {
      return Step.deliver(
          Delivery.DELIVER_CLEAR,
          context + "the server offers no STARTTLS, so the message goes in clear text",
          "RFC 3207 §4.1; RFC 7435 §3");
    }
    if (!at.handshakeSucceeds(minimum)) {
      return new Step(
          Step.Kind.CLEAR_FALLBACK,
          null,
          context + "the TLS handshake fails (" + versions(at, minimum) + ")",
          "RFC 7435 §3");
    }
    // RFC 7435 §3: an opportunistic sender encrypts without authenticating; the certificate is
    // not checked, so an active attacker could have intercepted the session.
    return Step.deliver(
        Delivery.DELIVER_UNAUTHENTICATED_TLS,
        context + "TLS is used, but the certificate is not required to be valid",
        "RFC 7435 §3; RFC 3207 §4.1");
  }

  private static Step mandatory(
      AddressObservation at, TlsVersion minimum, boolean verify, String rfc) {
    if (!at.starttlsOffered()) {
      return Step.next("the server offers no STARTTLS and this sender requires TLS", rfc);
    }
    if (!at.handshakeSucceeds(minimum)) {
      return Step.next("the TLS handshake fails (" + versions(at, minimum) + ")", rfc);
    }
    if (verify) {
      if (!at.certificateTrusted()) {
        return Step.next(
            "the certificate is not trusted (PKIX path or dates)", rfc + "; RFC 5280 §6");
      }
      if (!at.certificateNamesHost()) {
        return Step.next("the certificate does not name the MX host", rfc + "; RFC 9525 §6");
      }
      return Step.deliver(
          Delivery.DELIVER_AUTHENTICATED_TLS,
          "TLS with a PKIX-valid certificate naming the MX host",
          rfc + "; RFC 9525 §6");
    }
    return Step.deliver(
        Delivery.DELIVER_UNAUTHENTICATED_TLS,
        "TLS is required, the certificate is not checked",
        rfc);
  }

  private static Step dane(MxObservation mx, AddressObservation at, TlsVersion minimum) {
    switch (mx.dane()) {
      case NOT_APPLICABLE -> {
        // RFC 7672 §2.2: without secure TLSA records the DANE sender uses opportunistic TLS.
        return opportunistic(at, minimum, "DANE does not apply to this host; ");
      }
      case TLS_REQUIRED_UNAUTHENTICATED -> {
        return mandatory(at, minimum, false, "RFC 7672 §2.2");
      }
      default -> {}
    }
    // RFC 7672 §2.2: usable TLSA records make authenticated TLS mandatory.
    if (!at.starttlsOffered()) {
      return Step.next(
          "TLSA records require STARTTLS, which the server does not offer", "RFC 7672 §2.2");
    }
    if (!at.handshakeSucceeds(minimum)) {
      return Step.next(
          "TLSA records require TLS, and the handshake fails (" + versions(at, minimum) + ")",
          "RFC 7672 §2.2");
    }
    if (at.dane() != DaneResult.Status.MATCH) {
      return Step.next("no TLSA record matches the server's certificate", "RFC 7672 §2.2, §3");
    }
    return Step.deliver(
        Delivery.DELIVER_AUTHENTICATED_TLS,
        "a TLSA record matches the server's certificate",
        "RFC 7672 §3");
  }

  private static Step sts(StsMode mode, AddressObservation at, TlsVersion minimum) {
    if (mode == null || mode == StsMode.NONE) {
      // RFC 8461 §3.3 (no policy could be had) and §5 (mode none): deliver as without MTA-STS.
      return opportunistic(at, minimum, "no MTA-STS policy is in force; ");
    }
    if (mode == StsMode.TESTING) {
      // RFC 8461 §5: in testing mode failures are reported (RFC 8460) but delivery goes on.
      return opportunistic(
          at, minimum, "MTA-STS testing mode reports failures but does not enforce; ");
    }
    if (!at.starttlsOffered()) {
      return Step.next(
          "MTA-STS enforce requires STARTTLS, which the server does not offer", "RFC 8461 §5");
    }
    if (!at.handshakeSucceeds(minimum)) {
      return Step.next(
          "MTA-STS enforce requires TLS, and the handshake fails (" + versions(at, minimum) + ")",
          "RFC 8461 §5");
    }
    // RFC 8461 §4.2: the certificate must be PKIX-valid and name the MX host.
    if (!at.pkixAuthenticated()) {
      return Step.next("the certificate is not PKIX-valid for the MX host", "RFC 8461 §4.2, §5");
    }
    return Step.deliver(
        Delivery.DELIVER_AUTHENTICATED_TLS,
        "the MX host matches the policy and its certificate is valid",
        "RFC 8461 §4.1, §4.2, §5");
  }

  private static String versions(AddressObservation at, TlsVersion minimum) {
    if (at.versionsAccepted().isEmpty()) {
      return "no TLS version completes a handshake";
    }
    return "the server completes handshakes only with "
        + at.versionsAccepted().stream().map(TlsVersion::label).toList()
        + ", this sender requires "
        + minimum.label()
        + " or later";
  }
}
