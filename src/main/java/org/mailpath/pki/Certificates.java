package org.mailpath.pki;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;
import org.mailpath.bounds.LocalFileException;

/** Parses DER and PEM certificates with the JDK's X.509 factory. */
public final class Certificates {
  private Certificates() {}

  public static X509Certificate fromDer(byte[] der) throws CertificateException {
    return (X509Certificate) factory().generateCertificate(new ByteArrayInputStream(der));
  }

  /**
   * Every certificate in a PEM file (for --ca-file): a regular file of bounded size; a problem is
   * one sentence naming the file and the line.
   */
  public static List<X509Certificate> fromPemFile(Path file) throws LocalFileException {
    return PemCertificates.read(file);
  }

  private static CertificateFactory factory() throws CertificateException {
    return CertificateFactory.getInstance("X.509");
  }
}
