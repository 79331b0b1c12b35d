package org.mailpath.policy;

import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.mailpath.dns.DnssecStatus;
import org.mailpath.dns.MxHost;
import org.mailpath.dns.MxResolution;
import org.mailpath.finding.Finding;
import org.mailpath.finding.FindingCode;
import org.mailpath.policy.dane.DaneApplicability;
import org.mailpath.policy.dane.DaneResult;
import org.mailpath.policy.dane.DaneVerifier;
import org.mailpath.policy.dane.PresentedChain;
import org.mailpath.policy.dane.TlsaNames;
import org.mailpath.policy.dane.TlsaUsability;
import org.mailpath.policy.requiretls.RequireTls;
import org.mailpath.policy.requiretls.RequireTlsHost;
import org.mailpath.policy.requiretls.RequireTlsVerdict;
import org.mailpath.policy.senders.AddressObservation;
import org.mailpath.policy.senders.DomainFacts;
import org.mailpath.policy.senders.MxObservation;
import org.mailpath.policy.senders.Observations;
import org.mailpath.policy.senders.SenderLineup;
import org.mailpath.policy.senders.SenderOutcome;
import org.mailpath.policy.senders.SenderSimulator;
import org.mailpath.policy.sts.StsFetchResult;
import org.mailpath.policy.sts.StsMode;
import org.mailpath.policy.sts.StsPolicy;
import org.mailpath.policy.sts.StsTxtRecord;
import org.mailpath.policy.tlsrpt.TlsRptRecord;
import org.mailpath.tls.ProbeResult;

/**
 * The policy stage after the SMTP sessions: DANE against each captured chain, MTA-STS against each
 * MX host, REQUIRETLS, and what each kind of sender would do with a message to this domain.
 */
public final class PolicyEvaluation {

  /** The stage's result: the report section, the simulator's rows, and the findings. */
  public record Result(PolicyReport report, List<SenderOutcome> outcomes, List<Finding> findings) {}

  private final List<Finding> findings = new ArrayList<>();
  private final SenderLineup lineup;

  private PolicyEvaluation(SenderLineup lineup) {
    this.lineup = lineup;
  }

  /**
   * The sender table for a host traced directly ([host]:port, no MX lookup): each sender routed
   * there explicitly (Postfix transport_maps [host]:port, Exim manualroute, OpenSMTPD relay host),
   * so no DANE or MTA-STS policy applies. Also the table for a null MX, where no policy is looked
   * up and every sender returns the message.
   */
  public static List<SenderOutcome> directOutcomes(
      MxResolution resolution, List<ProbeResult> connections, SenderLineup lineup) {
    List<MxObservation> hosts = new ArrayList<>();
    for (MxHost host : resolution.hosts()) {
      List<AddressObservation> addresses =
          connectionsOf(host, connections).stream()
              .map(c -> Observations.of(c.plan().address(), c.smtp(), c.tls(), c.versions(), null))
              .toList();
      hosts.add(
          new MxObservation(
              host.name(),
              host.preference(),
              DaneApplicability.Decision.NOT_APPLICABLE,
              false,
              addresses));
    }
    // RFC 7505 §3: a null MX is an answer every sender acts on (it returns the message at once);
    // other answers without hosts (NXDOMAIN, SERVFAIL) leave no sender row to predict.
    boolean nothingToSimulate =
        hosts.isEmpty() && resolution.outcome() != MxResolution.Outcome.NULL_MX;
    return nothingToSimulate
        ? List.of()
        : SenderSimulator.simulateAll(
            new DomainFacts(resolution.domain(), resolution.dnssec(), null, hosts), lineup);
  }

  public static Result evaluate(
      PolicyLookups.Result lookups,
      MxResolution resolution,
      List<ProbeResult> connections,
      Instant now) {
    return evaluate(lookups, resolution, connections, now, SenderLineup.ALL);
  }

  /**
   * As {@link #evaluate(PolicyLookups.Result, MxResolution, List, Instant)}, for chosen senders.
   */
  public static Result evaluate(
      PolicyLookups.Result lookups,
      MxResolution resolution,
      List<ProbeResult> connections,
      Instant now,
      SenderLineup lineup) {
    return new PolicyEvaluation(lineup).run(lookups, resolution, connections, now);
  }

