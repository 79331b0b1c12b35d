package org.mailpath.lab;

import java.util.List;

/**
 * One lab domain and what it demonstrates.
 *
 * @param domain e.g. "good.mail.test"
 * @param title a few words
 * @param description what a trainer would say about it
 * @param expectedFindings the finding codes a trace of it must raise
 * @param absentFindings finding codes a trace of it must NOT raise, where a careless engine might
 */
public record LabScenario(
    String domain,
    String title,
    String description,
    List<String> expectedFindings,
    List<String> absentFindings) {

  public LabScenario {
    expectedFindings = List.copyOf(expectedFindings);
    absentFindings = List.copyOf(absentFindings);
  }

  /** A scenario with no findings that must stay absent. */
  public LabScenario(
      String domain, String title, String description, List<String> expectedFindings) {
    this(domain, title, description, expectedFindings, List.of());
  }
}
