package org.mailpath.fuzz;

/**
 * Shared settings of the @FuzzTest targets. Under {@code ./mvnw verify} (JAZZER_FUZZ unset) each
 * target runs only the inputs committed under {@code src/test/resources/<package>/<Class>Inputs/
 * <method>/}; with {@code JAZZER_FUZZ=1} one target, chosen with {@code -Dtest=Class#method}, is
 * fuzzed for this long.
 */
public final class Fuzzing {

  /** How long one target is fuzzed when JAZZER_FUZZ is set; a local run, not a campaign. */
  public static final String MAX_DURATION = "75s";

  private Fuzzing() {}
}
