package org.mailpath.policy.sts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mailpath.pki.ChainVerdict;

/** Reads one HTTP/1.x response to an HTTP/1.0 request, bounded in header and body size. */
final class HttpResponseReader {
  private HttpResponseReader() {}

  /**
   * The status line and headers together may take this many bytes. RFC 9112 §2.3 leaves the limit
   * to the recipient; a policy server needs a few hundred, and a hostile one must not make us
   * buffer more.
   */
  static final int MAX_HEADER_BYTES = 16 * 1024;

  // RFC 9112 §4: status-line = HTTP-version SP status-code SP [ reason-phrase ]
  private static final Pattern STATUS_LINE = Pattern.compile("HTTP/1\\.[01] ([0-9]{3})( .*)?");

  static HttpsExchange read(
      InputStream in, int maxBodyBytes, ChainVerdict verdict, List<String> evidence)
      throws IOException {
    String head = readHead(in);
    if (head == null) {
      return HttpsExchange.failed(
          HttpsExchange.Failure.PROTOCOL,
          "the response header is longer than " + MAX_HEADER_BYTES + " bytes or ends early",
          verdict,
          evidence);
    }
    String[] lines = head.split("\r?\n");
    Matcher status = STATUS_LINE.matcher(lines[0]);
    evidence.add(lines[0]);
    if (!status.matches()) {
      return HttpsExchange.failed(
          HttpsExchange.Failure.PROTOCOL,
          "not an HTTP status line: " + lines[0],
          verdict,
          evidence);
    }
    String contentType = null;
    String location = null;
    long contentLength = -1;
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      if (colon <= 0) {
        continue;
      }
      String name = lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT);
      String value = lines[i].substring(colon + 1).strip();
      switch (name) {
        case "content-type" -> {
          contentType = value;
          evidence.add(lines[i]);
        }
        case "location" -> {
          location = value;
          evidence.add(lines[i]);
        }
        case "content-length" -> {
          evidence.add(lines[i]);
          try {
            contentLength = Long.parseLong(value);
          } catch (NumberFormatException e) {
            return HttpsExchange.failed(
                HttpsExchange.Failure.PROTOCOL,
                "malformed Content-Length: " + value,
                verdict,
                evidence);
          }
        }
        case "transfer-encoding" -> {
          // RFC 9112 §6.1: a server MUST NOT send Transfer-Encoding in answer to HTTP/1.0.
          evidence.add(lines[i]);
          return HttpsExchange.failed(
              HttpsExchange.Failure.PROTOCOL,
              "Transfer-Encoding in answer to an HTTP/1.0 request",
              verdict,
              evidence);
        }
        default -> {}
      }
    }
    int code = Integer.parseInt(status.group(1));
    if (contentLength > maxBodyBytes) {
      // Announced too long: do not read a byte of it.
      return new HttpsExchange(
          null, null, verdict, code, contentType, location, null, true, evidence);
    }
    long want = contentLength >= 0 ? contentLength : (long) maxBodyBytes + 1;
    byte[] body = in.readNBytes((int) Math.min(want, (long) maxBodyBytes + 1));
    boolean truncated = body.length > maxBodyBytes;
    if (truncated) {
      body = java.util.Arrays.copyOf(body, maxBodyBytes);
    }
    return new HttpsExchange(
        null, null, verdict, code, contentType, location, body, truncated, evidence);
  }

  /** The bytes up to the empty line, or null if there is none within the bound. */
  private static String readHead(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int previous = -1;
    int beforePrevious = -1;
    while (head.size() < MAX_HEADER_BYTES) {
      int b = in.read();
      if (b < 0) {
        return null;
      }
      // RFC 9112 §2.2: a recipient MAY accept a bare LF as a line terminator.
      if (b == '\n' && (previous == '\n' || (previous == '\r' && beforePrevious == '\n'))) {
        return head.toString(StandardCharsets.ISO_8859_1).strip();
      }
      head.write(b);
      beforePrevious = previous;
      previous = b;
    }
    return null;
  }
}
