package org.mailpath.smtp;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.function.Consumer;
import org.mailpath.bounds.Deadline;
import org.mailpath.context.Dialer;
import org.mailpath.context.SocketRegistry;

/**
 * One SMTP client connection: sends commands and reads bounded replies, first in clear text and,
 * after STARTTLS, over the streams of a TLS session. Every line both ways goes to the transcript.
 */
public final class SmtpConnection implements Closeable {

  private final Socket socket;
  private final Clock clock;
  private final Consumer<TranscriptLine> transcript;
  private InputStream in;
  private OutputStream out;
  private ReplyReader reader;

  private SmtpConnection(Socket socket, Clock clock, Consumer<TranscriptLine> transcript)
      throws IOException {
    this.socket = socket;
    this.clock = clock;
    this.transcript = transcript;
    useStreams(socket.getInputStream(), socket.getOutputStream());
  }

  /**
   * Connects to {@code address} through {@code dialer} within the deadline. The dialer registers
   * the socket before connecting, so that a cancelled trace closes it at once.
   */
  public static SmtpConnection open(
      Dialer dialer,
      InetSocketAddress address,
      Deadline deadline,
      Clock clock,
      Consumer<TranscriptLine> transcript,
      SocketRegistry sockets)
      throws IOException {
    Socket socket = dialer.dial(address, deadline, sockets);
    try {
      return new SmtpConnection(socket, clock, transcript);
    } catch (IOException e) {
      socket.close();
      throw e;
    }
  }

  public Socket socket() {
    return socket;
  }

  /** Switches the dialogue to the streams of an established TLS session (RFC 3207 §4.2). */
  public void useStreams(InputStream input, OutputStream output) {
    this.in = input;
    this.out = output;
    this.reader = new ReplyReader(in, this::applyTimeout, this::serverLine);
  }

  public SmtpReply readReply(Deadline deadline) throws IOException {
    return reader.read(deadline);
  }

  /** Sends one command line (CRLF appended) and reads the reply. */
  public SmtpReply command(String line, Deadline deadline) throws IOException {
    send(line);
    return readReply(deadline);
  }

  public void send(String line) throws IOException {
    note(TranscriptLine.Direction.CLIENT, line);
    out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }

  /** A remark in the transcript that is not on the wire. */
  public void note(String text) {
    note(TranscriptLine.Direction.NOTE, text);
  }

  private void note(TranscriptLine.Direction direction, String text) {
    transcript.accept(new TranscriptLine(clock.instant(), direction, text));
  }

  private void serverLine(String text) {
    note(TranscriptLine.Direction.SERVER, text);
  }

  private void applyTimeout(Deadline deadline) throws IOException {
    socket.setSoTimeout(deadline.remainingMillisOrThrow());
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
