package org.mailpath.lab.dns;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.BindException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.Arrays;
import java.util.Optional;
import org.mailpath.lab.net.ConnectionPool;

/**
 * The lab's authoritative DNS server on 127.0.0.1: UDP and TCP on the same ephemeral port (RFC 7766
 * §5: TCP support is required of every DNS server).
 */
public final class LabDnsServer implements AutoCloseable {

  /** If the TCP side of a freshly chosen UDP port is taken, try another port this often. */
  private static final int BIND_ATTEMPTS = 10;

  /** Queries are tiny; 4096 octets covers any sane query with EDNS options, and bounds reads. */
  static final int MAX_QUERY_LENGTH = 4096;

  /** RFC 7766 §6.2.3: servers close idle TCP connections after a few seconds. */
  private static final int TCP_IDLE_TIMEOUT_MILLIS = 10_000;

  /** RFC 7766 §6.2.1 allows many queries per connection; the lab caps them to bound a session. */
  private static final int MAX_QUERIES_PER_TCP_CONNECTION = 100;

  /** A lab serves one user: a few dozen concurrent TCP clients is plenty. */
  private static final int MAX_TCP_CONNECTIONS = 32;

  private final DnsResponder responder;
  private final DatagramSocket udp;
  private final ServerSocket tcp;
  private final ConnectionPool pool = new ConnectionPool("lab-dns-tcp", MAX_TCP_CONNECTIONS);
  private volatile boolean closed;

  private LabDnsServer(DnsResponder responder, DatagramSocket udp, ServerSocket tcp) {
    this.responder = responder;
    this.udp = udp;
    this.tcp = tcp;
  }

  /** Binds UDP and TCP on one free port of 127.0.0.1 and starts answering from {@code zone}. */
  public static LabDnsServer start(LabZone zone) throws IOException {
    InetAddress loopback = InetAddress.getLoopbackAddress();
    IOException lastFailure = null;
    for (int attempt = 0; attempt < BIND_ATTEMPTS; attempt++) {
      DatagramSocket udp = new DatagramSocket(new InetSocketAddress(loopback, 0));
      ServerSocket tcp = new ServerSocket();
      try {
        tcp.bind(new InetSocketAddress(loopback, udp.getLocalPort()));
        LabDnsServer server = new LabDnsServer(new DnsResponder(zone), udp, tcp);
        ConnectionPool.startLoop("lab-dns-udp", server::serveUdp);
        ConnectionPool.startLoop("lab-dns-tcp-accept", server::acceptTcp);
        return server;
      } catch (IOException bindFailed) {
        udp.close();
        tcp.close();
        if (!(bindFailed instanceof BindException)) {
          throw bindFailed;
        }
        lastFailure = bindFailed;
      }
    }
    throw lastFailure;
  }

  /** Where to send queries: 127.0.0.1 and the shared UDP/TCP port. */
  public InetSocketAddress address() {
    return new InetSocketAddress(udp.getLocalAddress(), udp.getLocalPort());
  }

  private void serveUdp() {
    byte[] buffer = new byte[MAX_QUERY_LENGTH];
    while (!closed) {
      DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
      try {
        udp.receive(packet);
        byte[] query = Arrays.copyOf(packet.getData(), packet.getLength());
        Optional<byte[]> answer = responder.answer(query, true);
        if (answer.isPresent()) {
          udp.send(
              new DatagramPacket(answer.get(), answer.get().length, packet.getSocketAddress()));
        }
      } catch (IOException | RuntimeException e) {
        if (closed) {
          return;
        }
        // One bad packet or failed send must not stop the server; go on with the next one.
      }
    }
  }

  private void acceptTcp() {
    while (!closed) {
      try {
        Socket connection = tcp.accept();
        pool.serve(connection, () -> serveTcp(connection));
      } catch (IOException e) {
        if (closed) {
          return;
        }
      }
    }
  }

  private void serveTcp(Socket connection) {
    try (connection) {
      connection.setSoTimeout(TCP_IDLE_TIMEOUT_MILLIS);
      DataInputStream in = new DataInputStream(connection.getInputStream());
      DataOutputStream out = new DataOutputStream(connection.getOutputStream());
      for (int i = 0; i < MAX_QUERIES_PER_TCP_CONNECTION; i++) {
        int length = in.readUnsignedShort(); // RFC 1035 §4.2.2: two-octet length prefix
        if (length > MAX_QUERY_LENGTH) {
          return; // no real query is this long: drop the connection rather than read it
        }
        byte[] query = in.readNBytes(length);
        if (query.length < length) {
          return;
        }
        Optional<byte[]> answer = responder.answer(query, false);
        if (answer.isEmpty()) {
          return;
        }
        out.writeShort(answer.get().length);
        out.write(answer.get());
        out.flush();
      }
    } catch (EOFException | SocketException clientLeft) {
      // the client closed or reset the connection: normal end of a TCP DNS session
    } catch (IOException | RuntimeException e) {
      // timeout or garbage: this connection ends, the server goes on
    }
  }

  @Override
  public void close() {
    closed = true;
    udp.close();
    ConnectionPool.closeQuietly(tcp);
    pool.close();
  }
}
