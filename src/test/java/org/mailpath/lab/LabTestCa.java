package org.mailpath.lab;

import java.security.cert.X509Certificate;
import org.mailpath.lab.pki.LabCertificateAuthority;

/** The lab CA certificates that tests check signatures and names against. */
final class LabTestCa {

  private LabTestCa() {}

  static X509Certificate issuingCa() {
    return LabCertificateAuthority.instance().intermediateCertificate();
  }
}
