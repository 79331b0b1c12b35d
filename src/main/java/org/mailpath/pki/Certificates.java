package org.mailpath.pki;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

/** Parses DER and PEM certificates with the JDK's X.509 factory. */
public final class Certificates {
  private Certificates() {}

  public static X509Certificate fromDer(byte[] der) throws CertificateException {
    return (X509Certificate) factory().generateCertificate(new ByteArrayInputStream(der));
  }

  /** Every certificate in a PEM file (for --ca-file). */
  public static List<X509Certificate> fromPemFile(Path file)
      throws IOException, CertificateException {
    try (InputStream in = Files.newInputStream(file)) {
      List<X509Certificate> out = new ArrayList<>();
      for (var c : factory().generateCertificates(in)) {
        out.add((X509Certificate) c);
      }
      if (out.isEmpty()) {
        throw new CertificateException("no certificate in " + file);
      }
      return out;
    }
  }

  private static CertificateFactory factory() throws CertificateException {
    return CertificateFactory.getInstance("X.509");
  }
}
