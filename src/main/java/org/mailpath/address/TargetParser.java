package org.mailpath.address;

import com.ibm.icu.text.IDNA;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns what a user typed into a {@link Target}: {@code user@domain}, {@code domain}, {@code
 * [host]:port} or {@code [ip]:port}. Internationalised domains become A-labels.
 */
public final class TargetParser {

  // RFC 1035 §2.3.4: a name is at most 255 octets, 253 characters in text form; a label 63.
  private static final int MAX_NAME_LENGTH = 253;
  private static final int MAX_LABEL_LENGTH = 63;
  // RFC 5321 §4.5.3.1.1: the local part is at most 64 octets.
  private static final int MAX_LOCAL_PART_LENGTH = 64;

  private static final Pattern LDH_LABEL =
      Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?|[a-z0-9]");
  private static final Pattern HOST_TARGET = Pattern.compile("\\[([^\\]]+)\\]:(\\d{1,5})");
  // RFC 3696 §2: a top-level domain is never all-numeric, so a name whose last label is digits
  // is an IP address written without brackets, or a mistyped one; it is never sent to DNS.
  private static final Pattern NUMERIC_LAST_LABEL = Pattern.compile("(.*\\.)?[0-9]+");

  private TargetParser() {}

  public static Target parse(String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidTargetException(
          "No target given: expected user@domain, domain or [host]:port.");
    }
    String input = text.strip();
    if (input.startsWith("[")) {
      return parseHost(input);
    }
    int at = input.lastIndexOf('@');
    if (at >= 0) {
      String local = input.substring(0, at);
      String domain = input.substring(at + 1);
      checkLocalPart(input, local);
      if (domain.isEmpty()) {
        throw new InvalidTargetException("'" + input + "': the domain after @ is empty.");
      }
      if (domain.startsWith("[")) {
        return addressLiteral(input, domain);
      }
      String ascii = toAscii(domain, input);
      return new Target.Mailbox(input, local, ascii, unicode(ascii));
    }
    String ascii = toAscii(input, input);
    return new Target.Domain(input, ascii, unicode(ascii));
  }

  private static void checkLocalPart(String input, String local) {
    if (local.isEmpty()) {
      throw new InvalidTargetException("'" + input + "': the part before @ is empty.");
    }
    // RFC 5321 §4.1.2: Mailbox = Local-part "@" ( Domain / address-literal ); an "@" in the local
    // part is only possible inside a Quoted-string.
    boolean quoted = local.length() >= 2 && local.startsWith("\"") && local.endsWith("\"");
    if (!quoted && local.indexOf('@') >= 0) {
      throw new InvalidTargetException(
          "'"
              + input
              + "' has more than one @: an address has exactly one, between the local part and"
              + " the domain.");
    }
    if (local.length() > MAX_LOCAL_PART_LENGTH) {
      throw new InvalidTargetException(
          "'" + input + "': the local part is longer than 64 characters (RFC 5321 §4.5.3.1.1).");
    }
    if (local.chars().anyMatch(c -> c <= ' ' || c == 0x7f)) {
      throw new InvalidTargetException(
          "'" + input + "': the local part contains spaces or control characters.");
    }
  }

  /**
   * RFC 5321 §4.1.3: {@code user@[192.0.2.1]} or {@code user@[IPv6:2001:db8::1]} names the host
   * itself; a sender delivers there on the SMTP port without an MX lookup (RFC 5321 §5.1), as
   * posttls-finger does for {@code [host]}. The port is the trace's, as for MX hosts.
   */
  private static Target addressLiteral(String input, String domain) {
    if (!domain.endsWith("]") || domain.length() < 3) {
      throw new InvalidTargetException(
          "'"
              + input
              + "': an address literal is written user@[192.0.2.1] or"
              + " user@[IPv6:2001:db8::1].");
    }
    String inner = domain.substring(1, domain.length() - 1);
    if (IpLiteral.isIpv4(inner)) {
      return new Target.Host(input, inner, Target.Host.SMTP_PORT, true);
    }
    if (inner.regionMatches(true, 0, "IPv6:", 0, 5)) {
      String v6 = inner.substring(5);
      if (IpLiteral.parse(v6).isPresent() && v6.indexOf(':') >= 0) {
        return new Target.Host(input, v6.toLowerCase(Locale.ROOT), Target.Host.SMTP_PORT, true);
      }
      throw new InvalidTargetException(
          "'" + input + "': " + v6 + " is not a valid IPv6 address (RFC 4291 §2.2).");
    }
    if (inner.indexOf(':') >= 0 && IpLiteral.parse(inner).isPresent()) {
      throw new InvalidTargetException(
          "'"
              + input
              + "': an IPv6 address literal needs the IPv6: tag (RFC 5321 §4.1.3), e.g."
              + " user@[IPv6:"
              + inner
              + "].");
    }
    throw new InvalidTargetException(
        "'" + input + "': " + inner + " is not a valid IPv4 address (RFC 5321 §4.1.3).");
  }

  private static Target parseHost(String input) {
    var m = HOST_TARGET.matcher(input);
    if (!m.matches()) {
      throw new InvalidTargetException(
          "'" + input + "': a host target is written [host]:port, e.g. [127.0.0.1]:2525.");
    }
    int port = Integer.parseInt(m.group(2));
    if (port < 1 || port > 65535) {
      throw new InvalidTargetException("'" + input + "': the port must be between 1 and 65535.");
    }
    String host = m.group(1);
    if (IpLiteral.isIpv4(host)) {
      return new Target.Host(input, host, port, true);
    }
    if (host.regionMatches(true, 0, "ipv6:", 0, 5)) {
      host = host.substring(5); // RFC 5321 §4.1.3 address-literal form
    }
    if (host.contains(":")) {
      if (IpLiteral.parse(host).isEmpty()) {
        throw new InvalidTargetException(
            "'" + input + "': " + host + " is not a valid IPv6 address (RFC 4291 §2.2).");
      }
      return new Target.Host(input, host.toLowerCase(Locale.ROOT), port, true);
    }
    return new Target.Host(input, toAscii(host, input), port, false);
  }

  // UTS #46 §4 with non-transitional processing (ß, ς, ZWJ/ZWNJ kept, as IDNA 2008 and today's
  // browsers and MTAs do), STD3 rules (letters, digits, hyphen), and the Bidi and CONTEXTJ checks.
  private static final IDNA UTS46 =
      IDNA.getUTS46Instance(
          IDNA.NONTRANSITIONAL_TO_ASCII
              | IDNA.NONTRANSITIONAL_TO_UNICODE
              | IDNA.USE_STD3_RULES
              | IDNA.CHECK_BIDI
              | IDNA.CHECK_CONTEXTJ);

  /** The U-label form of an A-label name, for display. */
  static String unicode(String ascii) {
    StringBuilder out = new StringBuilder();
    UTS46.nameToUnicode(ascii, out, new IDNA.Info());
    return out.toString();
  }

  /** UTS #46: Unicode labels become A-labels; the result must be a valid host name. */
  static String toAscii(String name, String input) {
    String trimmed = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
    StringBuilder out = new StringBuilder();
    IDNA.Info info = new IDNA.Info();
    UTS46.nameToASCII(trimmed, out, info);
    if (info.hasErrors()) {
      throw new InvalidTargetException(
          "'"
              + input
              + "' is not a valid domain name: "
              + IdnaProblems.describe(info.getErrors())
              + ".");
    }
    String ascii = out.toString().toLowerCase(Locale.ROOT);
    if (ascii.isEmpty() || ascii.length() > MAX_NAME_LENGTH) {
      throw new InvalidTargetException("'" + input + "' is not a valid domain name.");
    }
    if (NUMERIC_LAST_LABEL.matcher(ascii).matches()) {
      throw new InvalidTargetException(numericName(input, ascii));
    }
    String[] labels = ascii.split("\\.", -1);
    if (labels.length < 2) {
      throw new InvalidTargetException(
          "'" + input + "': a mail domain needs at least two labels, e.g. example.org.");
    }
    for (String label : labels) {
      if (label.isEmpty()
          || label.length() > MAX_LABEL_LENGTH
          || !LDH_LABEL.matcher(label).matches()) {
        throw new InvalidTargetException(
            "'"
                + input
                + "': '"
                + label
                + "' is not a valid DNS label (letters, digits and inner hyphens, at most 63).");
      }
    }
    return ascii;
  }

  private static String numericName(String input, String ascii) {
    String problem =
        IpLiteral.isIpv4(ascii)
            ? ascii + " is an IP address, not a domain name"
            : ascii
                + " looks like an IP address but is not a valid one, and a domain name never"
                + " ends in an all-numeric label (RFC 3696 §2)";
    String hint =
        input.startsWith("[")
            ? ""
            : input.contains("@")
                ? "; an IP address is written in brackets, e.g. user@[" + ascii + "]"
                : "; a host is written [" + ascii + "]:25";
    return "'" + input + "': " + problem + hint + ".";
  }
}
