package org.mailpath.policy.senders;

import static org.mailpath.policy.senders.AddressObservation.Reach.OK;
import static org.mailpath.policy.senders.AddressObservation.Reach.UNREACHABLE;

import java.util.List;
import org.mailpath.dns.DnssecStatus;
import org.mailpath.policy.dane.DaneApplicability.Decision;
import org.mailpath.policy.dane.DaneResult;
import org.mailpath.policy.sts.StsMode;
import org.mailpath.tls.TlsVersion;

/** Receiving domains the simulator tests play against, by name, built from plain facts. */
final class SenderScenarios {
  private SenderScenarios() {}

  static final String MX1 = "mx1.mail.test";
  static final String MX2 = "mx2.mail.test";
  static final List<TlsVersion> MODERN = List.of(TlsVersion.TLS_1_2, TlsVersion.TLS_1_3);

  static SenderOutcome simulate(String profileId, DomainFacts facts) {
    return SenderSimulator.simulate(SenderProfiles.byId(profileId).orElseThrow(), facts);
  }

  static DomainFacts scenario(String name) {
    return switch (name) {
      case "all good" -> one(DnssecStatus.INSECURE, null, Decision.NOT_APPLICABLE, false, good());
      case "no STARTTLS" -> plain(noStarttls());
      case "STARTTLS, handshake fails" -> plain(handshakeFails());
      case "TLS 1.0 only" -> plain(address(OK, true, List.of(TlsVersion.TLS_1_0), true, true));
      case "untrusted certificate" -> plain(address(OK, true, MODERN, false, true));
      case "wrong certificate name" -> plain(address(OK, true, MODERN, true, false));
      case "DANE match" -> daneSecure(Decision.DANE_REQUIRED, dane(DaneResult.Status.MATCH, false));
      case "DANE match and REQUIRETLS" ->
          daneSecure(Decision.DANE_REQUIRED, dane(DaneResult.Status.MATCH, true));
      case "DANE mismatch" ->
          daneSecure(Decision.DANE_REQUIRED, dane(DaneResult.Status.NO_MATCH, false));
      case "DANE no usable records" ->
          daneSecure(
              Decision.TLS_REQUIRED_UNAUTHENTICATED,
              dane(DaneResult.Status.NO_USABLE_RECORDS, false));
      case "DANE no usable, no STARTTLS" ->
          daneSecure(Decision.TLS_REQUIRED_UNAUTHENTICATED, noStarttls());
      case "DNSSEC bogus MX" -> one(DnssecStatus.BOGUS, null, Decision.DEFER, false, good());
      case "TLSA lookup bogus" ->
          one(DnssecStatus.SECURE, null, Decision.HOST_UNUSABLE, false, good());
      case "STS enforce good" -> sts(StsMode.ENFORCE, true, good());
      case "STS enforce MX mismatch" -> sts(StsMode.ENFORCE, false, good());
      case "STS enforce bad certificate" ->
          sts(StsMode.ENFORCE, true, address(OK, true, MODERN, false, true));
      case "STS testing bad certificate" ->
          sts(StsMode.TESTING, true, address(OK, true, MODERN, false, true));
      case "STS enforce and REQUIRETLS" ->
          sts(
              StsMode.ENFORCE,
              true,
              new AddressObservation("127.0.2.1", OK, true, MODERN, true, true, null, true));
      case "REQUIRETLS advertised" ->
          one(
              DnssecStatus.SECURE,
              null,
              Decision.NOT_APPLICABLE,
              false,
              new AddressObservation("127.0.2.1", OK, true, MODERN, true, true, null, true));
      case "REQUIRETLS not advertised" ->
          one(DnssecStatus.SECURE, null, Decision.NOT_APPLICABLE, false, good());
      case "primary unreachable" -> primaryThenGood(unreachable());
      case "all unreachable" ->
          facts(
              DnssecStatus.INSECURE, null, mx(MX1, 10, unreachable()), mx(MX2, 20, unreachable()));
      case "primary without STARTTLS" -> primaryThenGood(noStarttls());
      case "primary handshake fails" -> primaryThenGood(handshakeFails());
      default -> throw new IllegalArgumentException("no scenario " + name);
    };
  }

  /** PKIX-valid, names the host, TLS 1.2 and 1.3, no REQUIRETLS. */
  static AddressObservation good() {
    return address(OK, true, MODERN, true, true);
  }

  static AddressObservation noStarttls() {
    return address(OK, false, List.of(), false, false);
  }

  /** STARTTLS is offered but no TLS version completes a handshake. */
  static AddressObservation handshakeFails() {
    return address(OK, true, List.of(), true, true);
  }

  static AddressObservation unreachable() {
    return address(UNREACHABLE, false, List.of(), false, false);
  }

  static AddressObservation address(
      AddressObservation.Reach reach,
      boolean starttls,
      List<TlsVersion> versions,
      boolean trusted,
      boolean named) {
    return new AddressObservation(
        "127.0.2.1", reach, starttls, versions, trusted, named, null, false);
  }

  /** A host with no opinion from DANE or MTA-STS. */
  static MxObservation mx(String host, int preference, AddressObservation at) {
    return new MxObservation(host, preference, Decision.NOT_APPLICABLE, false, List.of(at));
  }

  static DomainFacts facts(DnssecStatus mx, StsMode sts, MxObservation... hosts) {
    return new DomainFacts("mail.test", mx, sts, List.of(hosts));
  }

  private static AddressObservation dane(DaneResult.Status status, boolean requireTls) {
    return new AddressObservation("127.0.2.1", OK, true, MODERN, false, false, status, requireTls);
  }

  private static DomainFacts primaryThenGood(AddressObservation primary) {
    return facts(DnssecStatus.INSECURE, null, mx(MX1, 10, primary), mx(MX2, 20, good()));
  }

  private static DomainFacts plain(AddressObservation at) {
    return one(DnssecStatus.INSECURE, null, Decision.NOT_APPLICABLE, false, at);
  }

  private static DomainFacts daneSecure(Decision decision, AddressObservation at) {
    return one(DnssecStatus.SECURE, null, decision, false, at);
  }

  private static DomainFacts sts(StsMode mode, boolean admitted, AddressObservation at) {
    return one(DnssecStatus.INSECURE, mode, Decision.NOT_APPLICABLE, admitted, at);
  }

  private static DomainFacts one(
      DnssecStatus mx, StsMode sts, Decision dane, boolean stsAdmitted, AddressObservation at) {
    return facts(mx, sts, new MxObservation(MX1, 10, dane, stsAdmitted, List.of(at)));
  }
}
