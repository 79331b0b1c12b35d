package org.mailpath.lab.attacker;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.mailpath.lab.smtp.SmtpLineReader;

/**
 * One SMTP reply as the attacker relays it: its lines without CRLF, e.g. "250-mx1 greets x", "250
 * STARTTLS".
 */
record SmtpReply(List<String> lines) {

  /** No lab server sends more EHLO lines; this bounds a reply the attacker buffers. */
  static final int MAX_LINES = 100;

  /** RFC 5321 §4.2: three digits, then "-" on every line but the last, which has SP (or ends). */
  private static final int TEXT_START = 4;

  SmtpReply {
    lines = List.copyOf(lines);
  }

  /** A one-line reply the attacker makes up itself. */
  static SmtpReply of(int code, String text) {
    return new SmtpReply(List.of(code + " " + text));
  }

  /** Reads one whole reply, or empty when the server closed the connection first. */
  static Optional<SmtpReply> read(java.io.InputStream in) throws IOException {
    List<String> lines = new ArrayList<>();
    while (lines.size() < MAX_LINES) {
      Optional<String> line = SmtpLineReader.readLine(in);
      if (line.isEmpty()) {
        return Optional.empty();
      }
      lines.add(line.get());
      // RFC 5321 §4.2.1: the last line of a reply has SP (or nothing) after the code.
      if (line.get().length() < TEXT_START || line.get().charAt(3) != '-') {
        return Optional.of(new SmtpReply(lines));
      }
    }
    throw new IOException("reply longer than " + MAX_LINES + " lines");
  }

  /** The reply code, e.g. 250; 0 when the first line does not start with three digits. */
  int code() {
    String first = lines.get(0);
    if (first.length() < 3) {
      return 0;
    }
    try {
      return Integer.parseInt(first.substring(0, 3));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /**
   * RFC 3207 §6: the attack the RFC names, "deleting the '250 STARTTLS' response" from the EHLO
   * reply. The separators are rewritten so that the reply still ends on a "code SP" line.
   */
  SmtpReply withoutCapability(String keyword) {
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String text = lines.get(i).length() < TEXT_START ? "" : lines.get(i).substring(TEXT_START);
      boolean named = text.trim().toUpperCase(Locale.ROOT).equals(keyword);
      if (i == 0 || !named) {
        kept.add(text);
      }
    }
    int code = code();
    List<String> rewritten = new ArrayList<>();
    for (int i = 0; i < kept.size(); i++) {
      rewritten.add(code + (i == kept.size() - 1 ? " " : "-") + kept.get(i));
    }
    return new SmtpReply(rewritten);
  }

  void writeTo(OutputStream out) throws IOException {
    StringBuilder text = new StringBuilder();
    lines.forEach(line -> text.append(line).append("\r\n"));
    out.write(text.toString().getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
  }
}
