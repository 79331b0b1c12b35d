package org.mailpath.lab.scenario;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.mailpath.lab.LabScenario;

/**
 * Everything the lab needs to stage one scenario: what it is for, its hosts, and its DNS shape.
 *
 * @param scenario the public description (domain, title, trainer's text, expected findings)
 * @param hosts the mail hosts, each with an A record and (unless implicit) an MX record
 * @param nullMx whether the domain publishes the null MX "0 ." of RFC 7505 §3
 * @param extraRecords further zone-file lines (TXT, CNAME, …) in dnsjava's master-file syntax with
 *     absolute owner names, for scenarios that need more than MX and A
 * @param tlsa TLSA records whose data the lab computes from its certificates (RFC 7672)
 * @param sts the MTA-STS publication, if the domain has one (RFC 8461)
 * @param attacker the on-path attacker in front of every host, if any: the hosts' A records then
 *     name the attacker's address, and the attacker relays to the real host
 */
public record ScenarioDefinition(
    LabScenario scenario,
    List<LabHost> hosts,
    boolean nullMx,
    List<String> extraRecords,
    List<TlsaSpec> tlsa,
    Optional<StsSetup> sts,
    Optional<AttackMode> attacker) {

  public ScenarioDefinition {
    hosts = List.copyOf(hosts);
    extraRecords = List.copyOf(extraRecords);
    tlsa = List.copyOf(tlsa);
  }

  /** A scenario of MX, address and extra records only. */
  public ScenarioDefinition(
      LabScenario scenario, List<LabHost> hosts, boolean nullMx, List<String> extraRecords) {
    this(scenario, hosts, nullMx, extraRecords, List.of(), Optional.empty(), Optional.empty());
  }

  public ScenarioDefinition withTlsa(TlsaSpec... records) {
    return new ScenarioDefinition(
        scenario, hosts, nullMx, extraRecords, List.of(records), sts, attacker);
  }

  public ScenarioDefinition withSts(StsSetup setup) {
    return new ScenarioDefinition(
        scenario, hosts, nullMx, extraRecords, tlsa, Optional.of(setup), attacker);
  }

  /** The same scenario with an on-path attacker in {@code mode} in front of every host. */
  public ScenarioDefinition withAttacker(AttackMode mode) {
    return new ScenarioDefinition(
        scenario, hosts, nullMx, extraRecords, tlsa, sts, Optional.of(mode));
  }

  /**
   * The name under which the address plan keeps the address of the attacker in front of {@code
   * hostName}; never published in DNS (the host's own name points there instead).
   */
  public static String attackerFront(String hostName) {
    return "attacker-in-front-of." + hostName;
  }

  /** The name whose planned address the host's A record publishes. */
  public String publishedName(LabHost host) {
    return attacker.isPresent() ? attackerFront(host.name()) : host.name();
  }

  public String domain() {
    return scenario.domain();
  }

  /** The MTA-STS policy host name, when the scenario publishes a policy. */
  public Optional<String> policyHost() {
    return sts.map(s -> StsSetup.policyHost(domain()));
  }

  /** The host named {@code hostName}. */
  public LabHost host(String hostName) {
    return hosts.stream()
        .filter(h -> h.name().equals(hostName))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException(domain() + " has no host " + hostName));
  }

  /** Whether {@code asciiName} is the scenario's domain or a name below it. */
  public boolean owns(String asciiName) {
    String name = asciiName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".")) {
      name = name.substring(0, name.length() - 1);
    }
    return name.equals(domain()) || name.endsWith("." + domain());
  }
}
