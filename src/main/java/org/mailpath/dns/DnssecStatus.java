package org.mailpath.dns;

/** What in-process DNSSEC validation concluded about an RRset (RFC 4035 §4.3). */
public enum DnssecStatus {
  /** A chain of signatures leads from a trust anchor to the answer. */
  SECURE("secure"),
  /** The zone is provably unsigned: there is no secure delegation to it. */
  INSECURE("insecure"),
  /** Signatures should be there but fail to validate, or are missing. */
  BOGUS("bogus"),
  /** Validation could not be completed (no answer, resolver failure). */
  INDETERMINATE("indeterminate"),
  /** No validation was asked for. */
  UNCHECKED("not checked");

  private final String label;

  DnssecStatus(String label) {
    this.label = label;
  }

  /** RFC 4033 §5's words, as people read them: "secure", "bogus", "not checked". */
  public String label() {
    return label;
  }

  /** RFC 7672 §2.1: bogus and indeterminate answers are failures, never "no record". */
  public boolean failed() {
    return this == BOGUS || this == INDETERMINATE;
  }

  /** Provably unsigned, or not validated at all: either way nothing is authenticated. */
  public boolean unsigned() {
    return this == INSECURE || this == UNCHECKED;
  }

  /** The worse of two statuses: BOGUS > INDETERMINATE > INSECURE > SECURE (UNCHECKED aside). */
  public DnssecStatus worse(DnssecStatus other) {
    return rank(this) >= rank(other) ? this : other;
  }

  private static int rank(DnssecStatus s) {
    return switch (s) {
      case SECURE -> 0;
      case INSECURE -> 1;
      case UNCHECKED -> 2;
      case INDETERMINATE -> 3;
      case BOGUS -> 4;
    };
  }
}
