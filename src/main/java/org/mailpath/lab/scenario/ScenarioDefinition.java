package org.mailpath.lab.scenario;

import java.util.List;
import java.util.Locale;
import org.mailpath.lab.LabScenario;

/**
 * Everything the lab needs to stage one scenario: what it is for, its hosts, and its DNS shape.
 *
 * @param scenario the public description (domain, title, trainer's text, expected findings)
 * @param hosts the mail hosts, each with an A record and (unless implicit) an MX record
 * @param nullMx whether the domain publishes the null MX "0 ." of RFC 7505 §3
 * @param extraRecords further zone-file lines (TXT, CNAME, TLSA, …) in dnsjava's master-file syntax
 *     with absolute owner names, for scenarios that need more than MX and A
 */
public record ScenarioDefinition(
    LabScenario scenario, List<LabHost> hosts, boolean nullMx, List<String> extraRecords) {

  public ScenarioDefinition {
    hosts = List.copyOf(hosts);
    extraRecords = List.copyOf(extraRecords);
  }

  public String domain() {
    return scenario.domain();
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
