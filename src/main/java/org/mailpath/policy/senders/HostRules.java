package org.mailpath.policy.senders;

import java.util.Locale;
import org.mailpath.policy.dane.DaneApplicability.Decision;
import org.mailpath.policy.dane.DaneResult;
import org.mailpath.policy.senders.SenderProfile.Fallback;
import org.mailpath.policy.sts.StsMode;

/** What one sender profile does at one address of one MX host. */
final class HostRules {
  private HostRules() {}

  static Step judge(
      SenderProfile profile, DomainFacts facts, MxObservation mx, AddressObservation at) {
    Step beforeConnecting = beforeConnecting(profile, facts, mx);
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
    if (profile.honoursDane() && mx.dane() != Decision.NOT_APPLICABLE) {
      return mx.dane() == Decision.TLS_REQUIRED_UNAUTHENTICATED
          ? mandatory(profile, facts, mx, at, false, false, "RFC 7672 §2.2")
          : dane(profile, at);
    }
    if (profile.honoursSts() && facts.stsMode() == StsMode.ENFORCE) {
      return sts(profile, facts, mx, at);
    }
    String context =
        profile.honoursSts() && facts.stsMode() == StsMode.TESTING
            ? "MTA-STS testing mode reports failures but does not enforce; "
            : "";
    return switch (profile.level()) {
      case NONE ->
          Step.deliver(
              Delivery.DELIVER_CLEAR,
              "this sender never uses STARTTLS, so the message goes in clear text",
              "RFC 3207 §4; postconf(5) smtp_tls_security_level = none");
      case OPPORTUNISTIC -> opportunistic(profile, at, context);
      case ENCRYPT -> mandatory(profile, facts, mx, at, false, false, "RFC 3207 §4.1");
      case VERIFY -> mandatory(profile, facts, mx, at, true, false, "RFC 3207 §4.1");
      case SECURE -> mandatory(profile, facts, mx, at, true, true, "RFC 3207 §4.1");
      case REQUIRETLS -> throw new IllegalArgumentException("REQUIRETLS is judged by RequireTls");
    };
  }

  /** Hosts a sender skips without connecting. */
  private static Step beforeConnecting(SenderProfile profile, DomainFacts facts, MxObservation mx) {
    // RFC 7672 §2.2: a host whose TLSA (or address) lookup failed is not used at all.
    if (profile.honoursDane()
        && (mx.dane() == Decision.HOST_UNUSABLE || mx.dane() == Decision.DEFER)) {
      return Step.next(
          "its TLSA or address lookup failed DNSSEC validation; the host is skipped",
          "RFC 7672 §2.1.1, §2.2");
    }
    // RFC 8461 §4.1: in enforce mode, an MX host the policy does not list is not used.
    if (profile.honoursSts() && facts.stsMode() == StsMode.ENFORCE && !mx.stsAdmitted()) {
      return Step.next("the MTA-STS policy does not list this MX host", "RFC 8461 §4.1, §5");
    }
    return null;
  }

  private static Step opportunistic(SenderProfile profile, AddressObservation at, String context) {
    // RFC 3207 §4.1 leaves it to the client whether to continue without TLS; RFC 7435 §3:
    // opportunistic security prefers clear text to no communication.
    if (!at.starttlsOffered()) {
      return Step.deliver(
          Delivery.DELIVER_CLEAR,
          context + "the server offers no STARTTLS, so the message goes in clear text",
          "RFC 3207 §4.1; RFC 7435 §3");
    }
    ClientHandshake tls = ClientHandshake.of(profile, at, false);
    if (!tls.succeeds()) {
      String reason = context + "the TLS handshake fails (" + tls.failure() + ")";
      if (profile.fallback() == Fallback.CLEAR_SAME_ATTEMPT) {
        return Step.deliver(
                Delivery.DELIVER_CLEAR,
                reason + "; it reconnects at once and delivers in clear text",
                "RFC 7435 §3; " + profile.fallbackSource())
            .with(null, tls.assumes());
      }
      var needed = new java.util.ArrayList<>(tls.assumes());
      if (profile.fallback() == Fallback.NOT_KNOWN) {
        needed.add("not known: whether " + profile.label() + " retries in clear text; assumed so");
      }
      return new Step(Step.Kind.CLEAR_FALLBACK, null, reason, "RFC 7435 §3").with(null, needed);
    }
    // RFC 7435 §3: an opportunistic sender encrypts without authenticating; the certificate is
    // not checked, so an active attacker could have intercepted the session.
    return Step.deliver(
            Delivery.DELIVER_UNAUTHENTICATED_TLS,
            context + "TLS is used, but the certificate is not required to be valid",
            "RFC 7435 §3; RFC 3207 §4.1")
        .with(tls.version(), tls.assumes());
  }

