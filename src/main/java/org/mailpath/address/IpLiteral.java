package org.mailpath.address;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * IP addresses written as text, parsed without ever asking DNS: text that is not a literal is
 * refused, never looked up.
 */
public final class IpLiteral {

  // RFC 5321 §4.1.3: IPv4-address-literal = Snum 3("." Snum), Snum = 1*3DIGIT (0-255). No octal,
  // hex or shortened forms such as "127.1", which the BSD parser and java.net would accept.
  private static final Pattern IPV4 =
      Pattern.compile(
          "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
  // RFC 4291 §2.2 text forms, with an embedded IPv4 tail allowed; no zone index.
  private static final Pattern IPV6_CHARACTERS = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

  private IpLiteral() {}

  /** Whether {@code text} is a dotted-quad IPv4 address. */
  public static boolean isIpv4(String text) {
    return text != null && IPV4.matcher(text).matches();
  }

  /** The address {@code text} writes (IPv4 dotted quad or IPv6), or empty; never a DNS query. */
  public static Optional<InetAddress> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    if (isIpv4(text)) {
      return Optional.of(fromLiteral(text));
    }
    if (text.indexOf(':') < 0 || !IPV6_CHARACTERS.matcher(text).matches()) {
      return Optional.empty();
    }
    // With a ':' present, InetAddress parses the text as an IPv6 literal and fails without a
    // lookup when it is not one (a host name cannot contain ':').
    try {
      return Optional.of(InetAddress.getByName(text));
    } catch (UnknownHostException e) {
      return Optional.empty();
    }
  }

  private static InetAddress fromLiteral(String dottedQuad) {
    String[] parts = dottedQuad.split("\\.");
    byte[] bytes = new byte[4];
    for (int i = 0; i < 4; i++) {
      bytes[i] = (byte) Integer.parseInt(parts[i]);
    }
    try {
      return InetAddress.getByAddress(bytes);
    } catch (UnknownHostException e) {
      throw new IllegalStateException("four bytes are always an IPv4 address", e);
    }
  }
}
