package org.mailpath.exposure;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One row of {@link EndToEndRules}: whether a part is hidden under a group of protections and
 * header policies, why, and the RFC that says so.
 */
record EndToEndRule(
    Part part, Set<Protection> under, Set<HeaderPolicy> policies, Coverage coverage) {

  static final Set<HeaderPolicy> ANY_POLICY = EnumSet.allOf(HeaderPolicy.class);

  static List<EndToEndRule> rule(
      Part part, Set<Protection> under, boolean hidden, String why, String rfc) {
    return ruleWith(part, under, ANY_POLICY, hidden, why, rfc);
  }

  static List<EndToEndRule> ruleWith(
      Part part,
      Set<Protection> under,
      Set<HeaderPolicy> policies,
      boolean hidden,
      String why,
      String rfc) {
    return List.of(new EndToEndRule(part, under, policies, new Coverage(hidden, why, rfc)));
  }

  @SafeVarargs
  static List<EndToEndRule> flatten(List<EndToEndRule>... groups) {
    return Arrays.stream(groups).flatMap(List::stream).toList();
  }
}
