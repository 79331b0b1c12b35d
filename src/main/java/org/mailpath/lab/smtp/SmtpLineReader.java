package org.mailpath.lab.smtp;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Reads SMTP command lines one octet at a time, never ahead: before STARTTLS, any octet read past
 * the CRLF would belong to the TLS handshake (RFC 3207 §4.2 forbids pipelining past STARTTLS, but a
 * buffered reader would still swallow a client's ClientHello).
 */
public final class SmtpLineReader {

  /**
   * RFC 5321 §4.5.3.1.4 fixes 512 octets for a command line and lets extensions raise it
   * (§4.5.3.1); the lab accepts up to the 1000-octet text-line limit of §4.5.3.1.6, CRLF included.
   */
  public static final int MAX_LINE_OCTETS = 1000;

  private static final int LF = '\n';

  /** Thrown when a line exceeds {@link #MAX_LINE_OCTETS} before its CRLF arrives. */
  public static final class LineTooLongException extends IOException {
    LineTooLongException() {
      super("command line longer than " + MAX_LINE_OCTETS + " octets");
    }
  }

  private SmtpLineReader() {}

  /**
   * The next line without its CRLF (a bare LF is accepted too), or empty at end of stream. Octets
   * are read as ISO-8859-1 so that no input can fail to decode.
   */
  public static Optional<String> readLine(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int octet;
    while ((octet = in.read()) != -1) {
      if (octet == LF) {
        return Optional.of(withoutTrailingCr(line));
      }
      line.write(octet);
      // The octets so far (a CR among them) plus the LF still to come.
      if (line.size() + 1 > MAX_LINE_OCTETS) {
        throw new LineTooLongException();
      }
    }
    return Optional.empty();
  }

  private static String withoutTrailingCr(ByteArrayOutputStream line) {
    String text = line.toString(StandardCharsets.ISO_8859_1);
    return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
  }
}
