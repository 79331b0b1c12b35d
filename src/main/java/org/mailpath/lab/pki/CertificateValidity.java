package org.mailpath.lab.pki;

import java.time.Duration;
import java.time.Instant;

/** Where a lab server certificate's validity window lies relative to now (RFC 5280 §4.1.2.5). */
public enum CertificateValidity {
  /** Valid from an hour ago for 90 days, like a short-lived public certificate. */
  CURRENT(Duration.ofHours(-1), Duration.ofDays(90)),
  /** Expired 30 days ago, after 60 days of validity. */
  EXPIRED(Duration.ofDays(-90), Duration.ofDays(-30));

  private final Duration notBeforeOffset;
  private final Duration notAfterOffset;

  CertificateValidity(Duration notBeforeOffset, Duration notAfterOffset) {
    this.notBeforeOffset = notBeforeOffset;
    this.notAfterOffset = notAfterOffset;
  }

  public Instant notBefore(Instant now) {
    return now.plus(notBeforeOffset);
  }

  public Instant notAfter(Instant now) {
    return now.plus(notAfterOffset);
  }
}
