package org.mailpath.lab;

import java.util.List;

/**
 * One lab domain and what it demonstrates.
 *
 * @param domain e.g. "good.mail.test"
 * @param title a few words
 * @param description what a trainer would say about it
 * @param expectedFindings the finding codes a trace of it must raise
 */
public record LabScenario(
    String domain, String title, String description, List<String> expectedFindings) {

  public LabScenario {
    expectedFindings = List.copyOf(expectedFindings);
  }
}
