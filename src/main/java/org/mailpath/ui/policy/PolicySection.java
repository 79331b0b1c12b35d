package org.mailpath.ui.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.mailpath.finding.Severity;

/**
 * One part of what the receiving domain demands (DNSSEC, MTA-STS, TLS-RPT, DANE for one host,
 * REQUIRETLS), with a one-line verdict.
 */
public record PolicySection(String title, String verdict, List<PolicyFact> facts) {

  public PolicySection {
    facts = List.copyOf(facts);
  }

  /** The worst mark among the facts, or null when none is marked. */
  public Severity worst() {
    List<Severity> marks = facts.stream().map(PolicyFact::mark).filter(Objects::nonNull).toList();
    return marks.isEmpty() ? null : Severity.worst(marks);
  }

  /** Collects the facts of a section in order. */
  static final class Builder {
    private final String title;
    private final List<PolicyFact> facts = new ArrayList<>();
    private String verdict = "";

    Builder(String title) {
      this.title = title;
    }

    Builder verdict(String text) {
      verdict = text;
      return this;
    }

    Builder fact(String name, String value) {
      facts.add(PolicyFact.plain(name, value));
      return this;
    }

    Builder marked(String name, Severity mark, String value) {
      facts.add(new PolicyFact(name, value, mark));
      return this;
    }

    PolicySection build() {
      return new PolicySection(title, verdict, facts);
    }
  }
}
