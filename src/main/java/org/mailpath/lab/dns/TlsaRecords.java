package org.mailpath.lab.dns;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.X509Certificate;
import org.mailpath.lab.pki.LabCertificateAuthority;
import org.mailpath.lab.scenario.LabHost;
import org.mailpath.lab.scenario.ScenarioDefinition;
import org.mailpath.lab.scenario.TlsProfile;
import org.mailpath.lab.scenario.TlsaSpec;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Name;
import org.xbill.DNS.TLSARecord;
import org.xbill.DNS.TextParseException;

/**
 * Computes a scenario's TLSA records from the lab's certificates (RFC 6698 §2.1), so that the
 * records match (or deliberately do not match) what the servers present.
 */
final class TlsaRecords {

  /** RFC 6698 §2.1.2 selector 1: the DER SubjectPublicKeyInfo, which survives reissuing. */
  private static final int SELECTOR_SPKI = 1;

  /** RFC 6698 §2.1.3 matching type 1: SHA-256 of the selected content. */
  private static final int MATCHING_SHA256 = 1;

  private TlsaRecords() {}

  static TLSARecord of(TlsaSpec spec, ScenarioDefinition definition, long ttl) {
    if (spec.selector() != SELECTOR_SPKI || spec.matchingType() != MATCHING_SHA256) {
      throw new IllegalArgumentException("the lab computes only SPKI SHA-256 TLSA data: " + spec);
    }
    try {
      return new TLSARecord(
          Name.fromString(spec.ownerName(), Name.root),
          DClass.IN,
          ttl,
          spec.usage(),
          spec.selector(),
          spec.matchingType(),
          sha256(selected(spec, definition)));
    } catch (TextParseException e) {
      throw new IllegalArgumentException("bad TLSA owner " + spec.ownerName(), e);
    }
  }

  private static byte[] selected(TlsaSpec spec, ScenarioDefinition definition) {
    LabCertificateAuthority ca = LabCertificateAuthority.instance();
    switch (spec.target()) {
      case LEAF_KEY:
        LabHost host = definition.host(spec.hostName());
        TlsProfile tls =
            host.behaviour()
                .starttls()
                .orElseThrow(() -> new IllegalArgumentException(host.name() + " has no TLS"));
        X509Certificate leaf = ca.credentialsFor(host.name(), tls.certificate()).leaf();
        return leaf.getPublicKey().getEncoded();
      case ISSUING_CA_KEY:
        return ca.intermediateCertificate().getPublicKey().getEncoded();
      case NOTHING:
        return ("mailpath lab: a key nobody has, for " + spec.hostName())
            .getBytes(StandardCharsets.US_ASCII);
      default:
        throw new IllegalStateException("unknown TLSA target " + spec.target());
    }
  }

  private static byte[] sha256(byte[] content) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(content);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
