package org.mailpath.policy.dane;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import org.mailpath.pki.CertificateInfo;

/**
 * The chain as X.509 objects again, from the PEM kept in {@link CertificateInfo} — so DANE can be
 * judged from a stored report, not only during a trace.
 */
public final class PresentedChain {
  private PresentedChain() {}

  public static List<X509Certificate> fromInfos(List<CertificateInfo> infos)
      throws CertificateException {
    CertificateFactory factory = CertificateFactory.getInstance("X.509");
    List<X509Certificate> out = new ArrayList<>();
    for (CertificateInfo info : infos) {
      out.add(
          (X509Certificate)
              factory.generateCertificate(
                  new ByteArrayInputStream(info.pem().getBytes(StandardCharsets.US_ASCII))));
    }
    return List.copyOf(out);
  }
}
