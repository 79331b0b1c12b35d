package org.mailpath.pki;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.security.auth.x500.X500Principal;
import org.mailpath.text.Faults;

/** Reads the fields a mail administrator needs from each certificate of a chain. */
public final class CertificateInspector {

  // RFC 5280 §4.2.1.3: the bit order of KeyUsage.
  private static final String[] KEY_USAGE_BITS = {
    "digitalSignature",
    "nonRepudiation",
    "keyEncipherment",
    "dataEncipherment",
    "keyAgreement",
    "keyCertSign",
    "cRLSign",
    "encipherOnly",
    "decipherOnly"
  };
  // RFC 5280 §4.2.1.12 and RFC 9336.
  private static final Map<String, String> EKU_NAMES =
      Map.of(
          "1.3.6.1.5.5.7.3.1", "serverAuth",
          "1.3.6.1.5.5.7.3.2", "clientAuth",
          "1.3.6.1.5.5.7.3.3", "codeSigning",
          "1.3.6.1.5.5.7.3.4", "emailProtection",
          "1.3.6.1.5.5.7.3.8", "timeStamping",
          "1.3.6.1.5.5.7.3.9", "OCSPSigning",
          "2.5.29.37.0", "anyExtendedKeyUsage");
  // RFC 5280 §4.2.1.6: GeneralName tags.
  private static final int SAN_DNS = 2;
  private static final int SAN_IP = 7;

  private CertificateInspector() {}

  public static List<CertificateInfo> describe(List<X509Certificate> chain) {
    List<CertificateInfo> out = new ArrayList<>();
    for (int i = 0; i < chain.size(); i++) {
      out.add(describe(i, chain.get(i)));
    }
    return out;
  }

  public static CertificateInfo describe(int position, X509Certificate cert) {
    PublicKey key = cert.getPublicKey();
    return new CertificateInfo(
        position,
        cert.getSubjectX500Principal().getName(X500Principal.RFC2253),
        cert.getIssuerX500Principal().getName(X500Principal.RFC2253),
        cert.getSerialNumber().toString(16),
        cert.getNotBefore().toInstant(),
        cert.getNotAfter().toInstant(),
        subjectAltNames(cert),
        key.getAlgorithm(),
        keyBits(key),
        cert.getSigAlgName(),
        keyUsage(cert),
        extendedKeyUsage(cert),
        cert.getBasicConstraints() >= 0,
        isSelfSigned(cert),
        ExtensionReader.read(cert),
        fingerprint(cert),
        pem(cert));
  }

  /** Names of the keyUsage bits set, or null when the extension is absent. */
  public static List<String> keyUsage(X509Certificate cert) {
    boolean[] bits = cert.getKeyUsage();
    if (bits == null) {
      return null;
    }
    List<String> names = new ArrayList<>();
    for (int i = 0; i < bits.length && i < KEY_USAGE_BITS.length; i++) {
      if (bits[i]) {
        names.add(KEY_USAGE_BITS[i]);
      }
    }
    return names;
  }

  static List<String> extendedKeyUsage(X509Certificate cert) {
    try {
      List<String> oids = cert.getExtendedKeyUsage();
      return oids == null ? null : oids.stream().map(o -> EKU_NAMES.getOrDefault(o, o)).toList();
    } catch (CertificateParsingException e) {
      return List.of("unparseable: " + Faults.describe(e));
    }
  }

  static List<String> subjectAltNames(X509Certificate cert) {
    List<String> names = new ArrayList<>();
    try {
      var sans = cert.getSubjectAlternativeNames();
      if (sans != null) {
        for (List<?> san : sans) {
          int tag = (Integer) san.get(0);
          if (tag == SAN_DNS) {
            names.add("DNS:" + san.get(1));
          } else if (tag == SAN_IP) {
            names.add("IP:" + san.get(1));
          }
        }
      }
    } catch (CertificateParsingException e) {
      names.add("unparseable: " + Faults.describe(e));
    }
    return names;
  }

  static int keyBits(PublicKey key) {
    if (key instanceof RSAPublicKey rsa) {
      return rsa.getModulus().bitLength();
    }
    if (key instanceof ECPublicKey ec) {
      return ec.getParams().getCurve().getField().getFieldSize();
    }
    if ("Ed25519".equals(key.getAlgorithm()) || "EdDSA".equals(key.getAlgorithm())) {
      return 256;
    }
    return 0;
  }

  static boolean isSelfSigned(X509Certificate cert) {
    if (!cert.getSubjectX500Principal().equals(cert.getIssuerX500Principal())) {
      return false;
    }
    try {
      cert.verify(cert.getPublicKey());
      return true;
    } catch (Exception e) {
      return false;
    }
  }

  static String fingerprint(X509Certificate cert) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(cert.getEncoded());
      return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
    } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
      throw new IllegalStateException(e);
    }
  }

  static String pem(X509Certificate cert) {
    try {
      return "-----BEGIN CERTIFICATE-----\n"
          + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(cert.getEncoded())
          + "\n-----END CERTIFICATE-----\n";
    } catch (CertificateEncodingException e) {
      throw new IllegalStateException(e);
    }
  }
}
