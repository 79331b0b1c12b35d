package org.mailpath.policy.senders;

import java.util.List;
import org.mailpath.policy.dane.DaneResult;
import org.mailpath.tls.TlsVersion;

/**
 * What the trace saw at one address of one MX host, as the simulator needs it.
 *
 * @param address the IP address
 * @param reach whether an SMTP session got as far as EHLO
 * @param starttlsOffered the EHLO answer listed STARTTLS
 * @param versionsAccepted the TLS versions a handshake completed with (the version sweep, or the
 *     one negotiated version when there was no sweep); empty when every handshake failed
 * @param certificateTrusted the chain validates by PKIX to a trusted CA and is within its dates
 * @param certificateNamesHost the leaf names the MX host (RFC 9525)
 * @param dane the DANE result for this chain, or null when no TLSA records were used
 * @param requireTlsAdvertised the EHLO answer after STARTTLS listed REQUIRETLS
 * @param keyUsageLacksDigitalSignature the leaf has keyUsage without digitalSignature
 * @param ekuLacksServerAuth the leaf has extendedKeyUsage without serverAuth
 * @param certificateNames the DNS names the leaf is for (its subjectAltName dNSNames, or its
 *     subject CN when it has none, RFC 9525 §6.3); empty when no certificate was seen or when the
 *     caller did not say
 * @param certificateWeak the leaf is signed with SHA-1 or has an RSA key under 2048 bits
 */
public record AddressObservation(
    String address,
    Reach reach,
    boolean starttlsOffered,
    List<TlsVersion> versionsAccepted,
    boolean certificateTrusted,
    boolean certificateNamesHost,
    DaneResult.Status dane,
    boolean requireTlsAdvertised,
    boolean keyUsageLacksDigitalSignature,
    boolean ekuLacksServerAuth,
    List<String> certificateNames,
    boolean certificateWeak) {

  public enum Reach {
    /** Connected; greeting and EHLO answered with 2xx. */
    OK,
    /** Connection refused, timed out or reset (RFC 5321 §5.1: try the next address or MX). */
    UNREACHABLE,
    /** A 4xx greeting or EHLO answer (RFC 5321 §4.2.1: temporary). */
    TEMPORARY_FAILURE,
    /** A 5xx greeting, e.g. 554 "no service here" (RFC 5321 §3.1, §4.2.1). */
    PERMANENT_FAILURE
  }

  public AddressObservation {
    versionsAccepted = List.copyOf(versionsAccepted);
    certificateNames = List.copyOf(certificateNames);
  }

  /** An address whose certificate's names and strength were not recorded. */
  public AddressObservation(
      String address,
      Reach reach,
      boolean starttlsOffered,
      List<TlsVersion> versionsAccepted,
      boolean certificateTrusted,
      boolean certificateNamesHost,
      DaneResult.Status dane,
      boolean requireTlsAdvertised,
      boolean keyUsageLacksDigitalSignature,
      boolean ekuLacksServerAuth) {
    this(
        address,
        reach,
        starttlsOffered,
        versionsAccepted,
        certificateTrusted,
        certificateNamesHost,
        dane,
        requireTlsAdvertised,
        keyUsageLacksDigitalSignature,
        ekuLacksServerAuth,
        List.of(),
        false);
  }

  /** An address whose certificate (if any) has no keyUsage or EKU problem. */
  public AddressObservation(
      String address,
      Reach reach,
      boolean starttlsOffered,
      List<TlsVersion> versionsAccepted,
      boolean certificateTrusted,
      boolean certificateNamesHost,
      DaneResult.Status dane,
      boolean requireTlsAdvertised) {
    this(
        address,
        reach,
        starttlsOffered,
        versionsAccepted,
        certificateTrusted,
        certificateNamesHost,
        dane,
        requireTlsAdvertised,
        false,
        false);
  }

  /** A handshake offering only versions at or above {@code minimum} would complete. */
  public boolean handshakeSucceeds(TlsVersion minimum) {
    return versionsAccepted.stream().anyMatch(v -> v.compareTo(minimum) >= 0);
  }

  /** PKIX-valid and naming the MX host: what "verify" and MTA-STS (RFC 8461 §4.2) demand. */
  public boolean pkixAuthenticated() {
    return certificateTrusted && certificateNamesHost;
  }
}
