package org.mailpath.pki;

import java.io.IOException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;

/** Reads the extensions of {@link CertificateDetails} with Bouncy Castle's ASN.1 parser. */
final class ExtensionReader {

  // RFC 6962 §3.3: the SCT list extension.
  private static final String SCT_LIST_OID = "1.3.6.1.4.1.11129.2.4.2";
  // RFC 7633 §6: the TLS feature extension ("must staple" when it lists status_request, 5).
  private static final String TLS_FEATURE_OID = "1.3.6.1.5.5.7.1.24";
  private static final int STATUS_REQUEST = 5;

  /** RFC 6962 §3.3 bounds the list by its 16-bit length; no certificate carries this many. */
  private static final int MAX_SCTS = 64;

  private ExtensionReader() {}

  static CertificateDetails read(X509Certificate cert) {
    List<String> ocsp = new ArrayList<>();
    List<String> issuers = new ArrayList<>();
    byte[] aia = cert.getExtensionValue(Extension.authorityInfoAccess.getId());
    if (aia != null) {
      try {
        AuthorityInformationAccess access = AuthorityInformationAccess.getInstance(unwrap(aia));
        for (AccessDescription d : access.getAccessDescriptions()) {
          if (d.getAccessLocation().getTagNo() != GeneralName.uniformResourceIdentifier) {
            continue;
          }
          String uri = d.getAccessLocation().getName().toString();
          if (d.getAccessMethod().equals(AccessDescription.id_ad_ocsp)) {
            ocsp.add(uri);
          } else if (d.getAccessMethod().equals(AccessDescription.id_ad_caIssuers)) {
            issuers.add(uri);
          }
        }
      } catch (RuntimeException e) {
        issuers.add("unparseable authorityInfoAccess");
      }
    }
    int pathLen = cert.getBasicConstraints();
    Integer pathLength = pathLen >= 0 && pathLen != Integer.MAX_VALUE ? pathLen : null;
    return new CertificateDetails(ocsp, issuers, countScts(cert), pathLength, mustStaple(cert));
  }

  private static ASN1Primitive unwrap(byte[] extensionValue) {
    try {
      return ASN1Primitive.fromByteArray(ASN1OctetString.getInstance(extensionValue).getOctets());
    } catch (IOException e) {
      throw new IllegalArgumentException("malformed extension", e);
    }
  }

  /** The SCT list is a TLS-encoded vector of 16-bit-length-prefixed SCTs inside an OCTET STRING. */
  private static int countScts(X509Certificate cert) {
    byte[] value = cert.getExtensionValue(SCT_LIST_OID);
    if (value == null) {
      return 0;
    }
    try {
      byte[] list = ASN1OctetString.getInstance(unwrap(value)).getOctets();
      int total = ((list[0] & 0xff) << 8) | (list[1] & 0xff);
      int offset = 2;
      int count = 0;
      while (offset + 2 <= Math.min(list.length, total + 2) && count < MAX_SCTS) {
        int length = ((list[offset] & 0xff) << 8) | (list[offset + 1] & 0xff);
        offset += 2 + length;
        count++;
      }
      return count;
    } catch (RuntimeException e) {
      return 0;
    }
  }

  private static boolean mustStaple(X509Certificate cert) {
    byte[] value = cert.getExtensionValue(TLS_FEATURE_OID);
    if (value == null) {
      return false;
    }
    try {
      // SEQUENCE OF INTEGER; 5 is status_request (RFC 6066 §8).
      for (var feature : ASN1Sequence.getInstance(unwrap(value))) {
        if (ASN1Integer.getInstance(feature).hasValue(STATUS_REQUEST)) {
          return true;
        }
      }
      return false;
    } catch (RuntimeException e) {
      return false;
    }
  }
}