  private Result run(
      PolicyLookups.Result lookups,
      MxResolution resolution,
      List<ProbeResult> connections,
      Instant now) {
    String domain = resolution.domain();
    StsPolicy policy = sts(domain, lookups);
    tlsRpt(domain, lookups.tlsRpt());
    List<PolicyReport.DaneHost> dane = new ArrayList<>();
    List<MxObservation> hosts = new ArrayList<>();
    List<RequireTlsHost> requireTls = new ArrayList<>();
    for (MxHost host : resolution.hosts()) {
      PolicyLookups.Tlsa tlsa = lookups.tlsa().get(host.name());
      DaneApplicability applicability = applicability(resolution, host, tlsa);
      List<PolicyReport.DaneCheck> checks = new ArrayList<>();
      List<AddressObservation> addresses = new ArrayList<>();
      boolean stsAdmitted = policy != null && policy.admits(host.name());
      if (policy != null) {
        PolicyFindings.ofStsMxMatch(host.name(), policy).ifPresent(findings::add);
      }
      List<ProbeResult> sessions = connectionsOf(host, connections);
      boolean daneRequired = applicability.decision() == DaneApplicability.Decision.DANE_REQUIRED;
      boolean stsEnforced = stsAdmitted && policy.mode() == StsMode.ENFORCE;
      for (ProbeResult c : sessions) {
        DaneResult daneResult = daneCheck(host, tlsa, applicability, c, now, checks);
        TamperingSigns.strippedStarttls(host.name(), daneRequired, stsEnforced, c)
            .ifPresent(findings::add);
        TamperingSigns.substitutedCertificate(applicability, daneResult, c)
            .ifPresent(findings::add);
        addresses.add(
            Observations.of(
                c.plan().address(),
                c.smtp(),
                c.tls(),
                c.versions(),
                daneResult == null ? null : daneResult.status()));
        requireTls.add(RequireTlsSessions.host(resolution, stsAdmitted, c, daneResult));
      }
      RequireTlsSessions.notAdvertised(host, sessions).ifPresent(findings::add);
      dane.add(
          new PolicyReport.DaneHost(
              host.name(),
              tlsa.name(),
              tlsa.dnssec(),
              tlsa.records().stream().map(Object::toString).toList(),
              applicability.decision().name(),
              applicability.reason(),
              checks));
      hosts.add(
          new MxObservation(
              host.name(), host.preference(), applicability.decision(), stsAdmitted, addresses));
    }
    RequireTlsVerdict requireTlsVerdict = RequireTls.evaluate(requireTls);
    if (!requireTls.isEmpty()) {
      PolicyFindings.ofRequireTls(domain, requireTlsVerdict).ifPresent(findings::add);
    }
    StsMode mode = policy == null ? null : policy.mode();
    List<SenderOutcome> outcomes =
        hosts.isEmpty()
            ? List.of()
            : SenderSimulator.simulateAll(
                new DomainFacts(domain, resolution.dnssec(), mode, hosts), lineup);
    PolicyReport report =
        new PolicyReport(
            lookups.stsRecord(),
            lookups.stsDnssec(),
            lookups.stsPolicy(),
            lookups.tlsRpt(),
            lookups.tlsRptDnssec(),
            dane,
            requireTlsVerdict);
    return new Result(report, outcomes, List.copyOf(findings));
  }

  /**
   * The MTA-STS policy senders would apply, or null (RFC 8461 §3.3: no valid policy, no policy).
   */
  private StsPolicy sts(String domain, PolicyLookups.Result lookups) {
    StsTxtRecord record = lookups.stsRecord();
    if (record.status() == StsTxtRecord.Status.INVALID) {
      findings.add(
          FindingCode.STS_RECORD_INVALID.raise(
              domain,
              record.problem() + ".",
              record.record() == null ? "_mta-sts." + domain + " TXT" : record.record()));
    }
    StsFetchResult fetched = lookups.stsPolicy();
    if (fetched == null) {
      return null;
    }
    PolicyFindings.ofStsFetch(domain, fetched).ifPresent(findings::add);
    if (fetched.outcome() != StsFetchResult.Outcome.OK) {
      return null;
    }
    if (fetched.policy().mode() == StsMode.TESTING) {
      findings.add(
          FindingCode.STS_TESTING.raise(
              domain,
              "mode: testing, max_age: " + fetched.policy().maxAgeSeconds(),
              fetched.url()));
    }
    return fetched.policy();
  }

