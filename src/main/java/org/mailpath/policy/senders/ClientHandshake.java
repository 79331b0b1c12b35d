package org.mailpath.policy.senders;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.mailpath.tls.TlsVersion;

/**
 * Whether one sender's TLS library would complete a handshake with what the trace saw, and with
 * which version; what no source says is recorded as an assumption, not decided silently.
 *
 * @param version the version it would use, or null when the handshake fails
 * @param failure why it fails, or null
 * @param assumes facts no source gives that the answer needed
 */
record ClientHandshake(TlsVersion version, String failure, List<String> assumes) {

  /** RFC 8996 §3, §4: what a sender whose library's floor is not known is assumed to require. */
  static final TlsVersion ASSUMED_FLOOR = TlsVersion.TLS_1_2;

  static ClientHandshake of(SenderProfile profile, AddressObservation at, boolean verifying) {
    TlsStack tls = profile.tls();
    List<String> assumes = new ArrayList<>();
    TlsVersion floor = tls.floor() == null ? ASSUMED_FLOOR : tls.floor();
    TlsVersion best =
        at.versionsAccepted().stream()
            .filter(v -> v.compareTo(floor) >= 0)
            .max(Comparator.naturalOrder())
            .orElse(null);
    if (tls.floor() == null && !at.versionsAccepted().isEmpty()) {
      if (best == null) {
        assumes.add(
            "not known: the lowest TLS version "
                + profile.label()
                + " offers; assumed "
                + floor.label()
                + " (RFC 8996)");
      }
    }
    if (best == null) {
      return new ClientHandshake(null, versions(at, floor), assumes);
    }
    if (at.keyUsageLacksDigitalSignature()) {
      if (tls.keyUsageEnforced() == null) {
        assumes.add(
            "not known: whether "
                + tls.name()
                + " refuses a keyUsage without digitalSignature;"
                + " assumed it does not");
      } else if (tls.keyUsageEnforced()) {
        return new ClientHandshake(
            null,
            tls.name()
                + " aborts the handshake: the certificate's keyUsage lacks digitalSignature ("
                + tls.keyUsageSource()
                + ")",
            assumes);
      }
    }
    if (verifying && at.ekuLacksServerAuth()) {
      if (tls.ekuEnforcedWhenVerifying() == null) {
        assumes.add(
            "not known: whether "
                + profile.label()
                + " refuses a certificate without EKU"
                + " serverAuth; assumed it does");
        return new ClientHandshake(
            null, "the certificate's EKU does not allow serverAuth (RFC 5280 §4.2.1.12)", assumes);
      }
      if (tls.ekuEnforcedWhenVerifying()) {
        return new ClientHandshake(
            null,
            "the certificate is not designated for use as a server certificate (EKU lacks"
                + " serverAuth; "
                + tls.ekuSource()
                + ")",
            assumes);
      }
    }
    return new ClientHandshake(best, null, assumes);
  }

  boolean succeeds() {
    return version != null;
  }

  private static String versions(AddressObservation at, TlsVersion floor) {
    if (at.versionsAccepted().isEmpty()) {
      return "no TLS version completes a handshake";
    }
    return "the server completes handshakes only with "
        + at.versionsAccepted().stream().map(TlsVersion::label).toList()
        + ", this sender requires "
        + floor.label()
        + " or later";
  }
}
