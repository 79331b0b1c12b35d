package org.mailpath.smtp;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.mailpath.bounds.Deadline;
import org.mailpath.fuzz.Fuzzing;
import org.mailpath.text.HiddenCharacters;

/** What a hostile SMTP server may send: any bytes where a reply is due. */
class SmtpReplyFuzzTest {

  /** The most bytes one reply may take: every line at its bound, plus its LF. */
  private static final int MAX_REPLY_BYTES =
      ReplyReader.MAX_LINES * (ReplyReader.MAX_LINE_OCTETS + 1);

  /**
   * A reply is read, or the server is told off with an IOException (SmtpProtocolException or EOF);
   * nothing else. A reply has a real reply code in ASCII digits, at most MAX_LINES lines, no hidden
   * characters, and the reader never takes a byte past its last LF (RFC 3207 §4: the TLS
   * handshake's bytes follow).
   */
  @FuzzTest(maxDuration = Fuzzing.MAX_DURATION)
  void read_anyBytes_boundedReplyOrProtocolError(byte[] wire) {
    ByteArrayInputStream in = new ByteArrayInputStream(wire);
    List<String> transcript = new ArrayList<>();
    ReplyReader reader = new ReplyReader(in, deadline -> {}, transcript::add);
    SmtpReply reply;
    try {
      reply = reader.read(Deadline.after(Duration.ofSeconds(5)));
    } catch (SmtpProtocolException | EOFException expected) {
      assertThat(wire.length - in.available()).isLessThanOrEqualTo(MAX_REPLY_BYTES + 1);
      transcript.forEach(HiddenCharacters::assertNone);
      return;
    } catch (IOException e) {
      throw new AssertionError("only protocol errors and EOF are expected", e);
    }
    int consumed = wire.length - in.available();
    assertThat(consumed).isLessThanOrEqualTo(MAX_REPLY_BYTES);
    assertThat(wire[consumed - 1]).isEqualTo((byte) '\n');
    // RFC 5321 §4.2: Reply-code = %x32-35 %x30-35 %x30-39, ASCII digits on every line
    assertThat(SmtpReply.isValidCode(reply.code())).isTrue();
    String head = new String(wire, 0, consumed, StandardCharsets.ISO_8859_1);
    for (String line : head.split("\n")) {
      assertThat(line).startsWith(Integer.toString(reply.code()));
    }
    assertThat(reply.lines()).hasSizeBetween(1, ReplyReader.MAX_LINES);
    assertThat(transcript).hasSize(reply.lines().size());
    reply.lines().forEach(HiddenCharacters::assertNone);
    transcript.forEach(HiddenCharacters::assertNone);
    EhloCapabilities.of(reply).forEach(HiddenCharacters::assertNone);
  }

  /**
   * A keyword counts as offered only when a capability line's first word is that keyword in ASCII,
   * compared case-insensitively in ASCII (RFC 5321 §4.1.1.1: ehlo-keyword is ALPHA / DIGIT / "-";
   * §2.4: verbs and keywords are case-insensitive). No Unicode case mapping may turn "ſtarttls"
   * (U+017F) or "pıpelining" (U+0131) into a keyword a real MTA would not see.
   */
  @FuzzTest(maxDuration = Fuzzing.MAX_DURATION)
  void offers_anyEhloLines_onlyAsciiKeywordMatches(byte[] lines) {
    List<String> capabilities =
        List.of(new String(lines, StandardCharsets.UTF_8).split("\n", ReplyReader.MAX_LINES));
    for (String keyword : List.of("STARTTLS", "PIPELINING", "SIZE", "REQUIRETLS", "8BITMIME")) {
      boolean expected = capabilities.stream().anyMatch(c -> firstWordIs(c, keyword));
      assertThat(EhloCapabilities.offers(capabilities, keyword))
          .as("%s offered by %s", keyword, capabilities)
          .isEqualTo(expected);
    }
  }

  private static boolean firstWordIs(String capability, String keyword) {
    String line = capability.strip();
    int end = 0;
    while (end < line.length() && " \t=".indexOf(line.charAt(end)) < 0) {
      end++;
    }
    if (end != keyword.length()) {
      return false;
    }
    for (int i = 0; i < end; i++) {
      char c = line.charAt(i);
      char upper = c >= 'a' && c <= 'z' ? (char) (c - 'a' + 'A') : c;
      if (upper != keyword.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
