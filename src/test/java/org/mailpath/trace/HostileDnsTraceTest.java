package org.mailpath.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mailpath.address.TargetParser;
import org.mailpath.context.Budgets;
import org.mailpath.dns.MxResolution;
import org.mailpath.finding.Finding;
import org.xbill.DNS.CNAMERecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Section;

/** DNS servers that loop, stay silent or answer garbage end in findings within the deadline. */
class HostileDnsTraceTest {

  private static final Duration DEADLINE = Duration.ofSeconds(4);

  private final ExecutorService executor = Executors.newCachedThreadPool();

  @AfterEach
  void stop() {
    executor.shutdownNow();
  }

  /** A UDP DNS "server" whose answer to each query {@code respond} decides (null: no answer). */
  private static final class UdpServer implements AutoCloseable {
    final DatagramSocket socket;

    UdpServer(UnaryOperator<byte[]> respond) throws IOException {
      socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
      Thread t =
          new Thread(
              () -> {
                byte[] buffer = new byte[4096];
                while (!socket.isClosed()) {
                  try {
                    DatagramPacket in = new DatagramPacket(buffer, buffer.length);
                    socket.receive(in);
                    byte[] query = java.util.Arrays.copyOf(in.getData(), in.getLength());
                    byte[] answer = respond.apply(query);
                    if (answer != null) {
                      socket.send(new DatagramPacket(answer, answer.length, in.getSocketAddress()));
                    }
                  } catch (IOException e) {
                    // closed at the end of the test
                  }
                }
              });
      t.setDaemon(true);
      t.start();
    }

    InetSocketAddress address() {
      return (InetSocketAddress) socket.getLocalSocketAddress();
    }

    @Override
    public void close() {
      socket.close();
    }
  }

  private TraceReport trace(UdpServer server) throws Exception {
    return trace(server, false);
  }

  private TraceReport trace(UdpServer server, boolean validating) throws Exception {
    TraceEngine engine = TraceEngine.builder().executor(executor).clock(Clock.systemUTC()).build();
    TraceOptions.Builder builder =
        TraceOptions.builder().timeout(DEADLINE).dnsServer(server.address()).quick(true);
    if (!validating) {
      builder.withoutDnssecValidation();
    }
    TraceOptions options = builder.build();
    return engine
        .trace(TargetParser.parse("alice@hostile.example"), options, TraceListener.NONE)
        .get(30, TimeUnit.SECONDS);
  }

  @Test
  void trace_resolverNeverAnswers_isServfailWithinTheDeadline() throws Exception {
    try (UdpServer silent = new UdpServer(q -> null)) {
      TraceReport report = trace(silent);

      assertThat(report.resolution().outcome()).isEqualTo(MxResolution.Outcome.SERVFAIL);
      assertThat(report.findings()).extracting(Finding::code).containsExactly("dns-servfail");
      assertThat(report.duration()).isLessThan(DEADLINE.plusSeconds(3));
    }
  }

  @Test
  void trace_cnameLoop_isServfailNamingTheLoop() throws Exception {
    try (UdpServer looping =
        new UdpServer(
            q -> {
              try {
                Message query = new Message(q);
                Name asked = query.getQuestion().getName();
                Message answer = new Message(query.getHeader().getID());
                answer.getHeader().setFlag(Flags.QR);
                answer.getHeader().setFlag(Flags.AA);
                answer.addRecord(query.getQuestion(), Section.QUESTION);
                // hostile.example -> a.hostile.example -> hostile.example -> …
                Name target =
                    asked.toString().startsWith("a.")
                        ? Name.fromString("hostile.example.")
                        : Name.fromString("a.hostile.example.");
                answer.addRecord(new CNAMERecord(asked, DClass.IN, 60, target), Section.ANSWER);
                return answer.toWire();
              } catch (IOException e) {
                return null;
              }
            })) {
      TraceReport report = trace(looping);

      assertThat(report.findings()).extracting(Finding::code).containsExactly("dns-servfail");
      assertThat(report.resolution().problem()).contains("CNAME loop");
    }
  }

  @Test
  void trace_manyMxHostsOnOneAddress_probesTheBudgetWithTwoConnectionsAtMost() throws Exception {
    int mxCount = 20; // twice the budget
    CountingSmtpPeer peer = new CountingSmtpPeer();
    try (HostileServer smtp = new HostileServer(peer);
        ManyMxDns dns = new ManyMxDns(mxCount)) {
      TraceOptions options =
          TraceOptions.builder()
              .timeout(Duration.ofSeconds(20))
              .dnsServer(dns.address())
              .smtpPort(smtp.port())
              .withoutDnssecValidation()
              .quick(true)
              .build();
      TraceReport report =
          TraceEngine.builder()
              .executor(executor)
              .build()
              .trace(TargetParser.parse("alice@many.example"), options, TraceListener.NONE)
              .get(30, TimeUnit.SECONDS);

      assertThat(report.resolution().hosts()).hasSize(mxCount);
      assertThat(report.connections()).hasSize(Budgets.defaults().mxHosts());
      assertThat(peer.sessions()).isEqualTo(Budgets.defaults().mxHosts());
      assertThat(peer.mostOpen()).isLessThanOrEqualTo(Budgets.defaults().connectionsPerAddress());
      assertThat(report.findings())
          .extracting(Finding::code)
          .contains("mx-hosts-not-probed")
          .doesNotContain("mx-unresolvable", "dns-servfail");
    }
  }

  @Test
  void trace_garbageAnswers_isServfailNotACrash() throws Exception {
    try (UdpServer garbage = new UdpServer(q -> "this is not DNS".getBytes())) {
      TraceReport report = trace(garbage);

      assertThat(report.findings()).extracting(Finding::code).containsExactly("dns-servfail");
    }
  }

  @Test
  void trace_validatingAgainstPlainServfail_isServfailNotDnssecInvalid() throws Exception {
    try (UdpServer failing =
        new UdpServer(
            q -> {
              try {
                Message query = new Message(q);
                Message answer = new Message(query.getHeader().getID());
                answer.getHeader().setFlag(Flags.QR);
                answer.getHeader().setFlag(Flags.RA);
                answer.getHeader().setRcode(Rcode.SERVFAIL);
                answer.addRecord(query.getQuestion(), Section.QUESTION);
                return answer.toWire();
              } catch (IOException e) {
                return null;
              }
            })) {
      TraceReport report = trace(failing, true);

      assertThat(report.findings()).extracting(Finding::code).containsExactly("dns-servfail");
    }
  }
}
