package org.mailpath.lab.scenario;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mailpath.lab.LabScenario;

/**
 * The bulk family: {@code d0001.bulk.test}, {@code d0002.bulk.test}, … — as many lab domains as a
 * batch wants, each a copy of one scenario's DNS, cycling through the scenarios whose findings do
 * not depend on the domain's own name. Number n copies scenario {@code (n - 1) mod k}, so d0001 is
 * the first portable scenario. Nothing is materialised: the lab DNS answers these names on demand
 * from the scenario's records, and traces reach the scenario's own servers (its MX host names are
 * kept, so certificates and TLSA records still fit).
 *
 * <p>Left out: MTA-STS scenarios (the policy host is named after the domain, and its certificate
 * after the scenario's domain) and implicit-MX scenarios (the certificate names the domain).
 */
public final class BulkFamily {

  /** The parent of every bulk name. */
  public static final String SUFFIX = "bulk.test";

  /** d1 … d9999999: a bound, so a typo cannot make the lab parse a number of any length. */
  private static final Pattern DOMAIN =
      Pattern.compile("(?:.*\\.)?(d([0-9]{1,7}))\\.bulk\\.test\\.?");

  private static final List<ScenarioDefinition> PORTABLE =
      ScenarioCatalog.definitions().stream()
          .filter(d -> d.sts().isEmpty())
          .filter(d -> d.hosts().stream().noneMatch(h -> h.name().equals(d.domain())))
          .toList();

  private BulkFamily() {}

  /** {@code d0042.bulk.test} for 42. */
  public static String domain(int number) {
    if (number < 1) {
      throw new IllegalArgumentException("bulk domains count from 1: " + number);
    }
    return String.format(Locale.ROOT, "d%04d.%s", number, SUFFIX);
  }

  /** The scenarios the family cycles through, in order. */
  public static List<LabScenario> scenarios() {
    return PORTABLE.stream().map(ScenarioDefinition::scenario).toList();
  }

  /** The scenario a bulk domain copies: what its trace must find. */
  public static Optional<LabScenario> scenarioOf(String asciiName) {
    return definitionOf(asciiName).map(ScenarioDefinition::scenario);
  }

  /** The definition a bulk name (or a name below it) copies. */
  public static Optional<ScenarioDefinition> definitionOf(String asciiName) {
    Matcher m = DOMAIN.matcher(asciiName.toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      return Optional.empty();
    }
    int number = Integer.parseInt(m.group(2));
    if (number < 1) {
      return Optional.empty();
    }
    return Optional.of(PORTABLE.get((number - 1) % PORTABLE.size()));
  }

  /**
   * The scenario name whose records {@code asciiName} copies: {@code _x.d0003.bulk.test} → {@code
   * _x.nostarttls.mail.test}. Empty for names outside the family.
   */
  public static Optional<String> sourceName(String asciiName) {
    String name = asciiName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".")) {
      name = name.substring(0, name.length() - 1);
    }
    Matcher m = DOMAIN.matcher(name);
    if (!m.matches()) {
      return Optional.empty();
    }
    String prefix = name.substring(0, m.start(1));
    String bulkDomain = name;
    return definitionOf(bulkDomain).map(d -> prefix + d.domain());
  }
}
