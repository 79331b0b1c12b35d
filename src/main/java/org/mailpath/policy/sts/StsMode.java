package org.mailpath.policy.sts;

import java.util.Optional;

/** RFC 8461 §5: what a sender does with MX hosts that fail the policy. */
public enum StsMode {
  /** Do not deliver to an MX host that fails (§5). */
  ENFORCE("enforce"),
  /** Deliver as without MTA-STS, but report failures with TLS-RPT (§5). */
  TESTING("testing"),
  /** Treat the domain as having no active policy (§5). */
  NONE("none");

  private final String keyword;

  StsMode(String keyword) {
    this.keyword = keyword;
  }

  public String keyword() {
    return keyword;
  }

  /** Case-sensitive, as the ABNF of RFC 8461 §3.2 uses %s strings. */
  public static Optional<StsMode> byKeyword(String value) {
    for (StsMode mode : values()) {
      if (mode.keyword.equals(value)) {
        return Optional.of(mode);
      }
    }
    return Optional.empty();
  }
}
