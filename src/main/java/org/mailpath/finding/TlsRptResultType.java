package org.mailpath.finding;

import java.util.Map;
import java.util.Optional;

/**
 * The RFC 8460 §4.3 result type a TLS-RPT report would give for a finding, where one applies, so
 * that an administrator can match mailpath's finding with the failures senders report to them.
 * Where the code already is the result type it is used verbatim (DESIGN.md); a certificate that
 * chains to no trusted root for any reason is "certificate-not-trusted"; a handshake that fails is
 * "validation-failure", the type for failures no other type names.
 */
public final class TlsRptResultType {
  private TlsRptResultType() {}

  private static final String NOT_TRUSTED = "certificate-not-trusted";
  private static final String VALIDATION_FAILURE = "validation-failure";

  private static final Map<FindingCode, String> TYPES =
      Map.ofEntries(
          Map.entry(FindingCode.STARTTLS_NOT_SUPPORTED, "starttls-not-supported"),
          // A session without STARTTLS among sessions with it is reported as that session saw it.
          Map.entry(FindingCode.STARTTLS_INCONSISTENT, "starttls-not-supported"),
          Map.entry(FindingCode.CERTIFICATE_HOST_MISMATCH, "certificate-host-mismatch"),
          Map.entry(FindingCode.CERTIFICATE_EXPIRED, "certificate-expired"),
          Map.entry(FindingCode.CERTIFICATE_NOT_TRUSTED, NOT_TRUSTED),
          Map.entry(FindingCode.CERTIFICATE_SELF_SIGNED, NOT_TRUSTED),
          Map.entry(FindingCode.CERTIFICATE_CHAIN_INCOMPLETE, NOT_TRUSTED),
          // OpenSSL's purpose check ends path validation for a certificate not meant for servers.
          Map.entry(FindingCode.CERTIFICATE_EKU_LACKS_SERVERAUTH, NOT_TRUSTED),
          Map.entry(FindingCode.TLS_HANDSHAKE_FAILED, VALIDATION_FAILURE),
          Map.entry(FindingCode.TLS_CERTIFICATE_MESSAGE_TOO_LARGE, VALIDATION_FAILURE),
          Map.entry(FindingCode.TLS_CHAIN_TOO_LONG, VALIDATION_FAILURE),
          Map.entry(FindingCode.TLS_HANDSHAKE_MESSAGE_TOO_LARGE, VALIDATION_FAILURE),
          // GnuTLS and SunJSSE's PKIX checks abort the handshake on it.
          Map.entry(FindingCode.CERTIFICATE_KEYUSAGE_LACKS_DIGITALSIGNATURE, VALIDATION_FAILURE),
          Map.entry(FindingCode.VALIDATION_FAILURE, VALIDATION_FAILURE),
          Map.entry(FindingCode.TLSA_INVALID, "tlsa-invalid"),
          Map.entry(FindingCode.DNSSEC_INVALID, "dnssec-invalid"),
          Map.entry(FindingCode.DANE_REQUIRED, "dane-required"),
          Map.entry(FindingCode.STS_POLICY_FETCH_ERROR, "sts-policy-fetch-error"),
          Map.entry(FindingCode.STS_POLICY_INVALID, "sts-policy-invalid"),
          Map.entry(FindingCode.STS_WEBPKI_INVALID, "sts-webpki-invalid"),
          // What the sender's report shows of an attack: the failure, not the attacker.
          Map.entry(FindingCode.STARTTLS_STRIPPED_SUSPECTED, "starttls-not-supported"),
          Map.entry(FindingCode.CERTIFICATE_SUBSTITUTED_SUSPECTED, "tlsa-invalid"));

  // certificate-key-changed has none on purpose: a sender checks each session alone and reports
  // no failure for a valid certificate on a new key; only a comparison with history sees it.

  /** The result type for {@code code}, or empty where RFC 8460 has none (e.g. a pass). */
  public static Optional<String> of(FindingCode code) {
    return Optional.ofNullable(TYPES.get(code));
  }
}
