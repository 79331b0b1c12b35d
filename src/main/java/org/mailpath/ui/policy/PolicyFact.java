package org.mailpath.ui.policy;

import org.mailpath.finding.Severity;

/**
 * One line of the domain policy view.
 *
 * @param name what it is about ("Record", "mx1.example.org")
 * @param value what was found, in words
 * @param mark how good or bad it is, with the marks findings use; null for a plain fact
 */
public record PolicyFact(String name, String value, Severity mark) {

  static PolicyFact plain(String name, String value) {
    return new PolicyFact(name, value, null);
  }
}