  private void tlsRpt(String domain, TlsRptRecord record) {
    PolicyFindings.ofTlsRpt(domain, record).ifPresent(findings::add);
    if (record.status() == TlsRptRecord.Status.INVALID) {
      findings.add(
          FindingCode.TLSRPT_INVALID.raise(
              domain,
              record.problem() + ".",
              record.record() == null ? "_smtp._tls." + domain + " TXT" : record.record()));
    }
  }

  private DaneApplicability applicability(
      MxResolution resolution, MxHost host, PolicyLookups.Tlsa tlsa) {
    int usable =
        (int) tlsa.records().stream().filter(r -> TlsaUsability.unusableReason(r) == null).count();
    DaneApplicability decision =
        DaneApplicability.decide(
            resolution.dnssec(), host.dnssec(), tlsa.dnssec(), tlsa.records().size(), usable);
    if (tlsa.name() != null && tlsa.dnssec() == DnssecStatus.BOGUS) {
      findings.add(
          FindingCode.DNSSEC_INVALID.raise(
              host.name(),
              "The TLSA answer at "
                  + tlsa.name()
                  + " failed DNSSEC validation: "
                  + tlsa.problem()
                  + ".",
              "validator: " + tlsa.problem()));
    }
    if (decision.decision() == DaneApplicability.Decision.TLS_REQUIRED_UNAUTHENTICATED) {
      findings.add(
          FindingCode.TLSA_UNUSABLE.raise(
              host.name(),
              decision.reason() + ".",
              tlsa.records().stream().map(r -> tlsa.name() + " TLSA " + r).toList()));
    }
    return decision;
  }

  /** RFC 7672 §3: match the TLSA records against the chain this connection captured. */
  private DaneResult daneCheck(
      MxHost host,
      PolicyLookups.Tlsa tlsa,
      DaneApplicability applicability,
      ProbeResult c,
      Instant now,
      List<PolicyReport.DaneCheck> checks) {
    if (applicability.decision() != DaneApplicability.Decision.DANE_REQUIRED) {
      return null;
    }
    if (c.tls() == null || c.tls().chain().isEmpty()) {
      if (c.smtp().connected()) {
        findings.add(
            FindingCode.DANE_REQUIRED.raise(
                c.plan().label(),
                "TLSA records require authenticated TLS, but "
                    + (c.tls() == null
                        ? "no TLS session was reached"
                        : "the handshake yielded no certificate")
                    + ": DANE senders defer.",
                tlsa.name()));
      }
      return null;
    }
    List<X509Certificate> chain;
    try {
      chain = PresentedChain.fromInfos(c.tls().chain());
    } catch (CertificateException e) {
      // The chain was parsed once already; if it cannot be read again, say so on the check.
      checks.add(
          new PolicyReport.DaneCheck(
              c.plan().id(),
              DaneResult.Status.NO_MATCH.name(),
              null,
              -1,
              "the captured chain could not be read again: " + e.getMessage()));
      return null;
    }
    DaneResult result =
        DaneVerifier.verify(
            tlsa.records(),
            chain,
            TlsaNames.referenceIdentifiers(
                host.name(), host.cnameChain(), host.dnssec() == DnssecStatus.SECURE),
            now);
    PolicyFindings.ofDane(c.plan().label(), result).ifPresent(findings::add);
    checks.add(
        new PolicyReport.DaneCheck(
            c.plan().id(),
            result.status().name(),
            result.match() == null ? null : result.match().record().toString(),
            result.match() == null ? -1 : result.match().certificatePosition(),
            result.detail()));
    return result;
  }

  private static List<ProbeResult> connectionsOf(MxHost host, List<ProbeResult> connections) {
    return connections.stream().filter(c -> c.plan().mxHost().equals(host.name())).toList();
  }
}
