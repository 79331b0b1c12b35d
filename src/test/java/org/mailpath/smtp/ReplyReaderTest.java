package org.mailpath.smtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mailpath.bounds.Deadline;

class ReplyReaderTest {

  private final List<String> seen = new ArrayList<>();

  private SmtpReply read(String wire) throws IOException {
    ByteArrayInputStream in = new ByteArrayInputStream(wire.getBytes(StandardCharsets.UTF_8));
    return new ReplyReader(in, deadline -> {}, seen::add)
        .read(Deadline.after(Duration.ofSeconds(5)));
  }

  @Test
  void read_multiLineReply_collectsEveryLine() throws IOException {
    SmtpReply reply = read("250-mx.example.org\r\n250-PIPELINING\r\n250 STARTTLS\r\n");

    assertThat(reply.code()).isEqualTo(250);
    assertThat(reply.lines()).containsExactly("mx.example.org", "PIPELINING", "STARTTLS");
    assertThat(seen).hasSize(3);
  }

  @Test
  void read_stopsAtEndOfReply_leavingLaterBytesUnread() throws IOException {
    ByteArrayInputStream in =
        new ByteArrayInputStream(
            "220 go ahead\r\n\u0016\u0003\u0001".getBytes(StandardCharsets.ISO_8859_1));

    new ReplyReader(in, d -> {}, seen::add).read(Deadline.after(Duration.ofSeconds(5)));

    assertThat(in.available()).isEqualTo(3);
  }

  @Test
  void read_bareLf_isAccepted() throws IOException {
    assertThat(read("220 hello\n").code()).isEqualTo(220);
  }

  @Test
  void read_garbage_isProtocolError() {
    assertThatThrownBy(() -> read("HTTP/1.1 400 Bad Request\r\n"))
        .isInstanceOf(SmtpProtocolException.class);
  }

  @Test
  void read_overlongLine_isProtocolErrorWithoutReadingItAll() {
    assertThatThrownBy(() -> read("220 " + "x".repeat(10 * ReplyReader.MAX_LINE_OCTETS) + "\r\n"))
        .isInstanceOf(SmtpProtocolException.class)
        .hasMessageContaining("longer than");
  }

  @Test
  void read_endlessContinuation_isProtocolError() {
    assertThatThrownBy(() -> read("250-x\r\n".repeat(ReplyReader.MAX_LINES + 5)))
        .isInstanceOf(SmtpProtocolException.class)
        .hasMessageContaining("lines");
  }

  @Test
  void read_nonAsciiDigits_isProtocolError() {
    assertThatThrownBy(() -> read("\u0662\u0665\u0660 ok\r\n"))
        .isInstanceOf(SmtpProtocolException.class);
  }

  @Test
  void read_codeChangesMidReply_isProtocolError() {
    assertThatThrownBy(() -> read("250-a\r\n550 b\r\n")).isInstanceOf(SmtpProtocolException.class);
  }

  @Test
  void read_closedMidReply_isEof() {
    assertThatThrownBy(() -> read("250-a\r\n250")).isInstanceOf(EOFException.class);
  }

  @Test
  void read_controlCharacters_areShownEscaped() throws IOException {
    SmtpReply reply = read("220 hi\u001b[31mred\r\n");

    assertThat(reply.lines().get(0)).isEqualTo("hi\\x1b[31mred");
  }
}
