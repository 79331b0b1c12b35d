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
  private static final Pattern IPV4 =
      Pattern.compile(
          "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
  private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]+");

  private TargetParser() {}

  public static Target parse(String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidTargetException(
          "no target given: expected user@domain, domain or [host]:port");
    }
    String input = text.strip();
    if (input.startsWith("[")) {
      return parseHost(input);
    }
    int at = input.lastIndexOf('@');
    if (at >= 0) {
      String local = input.substring(0, at);
      String domain = input.substring(at + 1);
      if (local.isEmpty()) {
        throw new InvalidTargetException("'" + input + "': the part before @ is empty");
      }
      if (local.length() > MAX_LOCAL_PART_LENGTH) {
        throw new InvalidTargetException(
            "'" + input + "': the local part is longer than 64 characters (RFC 5321 §4.5.3.1.1)");
      }
      if (local.chars().anyMatch(c -> c <= ' ' || c == 0x7f)) {
        throw new InvalidTargetException(
            "'" + input + "': the local part contains spaces or controls");
      }
      if (domain.isEmpty()) {
        throw new InvalidTargetException("'" + input + "': the domain after @ is empty");
      }
      String ascii = toAscii(domain, input);
      return new Target.Mailbox(input, local, ascii, unicode(ascii));
    }
    String ascii = toAscii(input, input);
    return new Target.Domain(input, ascii, unicode(ascii));
  }

  private static Target parseHost(String input) {
    var m = HOST_TARGET.matcher(input);
    if (!m.matches()) {
      throw new InvalidTargetException(
          "'" + input + "': a host target is written [host]:port, e.g. [127.0.0.1]:2525");
    }
    int port = Integer.parseInt(m.group(2));
    if (port < 1 || port > 65535) {
      throw new InvalidTargetException("'" + input + "': port must be between 1 and 65535");
    }
    String host = m.group(1);
    if (IPV4.matcher(host).matches()) {
      return new Target.Host(input, host, port, true);
    }
    if (host.regionMatches(true, 0, "ipv6:", 0, 5)) {
      host = host.substring(5); // RFC 5321 §4.1.3 address-literal form
    }
    if (host.contains(":")) {
      if (!IPV6.matcher(host).matches()) {
        throw new InvalidTargetException("'" + input + "': not a valid IPv6 address");
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
          "'" + input + "': not a valid domain name (UTS #46: " + info.getErrors() + ")");
    }
    String ascii = out.toString().toLowerCase(Locale.ROOT);
    if (ascii.isEmpty() || ascii.length() > MAX_NAME_LENGTH) {
      throw new InvalidTargetException("'" + input + "': not a valid domain name");
    }
    String[] labels = ascii.split("\\.", -1);
    if (labels.length < 2) {
      throw new InvalidTargetException(
          "'" + input + "': a mail domain needs at least two labels, e.g. example.org");
    }
    for (String label : labels) {
      if (label.isEmpty()
          || label.length() > MAX_LABEL_LENGTH
          || !LDH_LABEL.matcher(label).matches()) {
        throw new InvalidTargetException(
            "'" + input + "': '" + label + "' is not a valid DNS label");
      }
    }
    return ascii;
  }
}
