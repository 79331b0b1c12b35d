package org.mailpath.tls;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.tls.AlertDescription;
import org.bouncycastle.tls.HandshakeType;
import org.mailpath.finding.FindingCode;

/**
 * How much of a server's handshake mailpath reads, and what it says when a server sends more.
 * Bouncy Castle enforces both bounds before it buffers the excess; it ends the handshake with its
 * own internal_error alert, whose message tells which bound was hit.
 */
final class HandshakeLimits {
  private HandshakeLimits() {}

  /**
   * RFC 8446 §4.4.2 and RFC 5246 §7.4.2 let a Certificate message run to 2^24-1 octets (16 MiB);
   * real chains are a few KiB, and OpenSSL reads at most 100 KiB. More is broken or hostile.
   */
  static final int MAX_HANDSHAKE_MESSAGE_OCTETS = 256 * 1024;

  /**
   * RFC 8446 §4.4.2 / RFC 5246 §7.4.2: the chain is the leaf and the CAs that certify it; real ones
   * hold two to four certificates, and no sender walks ten.
   */
  static final int MAX_CHAIN_LENGTH = 10;

  /**
   * A bound the server broke.
   *
   * @param code the finding that names it
   * @param summary what happened, in one line: "the server's Certificate message is 5242880 bytes,
   *     more than the 262144 mailpath reads"
   * @param certificates the breach is about the Certificate message, so no certificate was checked
   */
  record Breach(FindingCode code, String summary, boolean certificates) {}

  // Bouncy Castle's TlsProtocol.processHandshakeQueue and Certificate.parse (bctls 1.84) put
  // these words in the TlsFatalAlert that causes the alert; a test with real servers
  // (HostileTlsTraceTest) fails if an upgrade changes them.
  private static final Pattern MESSAGE_TOO_LARGE =
      Pattern.compile(
          "Handshake message length exceeds the maximum: \\w+\\((\\d+)\\), (\\d+) > (\\d+)");
  private static final Pattern CHAIN_TOO_LONG =
      Pattern.compile("Certificate chain longer than maximum \\((\\d+)\\)");

  /** The bound behind an alert mailpath raised, or null when the alert is about something else. */
  static Breach of(short alert, String message, Throwable cause) {
    if (alert != AlertDescription.internal_error) {
      return null;
    }
    String text = message + "; " + (cause == null ? null : cause.getMessage());
    Matcher large = MESSAGE_TOO_LARGE.matcher(text);
    if (large.find()) {
      short type = Short.parseShort(large.group(1));
      boolean certificate = type == HandshakeType.certificate;
      String name = certificate ? "Certificate" : HandshakeType.getName(type);
      return new Breach(
          certificate
              ? FindingCode.TLS_CERTIFICATE_MESSAGE_TOO_LARGE
              : FindingCode.TLS_HANDSHAKE_MESSAGE_TOO_LARGE,
          "the server's %s message is %s bytes, more than the %s mailpath reads"
              .formatted(name, large.group(2), large.group(3)),
          certificate);
    }
    Matcher chain = CHAIN_TOO_LONG.matcher(text);
    if (chain.find()) {
      return new Breach(
          FindingCode.TLS_CHAIN_TOO_LONG,
          "the server's Certificate message holds more than %s certificates, the most mailpath reads"
              .formatted(chain.group(1)),
          true);
    }
    return null;
  }
}
