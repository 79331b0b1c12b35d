package org.mailpath.dns;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** DNSSEC trust anchors in zone-file syntax (DS or DNSKEY records), as the validator loads them. */
public final class TrustAnchors {

  private static final String ROOT_RESOURCE = "/dnssec/root-anchors.txt";

  /** A trust-anchor file is a handful of records; anything bigger is not one. */
  static final long MAX_FILE_OCTETS = 64 * 1024;

  private TrustAnchors() {}

  /** IANA's root anchors, shipped as a resource. */
  public static String root() {
    try (InputStream in = TrustAnchors.class.getResourceAsStream(ROOT_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("resource " + ROOT_RESOURCE + " is missing from the build");
      }
      return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The anchors in {@code file} (--trust-anchor). */
  public static String fromFile(Path file) throws IOException {
    if (Files.size(file) > MAX_FILE_OCTETS) {
      throw new IOException(file + " is larger than " + MAX_FILE_OCTETS + " octets");
    }
    return Files.readString(file, StandardCharsets.US_ASCII);
  }
}
