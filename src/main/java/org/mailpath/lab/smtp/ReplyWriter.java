package org.mailpath.lab.smtp;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * Writes SMTP replies (RFC 5321 §4.2), each after the lab's configured reply delay, so that a demo
 * can show a slow server and a test can measure round trips.
 */
final class ReplyWriter {

  private final Duration delay;
  private OutputStream out;

  ReplyWriter(OutputStream out, Duration delay) {
    this.out = out;
    this.delay = delay;
  }

  /** After STARTTLS, replies go through the TLS stream. */
  void switchTo(OutputStream newOut) {
    this.out = newOut;
  }

  /** A one-line reply: {@code code SP text CRLF}. */
  void reply(int code, String text) throws IOException {
    reply(code, List.of(text));
  }

  /**
   * RFC 5321 §4.2.1: every line but the last is {@code code-text}, the last {@code code SP text}.
   */
  void reply(int code, List<String> lines) throws IOException {
    StringBuilder reply = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      char separator = i == lines.size() - 1 ? ' ' : '-';
      reply.append(code).append(separator).append(lines.get(i)).append("\r\n");
    }
    pause();
    out.write(reply.toString().getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }

  private void pause() throws IOException {
    if (delay.isZero()) {
      return;
    }
    try {
      Thread.sleep(delay.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("lab server stopped while delaying a reply", e);
    }
  }
}
