package org.mailpath.exposure;

import java.util.Arrays;
import java.util.Optional;

/**
 * RFC 9788's header confidentiality policy (HCP): which header fields the sender obscures in the
 * outer header of an encrypted message with header protection. Ignored without header protection.
 * (RFC 9788 also defines hcp_shy, stricter than hcp_baseline; what it leaves visible field by field
 * is not modelled here.)
 */
public enum HeaderPolicy {
  /** The default an RFC 9788 sender must offer: the outer Subject becomes "[...]". */
  HCP_BASELINE("hcp_baseline", "baseline"),
  /** Header protection for integrity only: the outer header keeps every field, Subject included. */
  HCP_NO_CONFIDENTIALITY("hcp_no_confidentiality", "no-confidentiality");

  private final String rfcName;
  private final String cliName;

  HeaderPolicy(String rfcName, String cliName) {
    this.rfcName = rfcName;
    this.cliName = cliName;
  }

  /** The name RFC 9788 gives it, e.g. "hcp_baseline". */
  public String rfcName() {
    return rfcName;
  }

  /** The value of {@code --hcp}. */
  public String cliName() {
    return cliName;
  }

  public static Optional<HeaderPolicy> byCliName(String name) {
    return Arrays.stream(values())
        .filter(p -> p.cliName.equalsIgnoreCase(name) || p.rfcName.equalsIgnoreCase(name))
        .findFirst();
  }
}