  private static Step mandatory(
      SenderProfile profile,
      DomainFacts facts,
      MxObservation mx,
      AddressObservation at,
      boolean verify,
      boolean nexthop,
      String rfc) {
    if (!at.starttlsOffered()) {
      return Step.next("the server offers no STARTTLS and this sender requires TLS", rfc);
    }
    ClientHandshake tls = ClientHandshake.of(profile, at, verify);
    if (!tls.succeeds()) {
      return Step.next("the TLS handshake fails (" + tls.failure() + ")", rfc)
          .with(null, tls.assumes());
    }
    if (!verify) {
      return Step.deliver(
              Delivery.DELIVER_UNAUTHENTICATED_TLS,
              "TLS is required, the certificate is not checked",
              rfc + "; " + String.join("; ", profile.facts()))
          .with(tls.version(), tls.assumes());
    }
    if (!at.certificateTrusted()) {
      return Step.next("the certificate is not trusted (PKIX path or dates)", rfc + "; RFC 5280 §6")
          .with(null, tls.assumes());
    }
    var assumed = new java.util.ArrayList<>(tls.assumes());
    if (at.certificateWeak()) {
      Boolean refused = profile.tls().weakCertificateRefusedWhenVerifying();
      if (Boolean.TRUE.equals(refused)) {
        return Step.next(
                "the certificate is signed with SHA-1 or has an RSA key under 2048 bits, which "
                    + profile.tls().name()
                    + " refuses when it verifies ("
                    + profile.tls().weakCertificateSource()
                    + ")",
                rfc + "; RFC 5280 §4.1.1.2")
            .with(null, assumed);
      }
      if (refused == null) {
        assumed.add(
            "not known: whether "
                + profile.label()
                + " refuses a certificate signed with SHA-1 or with a short RSA key; assumed not");
      }
    }
    // postconf(5) smtp_tls_secure_cert_match = nexthop, dot-nexthop: the certificate must name
    // the next-hop domain or a name under it, whatever the MX host is called.
    if (nexthop && !at.certificateNames().isEmpty()) {
      boolean namesNexthop = at.certificateNames().stream().anyMatch(n -> under(n, facts.domain()));
      if (!namesNexthop) {
        return Step.next(
                "the certificate names neither " + facts.domain() + " nor a name under it",
                rfc + "; postconf(5) smtp_tls_secure_cert_match")
            .with(null, assumed);
      }
    } else if (!at.certificateNamesHost()) {
      return Step.next("the certificate does not name the MX host", rfc + "; RFC 9525 §6")
          .with(null, assumed);
    }
    var needed = assumed;
    // Without the certificate's names, a certificate naming an MX host under the domain is
    // known to satisfy dot-nexthop; for another MX host it is an assumption.
    if (nexthop && at.certificateNames().isEmpty() && !under(mx.host(), facts.domain())) {
      needed.add(
          "not known: whether the certificate also names "
              + facts.domain()
              + " (it names the MX host, which is not under it); assumed so");
    }
    return Step.deliver(
            Delivery.DELIVER_AUTHENTICATED_TLS,
            nexthop
                ? "TLS with a PKIX-valid certificate for the next-hop domain or a name under it"
                : "TLS with a PKIX-valid certificate naming the MX host",
            rfc + "; RFC 9525 §6; " + String.join("; ", profile.facts()))
        .with(tls.version(), needed);
  }

  private static Step dane(SenderProfile profile, AddressObservation at) {
    // RFC 7672 §2.2: usable TLSA records make authenticated TLS mandatory.
    if (!at.starttlsOffered()) {
      return Step.next(
          "TLSA records require STARTTLS, which the server does not offer", "RFC 7672 §2.2");
    }
    ClientHandshake tls = ClientHandshake.of(profile, at, false);
    if (!tls.succeeds()) {
      return Step.next(
              "TLSA records require TLS, and the handshake fails (" + tls.failure() + ")",
              "RFC 7672 §2.2")
          .with(null, tls.assumes());
    }
    if (at.dane() != DaneResult.Status.MATCH) {
      return Step.next("no TLSA record matches the server's certificate", "RFC 7672 §2.2, §3");
    }
    return Step.deliver(
            Delivery.DELIVER_AUTHENTICATED_TLS,
            "a TLSA record matches the server's certificate",
            "RFC 7672 §3")
        .with(tls.version(), tls.assumes());
  }

  private static Step sts(
      SenderProfile profile, DomainFacts facts, MxObservation mx, AddressObservation at) {
    if (!at.starttlsOffered()) {
      return Step.next(
          "MTA-STS enforce requires STARTTLS, which the server does not offer", "RFC 8461 §5");
    }
    ClientHandshake tls = ClientHandshake.of(profile, at, true);
    if (!tls.succeeds()) {
      return Step.next(
              "MTA-STS enforce requires TLS, and the handshake fails (" + tls.failure() + ")",
              "RFC 8461 §5")
          .with(null, tls.assumes());
    }
    // RFC 8461 §4.2: the certificate must be PKIX-valid and name the MX host.
    if (!at.pkixAuthenticated()) {
      return Step.next("the certificate is not PKIX-valid for the MX host", "RFC 8461 §4.2, §5");
    }
    return Step.deliver(
            Delivery.DELIVER_AUTHENTICATED_TLS,
            "the MX host matches the policy and its certificate is valid",
            "RFC 8461 §4.1, §4.2, §5")
        .with(tls.version(), tls.assumes());
  }

  private static boolean under(String host, String domain) {
    String h = host.toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
    String d = domain.toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
    return h.equals(d) || h.endsWith("." + d);
  }
}
