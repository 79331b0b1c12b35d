package org.mailpath.report.diff;

/**
 * One difference between two sessions.
 *
 * @param aspect what kind of fact changed, e.g. "STARTTLS" (the {@link DiffAspect#name()})
 * @param subject what it concerns: a domain, an MX host, "host [address]"
 * @param kind whether the fact appeared, disappeared or changed value
 * @param before the value in the older session, or null when ADDED
 * @param after the value in the newer session, or null when REMOVED
 */
public record Change(String aspect, String subject, Kind kind, String before, String after) {

  public enum Kind {
    ADDED,
    REMOVED,
    CHANGED
  }

  static Change added(String aspect, String subject, String value) {
    return new Change(aspect, subject, Kind.ADDED, null, value);
  }

  static Change removed(String aspect, String subject, String value) {
    return new Change(aspect, subject, Kind.REMOVED, value, null);
  }

  static Change changed(String aspect, String subject, String before, String after) {
    return new Change(aspect, subject, Kind.CHANGED, before, after);
  }
}
