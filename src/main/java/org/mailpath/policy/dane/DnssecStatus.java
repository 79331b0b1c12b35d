package org.mailpath.policy.dane;

/**
 * The four outcomes of DNSSEC validation (RFC 4033 §5; RFC 4035 §4.3), as the engine reports them
 * for each answer DANE depends on. Defined here because dns has no such type yet.
 */
public enum DnssecStatus {
  /** A chain of signatures from a trust anchor validates the answer. */
  SECURE,
  /** The answer is provably unsigned (an insecure delegation): valid, but not authenticated. */
  INSECURE,
  /** Signatures should be there and fail to validate: possibly an attack. */
  BOGUS,
  /** Validation could not be decided (no trust anchor, lookup failure). */
  INDETERMINATE;

  /** RFC 7672 §2.1: bogus and indeterminate answers are failures, never "no record". */
  public boolean failed() {
    return this == BOGUS || this == INDETERMINATE;
  }
}
