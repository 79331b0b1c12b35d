package org.mailpath.pki;

import java.security.InvalidAlgorithmParameterException;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertStore;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.PKIXCertPathBuilderResult;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import javax.security.auth.x500.X500Principal;
import org.mailpath.text.Faults;

/** Judges a presented chain: PKIX path to a trusted CA, name of the host, validity dates. */
public final class ChainChecker {
  private ChainChecker() {}

  /**
   * @param chain the certificates as the server sent them, leaf first
   * @param host the name the sender looked for (the MX host) or the IP literal
   * @param trust the CAs to trust
   * @param now the trace's time
   */
  public static ChainVerdict check(
      List<X509Certificate> chain, String host, TrustStore trust, Instant now) {
    X509Certificate leaf = chain.get(0);
    boolean withinValidity =
        !now.isBefore(leaf.getNotBefore().toInstant())
            && !now.isAfter(leaf.getNotAfter().toInstant());
    PathResult path = buildPath(chain, trust, now);
    if (!path.trusted() && !withinValidity) {
      // Judge trust apart from the dates, so an expired certificate from a good CA is reported
      // as expired, not also as untrusted: validate at an instant inside the leaf's validity.
      for (Instant inside :
          List.of(
              leaf.getNotAfter().toInstant().minusSeconds(1),
              leaf.getNotBefore().toInstant().plusSeconds(1))) {
        PathResult inValidity = buildPath(chain, trust, inside);
        if (inValidity.trusted()) {
          path = new PathResult(true, null, inValidity.anchor());
          break;
        }
      }
    }
    String matched = HostnameMatcher.match(CertificateInspector.subjectAltNames(leaf), host);
    return new ChainVerdict(
        path.trusted(),
        path.problem(),
        matched != null,
        matched,
        withinValidity,
        path.anchor(),
        structure(chain, trust, path.trusted()));
  }

  static ChainStructure structure(List<X509Certificate> chain, TrustStore trust, boolean trusted) {
    boolean ordered = true;
    for (int i = 0; i + 1 < chain.size(); i++) {
      if (!chain
          .get(i)
          .getIssuerX500Principal()
          .equals(chain.get(i + 1).getSubjectX500Principal())) {
        ordered = false;
      }
    }
    X509Certificate leaf = chain.get(0);
    boolean leafSelfSigned = CertificateInspector.isSelfSigned(leaf);
    X509Certificate last = chain.get(chain.size() - 1);
    X500Principal lastIssuer = last.getIssuerX500Principal();
    boolean issuerSent =
        chain.stream().anyMatch(c -> c.getSubjectX500Principal().equals(lastIssuer));
    boolean issuerTrusted =
        trust.anchors().stream()
            .anyMatch(
                a ->
                    a.getTrustedCert() != null
                        && a.getTrustedCert().getSubjectX500Principal().equals(lastIssuer));
    boolean incomplete =
        !trusted
            && !leafSelfSigned
            && !CertificateInspector.isSelfSigned(last)
            && !issuerSent
            && !issuerTrusted;
    return new ChainStructure(
        ordered,
        leafSelfSigned,
        incomplete,
        incomplete ? lastIssuer.getName(X500Principal.RFC2253) : null);
  }

  private record PathResult(boolean trusted, String problem, String anchor) {}

  private static PathResult buildPath(List<X509Certificate> chain, TrustStore trust, Instant at) {
    try {
      X509CertSelector target = new X509CertSelector();
      target.setCertificate(chain.get(0));
      PKIXBuilderParameters params = new PKIXBuilderParameters(trust.anchors(), target);
      params.addCertStore(
          CertStore.getInstance("Collection", new CollectionCertStoreParameters(chain)));
      // Revocation is not checked: mail senders do not check it (no CRL/OCSP in RFC 7672, 8461).
      params.setRevocationEnabled(false);
      params.setDate(Date.from(at));
      PKIXCertPathBuilderResult result =
          (PKIXCertPathBuilderResult) CertPathBuilder.getInstance("PKIX").build(params);
      X509Certificate anchor = result.getTrustAnchor().getTrustedCert();
      String anchorName =
          anchor == null
              ? result.getTrustAnchor().getCAName()
              : anchor.getSubjectX500Principal().getName(X500Principal.RFC2253);
      return new PathResult(true, null, anchorName);
    } catch (CertPathBuilderException e) {
      return new PathResult(false, describe(e), null);
    } catch (InvalidAlgorithmParameterException | NoSuchAlgorithmException e) {
      return new PathResult(false, "PKIX check could not run: " + Faults.describe(e), null);
    }
  }

  private static String describe(CertPathBuilderException e) {
    Throwable cause = e;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    String message = cause.getMessage() != null ? cause.getMessage() : e.getMessage();
    if (message != null && message.contains("unable to find valid certification path")) {
      return "no path from the presented chain to a trusted CA";
    }
    return message == null ? "no valid certification path" : Faults.describe(e);
  }
}
