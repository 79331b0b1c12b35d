package org.mailpath.smtp;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.mailpath.bounds.Deadline;
import org.mailpath.text.RemoteText;

/**
 * Reads SMTP replies byte by byte, so that nothing after a reply is consumed (the TLS handshake
 * that follows "220 Ready to start TLS" must find its bytes on the socket, RFC 3207 §4). Every
 * reply is bounded in line length, line count and time.
 */
final class ReplyReader {

  // RFC 5321 §4.5.3.1.5: a reply line is at most 512 octets including the CRLF. Real servers
  // exceed it a little; mailpath accepts twice that before calling the reply broken.
  static final int MAX_LINE_OCTETS = 1024;
  // RFC 5321 sets no limit on reply lines; an EHLO reply has one per extension. 100 is ample.
  static final int MAX_LINES = 100;

  private final InputStream in;
  private final TimedInput timing;
  private final Consumer<String> lineSink;

  /** Applies the remaining time of the deadline to the next read. */
  interface TimedInput {
    void beforeRead(Deadline deadline) throws IOException;
  }

  ReplyReader(InputStream in, TimedInput timing, Consumer<String> lineSink) {
    this.in = in;
    this.timing = timing;
    this.lineSink = lineSink;
  }

  SmtpReply read(Deadline deadline) throws IOException {
    List<String> texts = new ArrayList<>();
    int code = -1;
    for (int n = 0; n < MAX_LINES; n++) {
      String line = readLine(deadline);
      lineSink.accept(line);
      // RFC 5321 §4.2: Reply-line = *( Reply-code "-" [ textstring ] CRLF )
      //                 Reply-code [ SP textstring ] CRLF
      if (line.length() < 3 || !isCode(line)) {
        throw new SmtpProtocolException("not an SMTP reply: \"" + abbreviate(line) + "\"");
      }
      int lineCode = Integer.parseInt(line.substring(0, 3));
      if (!SmtpReply.isValidCode(lineCode)) {
        throw new SmtpProtocolException("reply code " + line.substring(0, 3) + " does not exist");
      }
      if (code != -1 && lineCode != code) {
        throw new SmtpProtocolException(
            "reply code changed within a reply: " + code + " then " + lineCode);
      }
      code = lineCode;
      char separator = line.length() > 3 ? line.charAt(3) : ' ';
      texts.add(line.length() > 4 ? line.substring(4) : "");
      if (separator == ' ') {
        return new SmtpReply(code, texts);
      }
      if (separator != '-') {
        throw new SmtpProtocolException(
            "bad separator after reply code: \"" + abbreviate(line) + "\"");
      }
    }
    throw new SmtpProtocolException("reply has more than " + MAX_LINES + " lines");
  }

  private String readLine(Deadline deadline) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(128);
    while (true) {
      timing.beforeRead(deadline);
      int b = in.read();
      if (b < 0) {
        if (bytes.size() > 0) {
          lineSink.accept(
              RemoteText.visible(bytes.toString(StandardCharsets.UTF_8))
                  + " [connection closed mid-line]");
        }
        throw new EOFException("connection closed by the server");
      }
      if (b == '\n') {
        byte[] raw = bytes.toByteArray();
        int length = raw.length > 0 && raw[raw.length - 1] == '\r' ? raw.length - 1 : raw.length;
        // Remote text is data: ESC, CSI, bidi overrides become visible escapes (RemoteText).
        return RemoteText.visible(new String(raw, 0, length, StandardCharsets.UTF_8));
      }
      if (bytes.size() >= MAX_LINE_OCTETS) {
        throw new SmtpProtocolException("reply line longer than " + MAX_LINE_OCTETS + " octets");
      }
      bytes.write(b);
    }
  }

  // RFC 5321 §4.2: Reply-code = %x32-35 %x30-35 %x30-39, ASCII digits. Character.isDigit (and
  // Integer.parseInt) would also take "٢٥٠" (U+0662 U+0665 U+0660) for 250.
  private static boolean isCode(String line) {
    return isAsciiDigit(line.charAt(0))
        && isAsciiDigit(line.charAt(1))
        && isAsciiDigit(line.charAt(2));
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static String abbreviate(String line) {
    return line.length() <= 60 ? line : line.substring(0, 60) + "…";
  }
}
