package org.mailpath.policy.dane;

import java.io.IOException;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.mailpath.pki.CertificateInspector;
import org.mailpath.pki.HostnameMatcher;
import org.mailpath.policy.dane.DaneResult.Match;
import org.mailpath.policy.dane.DaneResult.RecordVerdict;
import org.mailpath.policy.dane.DaneResult.Status;

/** Authenticates a presented chain with a TLSA RRset, as an SMTP client does (RFC 7672 §3). */
public final class DaneVerifier {
  private DaneVerifier() {}

  /**
   * @param rrset the TLSA records at the TLSA base domain, as the engine found them
   * @param chain the server's certificates as sent, leaf first
   * @param referenceIdentifiers the names the leaf may bear for DANE-TA(2): RFC 7672 §3.2, the TLSA
   *     base domain and the MX host name (see {@link TlsaNames#referenceIdentifiers})
   * @param now the trace's time
   */
  public static DaneResult verify(
      List<TlsaRecord> rrset,
      List<X509Certificate> chain,
      List<String> referenceIdentifiers,
      Instant now) {
    List<RecordVerdict> verdicts = new ArrayList<>();
    Match match = null;
    boolean anyUsable = false;
    for (int i = 0; i < rrset.size(); i++) {
      TlsaRecord record = rrset.get(i);
      String unusable = TlsaUsability.unusableReason(record);
      if (unusable != null) {
        verdicts.add(new RecordVerdict(record, false, unusable));
        continue;
      }
      anyUsable = true;
      Outcome outcome =
          record.usage() == TlsaUsability.DANE_EE
              ? daneEe(record, chain)
              : daneTa(record, chain, referenceIdentifiers, now);
      verdicts.add(new RecordVerdict(record, true, outcome.text()));
      if (outcome.position() >= 0 && match == null) {
        match = new Match(i, record, outcome.position());
      }
    }
    if (match != null) {
      return new DaneResult(
          Status.MATCH,
          match,
          verdicts,
          "TLSA record "
              + match.record().usage()
              + " "
              + match.record().selector()
              + " "
              + match.record().matchingType()
              + " matches the certificate at position "
              + match.certificatePosition());
    }
    if (!anyUsable) {
      return new DaneResult(
          Status.NO_USABLE_RECORDS,
          null,
          verdicts,
          rrset.size()
              + " TLSA record(s), none usable: TLS is still required, but unauthenticated (RFC 7672"
              + " §2.2)");
    }
    return new DaneResult(
        Status.NO_MATCH,
        null,
        verdicts,
        "no usable TLSA record matches the server's certificate chain");
  }

  private record Outcome(int position, String text) {}

  // RFC 7672 §3.1.1 and RFC 7671 §5.1: DANE-EE(3) matches the leaf alone; its names and validity
  // dates are not checked, since the TLSA record itself binds the key to the host.
  private static Outcome daneEe(TlsaRecord record, List<X509Certificate> chain) {
    if (TlsaMatcher.matches(record, chain.get(0))) {
      return new Outcome(
          0, "DANE-EE: matches the leaf certificate (names and dates not checked, RFC 7671 §5.1)");
    }
    return new Outcome(-1, "DANE-EE: does not match the leaf certificate");
  }

  // RFC 7672 §3.1.2: DANE-TA(2) names a trust anchor that the server is expected to send in its
  // chain; any certificate of the chain as sent may be it. The chain must verify up to it, and
  // the leaf must bear a reference identifier (RFC 7672 §3.2).
  private static Outcome daneTa(
      TlsaRecord record, List<X509Certificate> chain, List<String> names, Instant now) {
    String firstProblem = null;
    for (int k = 0; k < chain.size(); k++) {
      if (!TlsaMatcher.matches(record, chain.get(k))) {
        continue;
      }
      String problem = TrustAnchorPath.problemToCertificate(chain, k, now);
      if (problem == null) {
        problem = nameProblem(chain.get(0), names);
      }
      if (problem == null) {
        return new Outcome(
            k,
            "DANE-TA: the certificate at position "
                + k
                + " is the trust anchor; chain and name verify");
      }
      firstProblem =
          firstProblem == null
              ? "DANE-TA: matches the certificate at position " + k + ", but " + problem
              : firstProblem;
    }
    if (firstProblem != null) {
      return new Outcome(-1, firstProblem);
    }
    // RFC 6698 §2.1.2: with selector 1 and matching type 0 the record carries the whole public
    // key, so a trust anchor the server did not send can still be checked by its signature.
    if (record.selector() == 1 && record.matchingType() == 0) {
      return bareKey(record, chain, names, now);
    }
    return new Outcome(-1, "DANE-TA: matches no certificate of the chain as sent");
  }

  private static Outcome bareKey(
      TlsaRecord record, List<X509Certificate> chain, List<String> names, Instant now) {
    PublicKey key;
    try {
      key = new JcaPEMKeyConverter().getPublicKey(SubjectPublicKeyInfo.getInstance(record.data()));
    } catch (IOException | IllegalArgumentException e) {
      return new Outcome(-1, "DANE-TA: the association data is not a public key");
    }
    // The key may have signed any certificate of the chain (a server may append certificates
    // above the one its trust anchor signed); try from the top down.
    String firstProblem = null;
    for (int signed = chain.size() - 1; signed >= 0; signed--) {
      String problem = TrustAnchorPath.problemToKey(chain, signed, key, now);
      if (problem == null) {
        problem = nameProblem(chain.get(0), names);
        if (problem == null) {
          return new Outcome(
              signed + 1,
              "DANE-TA: the public key in the record signed the certificate at position "
                  + signed
                  + "; chain and name verify");
        }
      }
      firstProblem = firstProblem == null ? problem : firstProblem;
    }
    return new Outcome(-1, "DANE-TA: matches no certificate sent, and " + firstProblem);
  }

  private static String nameProblem(X509Certificate leaf, List<String> names) {
    List<String> sans = CertificateInspector.describe(0, leaf).subjectAltNames();
    for (String name : names) {
      if (HostnameMatcher.match(sans, name) != null) {
        return null;
      }
    }
    return "the leaf certificate names none of " + names + " (RFC 7672 §3.2)";
  }
}
