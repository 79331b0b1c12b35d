package org.mailpath.pki;

import java.util.List;
import org.mailpath.text.RemoteText;

/**
 * Extensions of a certificate that say where to find more and how it is vouched for.
 *
 * @param ocspUrls authorityInfoAccess OCSP responders (RFC 5280 §4.2.2.1)
 * @param caIssuerUrls authorityInfoAccess caIssuers: where the issuer certificate can be fetched
 * @param embeddedScts number of Certificate Transparency SCTs embedded (RFC 6962 §3.3)
 * @param pathLengthConstraint basicConstraints pathLenConstraint, or null (RFC 5280 §4.2.1.9)
 * @param mustStaple the TLS feature extension demands OCSP stapling (RFC 7633)
 */
public record CertificateDetails(
    List<String> ocspUrls,
    List<String> caIssuerUrls,
    int embeddedScts,
    Integer pathLengthConstraint,
    boolean mustStaple) {

  public CertificateDetails {
    // The URLs are remote text: shown, never obeyed (RemoteText).
    ocspUrls = List.copyOf(RemoteText.visible(ocspUrls));
    caIssuerUrls = List.copyOf(RemoteText.visible(caIssuerUrls));
  }
}
