package org.mailpath.policy.sts;

import java.util.List;

/**
 * A parsed MTA-STS policy (RFC 8461 §3.2).
 *
 * @param mode enforce, testing or none
 * @param maxAgeSeconds how long senders may cache it, at most 31557600 (one year)
 * @param mxPatterns the allowed MX host patterns, in the order given
 */
public record StsPolicy(StsMode mode, long maxAgeSeconds, List<String> mxPatterns) {

  public StsPolicy {
    mxPatterns = List.copyOf(mxPatterns);
  }

  /** RFC 8461 §4.1: does any mx pattern of this policy admit {@code mxHost}? */
  public boolean admits(String mxHost) {
    return mxPatterns.stream().anyMatch(p -> MxPatternMatcher.matches(p, mxHost));
  }
}
