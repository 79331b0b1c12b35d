package org.mailpath.context.proxy;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import org.mailpath.bounds.Deadline;
import org.mailpath.context.Dialer;
import org.mailpath.context.SocketRegistry;
import org.xbill.DNS.EDNSOption;
import org.xbill.DNS.Message;
import org.xbill.DNS.OPTRecord;
import org.xbill.DNS.Resolver;
import org.xbill.DNS.TSIG;

/**
 * Asks one DNS server over TCP (RFC 7766), the connection made by a {@link Dialer}: through a
 * SOCKS5 proxy, DNS then leaves from where the proxy is, as the SMTP connections do. One query per
 * connection, on a blocking socket on the caller's executor.
 */
public final class TcpDnsResolver implements Resolver {

  /** RFC 1035 §4.2.2: a message over TCP is prefixed with its length in two octets. */
  static final int MAX_MESSAGE_BYTES = 65_535;

  /** RFC 6891 §6.2.5: a payload size that avoids fragmentation; over TCP it is only advertised. */
  static final int EDNS_PAYLOAD = 1232;

  private final InetSocketAddress server;
  private final Dialer dialer;
  private Duration timeout = Duration.ofSeconds(10);
  private OPTRecord edns;
  private TSIG tsig;

  public TcpDnsResolver(InetSocketAddress server, Dialer dialer) {
    this.server = server;
    this.dialer = dialer;
  }

  @Override
  public void setPort(int port) {
    throw new UnsupportedOperationException("the server's port is fixed when it is created");
  }

  @Override
  public void setTCP(boolean flag) {
    // Always TCP: a SOCKS5 CONNECT carries only TCP.
  }

  @Override
  public void setIgnoreTruncation(boolean flag) {
    // TCP answers are never truncated (RFC 7766 §5).
  }

  @Override
  public void setEDNS(int version, int payloadSize, int flags, List<EDNSOption> options) {
    // RFC 6891 §6.1.1: one OPT record in the additional section; version -1 means none.
    edns =
        version < 0
            ? null
            : new OPTRecord(
                payloadSize == 0 ? EDNS_PAYLOAD : payloadSize, 0, version, flags, options);
  }

  @Override
  public void setTSIGKey(TSIG key) {
    tsig = key;
  }

  @Override
  public void setTimeout(Duration value) {
    timeout = value;
  }

  @Override
  public Duration getTimeout() {
    return timeout;
  }

  @Override
  public CompletionStage<Message> sendAsync(Message query, Executor executor) {
    CompletableFuture<Message> answer = new CompletableFuture<>();
    executor.execute(
        () -> {
          try {
            answer.complete(exchange(query));
          } catch (IOException | RuntimeException e) {
            answer.completeExceptionally(e);
          }
        });
    return answer;
  }

  private Message exchange(Message original) throws IOException {
    Message query = original.clone();
    if (edns != null && query.getOPT() == null) {
      query.addRecord(edns, org.xbill.DNS.Section.ADDITIONAL);
    }
    if (tsig != null) {
      tsig.apply(query, null);
    }
    byte[] wire = query.toWire(MAX_MESSAGE_BYTES);
    Deadline deadline = Deadline.after(timeout);
    SocketRegistry own = new SocketRegistry();
    try (Socket socket = dialer.dial(server, deadline, own)) {
      OutputStream out = socket.getOutputStream();
      byte[] framed = new byte[wire.length + 2];
      // RFC 1035 §4.2.2: two-octet length, most significant first, then the message.
      framed[0] = (byte) (wire.length >> 8);
      framed[1] = (byte) wire.length;
      System.arraycopy(wire, 0, framed, 2, wire.length);
      out.write(framed);
      out.flush();
      DataInputStream in = new DataInputStream(socket.getInputStream());
      socket.setSoTimeout(deadline.remainingMillisOrThrow());
      int length = in.readUnsignedShort();
      byte[] reply = new byte[length];
      int done = 0;
      while (done < length) {
        socket.setSoTimeout(deadline.remainingMillisOrThrow());
        int n = in.read(reply, done, length - done);
        if (n < 0) {
          throw new EOFException("the DNS server closed the connection mid-answer");
        }
        done += n;
      }
      Message answer = new Message(reply);
      if (answer.getHeader().getID() != query.getHeader().getID()) {
        throw new IOException("the DNS server answered another question (ID mismatch)");
      }
      return answer;
    } finally {
      own.closeAll();
    }
  }

  @Override
  public String toString() {
    return "DNS over TCP to "
        + server.getHostString()
        + ":"
        + server.getPort()
        + " via "
        + dialer.description();
  }
}
