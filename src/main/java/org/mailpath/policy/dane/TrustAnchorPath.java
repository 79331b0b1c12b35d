package org.mailpath.policy.dane;

import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import javax.security.auth.x500.X500Principal;
import org.mailpath.text.Faults;

/**
 * For DANE-TA(2): does the chain verify up to the trust anchor the TLSA record named? RFC 7672
 * §3.1.2 and RFC 7671 §5.2: the matched certificate (or key) is the trust anchor, and the server's
 * chain is validated from it as PKIX does (RFC 5280 §6: signatures, issuer names, basicConstraints,
 * validity dates), with no revocation check, as no MTA does one.
 */
final class TrustAnchorPath {
  private TrustAnchorPath() {}

  /** Null when chain[0..anchorPosition-1] validates from the certificate at anchorPosition. */
  static String problemToCertificate(List<X509Certificate> chain, int anchorPosition, Instant now) {
    if (anchorPosition == 0) {
      // The TA is the leaf itself: nothing to chain, but its dates still apply.
      X509Certificate leaf = chain.get(0);
      return within(leaf, now) ? null : "the certificate is expired or not yet valid";
    }
    return validate(
        chain.subList(0, anchorPosition), new TrustAnchor(chain.get(anchorPosition), null), now);
  }

  /** Null when chain[0..signed] validates from a bare public key that signed chain[signed]. */
  static String problemToKey(List<X509Certificate> chain, int signed, PublicKey key, Instant now) {
    X500Principal name = chain.get(signed).getIssuerX500Principal();
    return validate(chain.subList(0, signed + 1), new TrustAnchor(name, key, null), now);
  }

  private static String validate(List<X509Certificate> path, TrustAnchor anchor, Instant now) {
    try {
      PKIXParameters parameters = new PKIXParameters(Set.of(anchor));
      parameters.setRevocationEnabled(false);
      parameters.setDate(Date.from(now));
      CertPathValidator.getInstance("PKIX")
          .validate(CertificateFactory.getInstance("X.509").generateCertPath(path), parameters);
      return null;
    } catch (CertPathValidatorException e) {
      return "the chain does not verify up to the trust anchor: " + Faults.describe(e);
    } catch (GeneralSecurityException e) {
      return "the chain could not be checked: " + Faults.describe(e);
    }
  }

  private static boolean within(X509Certificate certificate, Instant now) {
    return !now.isBefore(certificate.getNotBefore().toInstant())
        && !now.isAfter(certificate.getNotAfter().toInstant());
  }
}
