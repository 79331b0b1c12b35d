package org.mailpath.trace;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** A real TCP server on loopback that misbehaves the way one test says. */
public final class HostileServer implements AutoCloseable {

  /** What the server does with one accepted connection. */
  public interface Behaviour {
    void serve(Socket socket, InputStream in, OutputStream out)
        throws IOException, InterruptedException;
  }

  private final ServerSocket server;
  private final Thread thread;

  public HostileServer(Behaviour behaviour) throws IOException {
    this(InetAddress.getLoopbackAddress(), behaviour);
  }

  /** Listens on {@code address} (127.0.0.1 or ::1), on a port of the system's choosing. */
  public HostileServer(InetAddress address, Behaviour behaviour) throws IOException {
    server = new ServerSocket(0, 10, address);
    thread =
        new Thread(
            () -> {
              while (!server.isClosed()) {
                try {
                  Socket s = server.accept();
                  Thread worker = new Thread(() -> serve(behaviour, s), "hostile-connection");
                  worker.setDaemon(true);
                  worker.start();
                } catch (IOException e) {
                  // The server was closed at the end of the test.
                }
              }
            },
            "hostile-server");
    thread.setDaemon(true);
    thread.start();
  }

  private static void serve(Behaviour behaviour, Socket socket) {
    try (socket) {
      behaviour.serve(socket, socket.getInputStream(), socket.getOutputStream());
    } catch (IOException | InterruptedException e) {
      // The client went away or the test ended.
    }
  }

  public int port() {
    return server.getLocalPort();
  }

  public static void send(OutputStream out, String text) throws IOException {
    out.write(text.getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
  }

  /** Reads one command line from the client (bounded, for tests). */
  public static String readLine(InputStream in) throws IOException {
    StringBuilder line = new StringBuilder();
    int b;
    while ((b = in.read()) >= 0 && b != '\n' && line.length() < 1000) {
      line.append((char) b);
    }
    return line.toString().strip();
  }

  /** Greets, answers EHLO offering STARTTLS, accepts STARTTLS; the rest is up to the caller. */
  public static void upToStartTls(InputStream in, OutputStream out) throws IOException {
    send(out, "220 hostile.invalid ESMTP\r\n");
    readLine(in);
    send(out, "250-hostile.invalid\r\n250 STARTTLS\r\n");
    readLine(in);
    send(out, "220 2.0.0 Ready to start TLS\r\n");
  }

  @Override
  public void close() throws IOException {
    server.close();
  }
}
