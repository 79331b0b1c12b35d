package org.mailpath.trace;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.MXRecord;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Section;
import org.xbill.DNS.Type;

/**
 * A DNS server on one loopback port, UDP and TCP, for a domain whose MX answer names {@code
 * mxCount} hosts that all resolve to 127.0.0.1. Over UDP an answer larger than 512 bytes comes back
 * truncated (TC set, RFC 1035 §4.2.1), so a client must ask again over TCP (RFC 7766 §5). Counts
 * the questions it was asked.
 */
final class ManyMxDns implements AutoCloseable {

  private static final int PLAIN_UDP_LIMIT = 512; // RFC 1035 §2.3.4

  private final int mxCount;
  private final DatagramSocket udp;
  private final ServerSocket tcp;
  private final AtomicInteger questions = new AtomicInteger();

  ManyMxDns(int mxCount) throws IOException {
    this.mxCount = mxCount;
    InetAddress loopback = InetAddress.getLoopbackAddress();
    ServerSocket stream = new ServerSocket(0, 50, loopback);
    DatagramSocket datagrams;
    try {
      datagrams = new DatagramSocket(new InetSocketAddress(loopback, stream.getLocalPort()));
    } catch (IOException e) {
      stream.close();
      throw e;
    }
    this.tcp = stream;
    this.udp = datagrams;
    daemon(this::serveUdp, "many-mx-dns-udp");
    daemon(this::serveTcp, "many-mx-dns-tcp");
  }

  InetSocketAddress address() {
    return new InetSocketAddress(InetAddress.getLoopbackAddress(), tcp.getLocalPort());
  }

  int questions() {
    return questions.get();
  }

  private void serveUdp() {
    byte[] buffer = new byte[4096];
    while (!udp.isClosed()) {
      try {
        DatagramPacket in = new DatagramPacket(buffer, buffer.length);
        udp.receive(in);
        byte[] answer = answer(Arrays.copyOf(in.getData(), in.getLength()), true);
        if (answer != null) {
          udp.send(new DatagramPacket(answer, answer.length, in.getSocketAddress()));
        }
      } catch (IOException e) {
        // closed at the end of the test
      }
    }
  }

  private void serveTcp() {
    while (!tcp.isClosed()) {
      try {
        Socket client = tcp.accept();
        daemon(() -> serveStream(client), "many-mx-dns-tcp-client");
      } catch (IOException e) {
        // closed at the end of the test
      }
    }
  }

  /** RFC 1035 §4.2.2: each message is preceded by its two-byte length. */
  private void serveStream(Socket client) {
    try (client;
        DataInputStream in = new DataInputStream(client.getInputStream());
        DataOutputStream out = new DataOutputStream(client.getOutputStream())) {
      while (true) {
        byte[] query = new byte[in.readUnsignedShort()];
        in.readFully(query);
        byte[] answer = answer(query, false);
        if (answer == null) {
          return;
        }
        out.writeShort(answer.length);
        out.write(answer);
        out.flush();
      }
    } catch (IOException e) {
      // the client closed the connection
    }
  }

  private byte[] answer(byte[] wire, boolean overUdp) {
    try {
      questions.incrementAndGet();
      Message query = new Message(wire);
      Name asked = query.getQuestion().getName();
      Message answer = new Message(query.getHeader().getID());
      answer.getHeader().setFlag(Flags.QR);
      answer.getHeader().setFlag(Flags.AA);
      answer.addRecord(query.getQuestion(), Section.QUESTION);
      int type = query.getQuestion().getType();
      if (type == Type.MX && asked.equals(Name.fromString("many.example."))) {
        for (int i = 0; i < mxCount; i++) {
          Name host = Name.fromString("m" + i + ".many.example.");
          answer.addRecord(new MXRecord(asked, DClass.IN, 60, 10, host), Section.ANSWER);
        }
      } else if (type == Type.A) {
        InetAddress loopback = InetAddress.getByName("127.0.0.1");
        answer.addRecord(new ARecord(asked, DClass.IN, 60, loopback), Section.ANSWER);
      }
      byte[] full = answer.toWire();
      if (overUdp && full.length > PLAIN_UDP_LIMIT) {
        Message truncated = new Message(query.getHeader().getID());
        truncated.getHeader().setFlag(Flags.QR);
        truncated.getHeader().setFlag(Flags.AA);
        truncated.getHeader().setFlag(Flags.TC);
        truncated.addRecord(query.getQuestion(), Section.QUESTION);
        return truncated.toWire();
      }
      return full;
    } catch (IOException e) {
      return null;
    }
  }

  private static void daemon(Runnable work, String name) {
    Thread thread = new Thread(work, name);
    thread.setDaemon(true);
    thread.start();
  }

  @Override
  public void close() throws IOException {
    udp.close();
    tcp.close();
  }
}
