package org.mailpath.lab;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.tls.TlsClient;
import org.bouncycastle.tls.TlsClientProtocol;

/** A minimal SMTP client for tests: reads replies octet by octet so STARTTLS can follow. */
final class SmtpTestClient implements AutoCloseable {

  /** Lab replies come at once; anything slower than this is a failure. */
  private static final int READ_TIMEOUT_MILLIS = 5_000;

  private final Socket socket;
  private InputStream in;
  private OutputStream out;
  private TlsClientProtocol tls;

  private SmtpTestClient(Socket socket) throws IOException {
    this.socket = socket;
    this.in = socket.getInputStream();
    this.out = socket.getOutputStream();
  }

  static SmtpTestClient connect(InetAddress address, int port) throws IOException {
    Socket socket = new Socket();
    socket.connect(new InetSocketAddress(address, port), READ_TIMEOUT_MILLIS);
    socket.setSoTimeout(READ_TIMEOUT_MILLIS);
    return new SmtpTestClient(socket);
  }

  /** Every line of the next reply (RFC 5321 §4.2.1: the last has a space after the code). */
  List<String> readReply() throws IOException {
    List<String> lines = new ArrayList<>();
    while (true) {
      String line = readLine();
      lines.add(line);
      if (line.length() < 4 || line.charAt(3) != '-') {
        return lines;
      }
    }
  }

  List<String> command(String line) throws IOException {
    send(line);
    return readReply();
  }

  void send(String line) throws IOException {
    out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }

  /** Sends STARTTLS, expects 220, and runs the TLS handshake with {@code client}. */
  TlsClientProtocol startTls(TlsClient client) throws IOException {
    List<String> reply = command("STARTTLS");
    if (!reply.get(0).startsWith("220")) {
      throw new IOException("STARTTLS refused: " + reply);
    }
    tls = new TlsClientProtocol(socket.getInputStream(), socket.getOutputStream());
    tls.connect(client);
    in = tls.getInputStream();
    out = tls.getOutputStream();
    return tls;
  }

  /** True when the server has closed its side (the next read sees end of stream). */
  boolean serverClosed() throws IOException {
    return in.read() == -1;
  }

  private String readLine() throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int octet;
    while ((octet = in.read()) != '\n') {
      if (octet == -1) {
        throw new IOException("connection closed after " + line);
      }
      line.write(octet);
    }
    String text = line.toString(StandardCharsets.US_ASCII);
    return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
