package org.mailpath.pki;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.mailpath.bounds.LocalFile;
import org.mailpath.bounds.LocalFileException;

/**
 * The certificates of a PEM file the user names (--ca-file), read with a bound and parsed block by
 * block, so that a problem is reported with the line it is on. Text outside the blocks (the
 * comments of a CA bundle) and blocks of other kinds are skipped, as OpenSSL does.
 */
final class PemCertificates {
  private PemCertificates() {}

  /**
   * The largest CA file read. Distribution bundles of every public CA are about 200 KiB; 10 MiB
   * leaves room for any private collection and bounds what a mistaken path makes mailpath read.
   */
  static final long MAX_FILE_OCTETS = 10L * 1024 * 1024;

  // RFC 7468 §2 and §5.1: the encapsulation boundaries of a certificate.
  private static final String BEGIN = "-----BEGIN CERTIFICATE-----";
  private static final String END = "-----END CERTIFICATE-----";

  static List<X509Certificate> read(Path file) throws LocalFileException {
    byte[] bytes = LocalFile.read(file, MAX_FILE_OCTETS, "a PEM file of CA certificates");
    // RFC 7468 §2: the textual encoding is ASCII; other bytes can only be outside the blocks.
    String[] lines = new String(bytes, StandardCharsets.ISO_8859_1).split("\r?\n", -1);
    List<X509Certificate> out = new ArrayList<>();
    int begin = -1;
    StringBuilder base64 = new StringBuilder();
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (begin < 0 && line.equals(BEGIN)) {
        begin = i;
        base64.setLength(0);
      } else if (begin >= 0 && line.equals(END)) {
        out.add(certificate(file, begin + 1, base64.toString()));
        begin = -1;
      } else if (begin >= 0) {
        base64.append(line);
      }
    }
    if (begin >= 0) {
      throw new LocalFileException(
          file + " line " + (begin + 1) + ": the certificate that begins here has no END line.");
    }
    if (out.isEmpty()) {
      throw new LocalFileException(
          file + " holds no PEM certificate (a block that begins " + BEGIN + ").");
    }
    return out;
  }

  private static X509Certificate certificate(Path file, int line, String base64)
      throws LocalFileException {
    byte[] der;
    try {
      der = Base64.getDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      throw new LocalFileException(
          file + " line " + line + ": the certificate that begins here is not valid base64.");
    }
    try {
      return Certificates.fromDer(der);
    } catch (CertificateException | RuntimeException e) {
      throw new LocalFileException(
          file
              + " line "
              + line
              + ": the certificate that begins here is not an X.509 certificate.");
    }
  }
}
