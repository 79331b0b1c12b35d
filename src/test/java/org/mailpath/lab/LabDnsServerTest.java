package org.mailpath.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.CNAMERecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.MXRecord;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.SOARecord;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.TXTRecord;
import org.xbill.DNS.Type;

/** The lab's DNS server, queried over real UDP and TCP sockets with dnsjava's resolver. */
class LabDnsServerTest {

  private static final Duration QUERY_TIMEOUT = Duration.ofSeconds(3);

  private static Lab lab;
  private static InetSocketAddress dns;

  @BeforeAll
  static void startLab() {
    lab = Lab.start(Duration.ZERO);
    dns = lab.prepare("good.mail.test").dnsServer();
  }

  @AfterAll
  static void stopLab() {
    lab.close();
  }

  @ParameterizedTest(name = "over TCP: {0}")
  @ValueSource(booleans = {false, true})
  void mx_goodDomain_returnsBothHostsInPreferenceOrder(boolean tcp) throws IOException {
    Message response = query("good.mail.test.", Type.MX, tcp);

    assertThat(response.getRcode()).isEqualTo(Rcode.NOERROR);
    assertThat(response.getHeader().getFlag(Flags.AA)).isTrue();
    assertThat(mxTargets(response))
        .containsExactly("10 mx1.good.mail.test.", "20 mx2.good.mail.test.");
  }

  @ParameterizedTest(name = "over TCP: {0}")
  @ValueSource(booleans = {false, true})
  void a_mxHostName_returnsItsOwnLoopbackAddress(boolean tcp) throws IOException {
    Message response = query("mx2.good.mail.test.", Type.A, tcp);

    assertThat(response.getSection(Section.ANSWER))
        .singleElement()
        .extracting(r -> ((ARecord) r).getAddress())
        .isEqualTo(lab.addressOf("mx2.good.mail.test"));
    assertThat(lab.addressOf("mx2.good.mail.test").getHostAddress()).startsWith("127.0.2.");
  }

  @Test
  void a_mxHostsOfOneDomain_haveDistinctAddresses() throws IOException {
    Record first = query("mx1.multi.mail.test.", Type.A, false).getSection(Section.ANSWER).get(0);
    Record third = query("mx3.multi.mail.test.", Type.A, false).getSection(Section.ANSWER).get(0);

    assertThat(((ARecord) first).getAddress()).isNotEqualTo(((ARecord) third).getAddress());
  }

  @Test
  void mx_nullMxDomain_returnsPreferenceZeroAndRootExchange() throws IOException {
    Message response = query("nullmx.mail.test.", Type.MX, false);

    assertThat(mxTargets(response)).containsExactly("0 .");
  }

  @Test
  void mx_implicitDomain_returnsNoDataWithSoa() throws IOException {
    Message response = query("implicit.mail.test.", Type.MX, false);

    assertThat(response.getRcode()).isEqualTo(Rcode.NOERROR);
    assertThat(response.getSection(Section.ANSWER)).isEmpty();
    assertThat(response.getSection(Section.AUTHORITY))
        .singleElement()
        .isInstanceOf(SOARecord.class);
  }

  @Test
  void a_implicitDomain_returnsTheDomainsOwnAddress() throws IOException {
    Message response = query("implicit.mail.test.", Type.A, false);

    assertThat(response.getSection(Section.ANSWER))
        .singleElement()
        .extracting(r -> ((ARecord) r).getAddress())
        .isEqualTo(lab.addressOf("implicit.mail.test"));
  }

  @Test
  void aaaa_labHost_returnsNoErrorWithoutAnswers() throws IOException {
    Message response = query("mx1.good.mail.test.", Type.AAAA, false);

    assertThat(response.getRcode()).isEqualTo(Rcode.NOERROR);
    assertThat(response.getSection(Section.ANSWER)).isEmpty();
  }

  @Test
  void mx_emptyNonTerminal_returnsNoDataNotNxdomain() throws IOException {
    Message response = query("mail.test.", Type.MX, false);

    assertThat(response.getRcode()).isEqualTo(Rcode.NOERROR);
    assertThat(response.getSection(Section.ANSWER)).isEmpty();
  }

  @ParameterizedTest(name = "over TCP: {0}")
  @ValueSource(booleans = {false, true})
  void mx_unknownNameUnderTest_returnsNxdomainWithSoa(boolean tcp) throws IOException {
    Message response = query("nosuch.mail.test.", Type.MX, tcp);

    assertThat(response.getRcode()).isEqualTo(Rcode.NXDOMAIN);
    assertThat(response.getHeader().getFlag(Flags.AA)).isTrue();
    assertThat(response.getSection(Section.AUTHORITY))
        .singleElement()
        .isInstanceOf(SOARecord.class);
  }

  @Test
  void mx_nameOutsideTest_returnsRefusedWithoutAuthority() throws IOException {
    Message response = query("example.com.", Type.MX, false);

    assertThat(response.getRcode()).isEqualTo(Rcode.REFUSED);
    assertThat(response.getHeader().getFlag(Flags.AA)).isFalse();
  }

  @Test
  void a_cnameAlias_returnsCnameThenTargetAddress() throws IOException {
    Message response = query("smtp.good.mail.test.", Type.A, false);

    List<Record> answer = response.getSection(Section.ANSWER);
    assertThat(answer).hasSize(2);
    assertThat(((CNAMERecord) answer.get(0)).getTarget()).hasToString("mx1.good.mail.test.");
    assertThat(((ARecord) answer.get(1)).getAddress())
        .isEqualTo(lab.addressOf("mx1.good.mail.test"));
  }

  @Test
  void cname_cnameAlias_returnsOnlyTheCname() throws IOException {
    Message response = query("smtp.good.mail.test.", Type.CNAME, false);

    assertThat(response.getSection(Section.ANSWER)).singleElement().isInstanceOf(CNAMERecord.class);
  }

  @Test
  void txt_scenarioDomain_returnsScenarioTitle() throws IOException {
    Message response = query("noems.mail.test.", Type.TXT, false);

    assertThat(response.getSection(Section.ANSWER))
        .singleElement()
        .extracting(r -> String.join("", ((TXTRecord) r).getStrings()))
        .asString()
        .contains("Extended Master Secret");
  }

  @Test
  void udp_garbageWithoutHeader_isIgnoredAndServerKeepsAnswering() throws IOException {
    try (DatagramSocket socket = new DatagramSocket()) {
      socket.setSoTimeout(500);
      socket.send(new DatagramPacket(new byte[] {1, 2, 3}, 3, dns));

      assertThat(receiveOrNull(socket)).isNull();
    }
    assertThat(query("good.mail.test.", Type.MX, false).getRcode()).isEqualTo(Rcode.NOERROR);
  }

  @Test
  void udp_garbageAfterHeader_returnsFormatErrorWithSameId() throws IOException {
    byte[] garbage = new byte[40];
    garbage[0] = 0x12;
    garbage[1] = 0x34;
    garbage[5] = 1; // one question...
    for (int i = 12; i < garbage.length; i++) {
      garbage[i] = (byte) 0xff; // ...that is not a valid name
    }
    try (DatagramSocket socket = new DatagramSocket()) {
      socket.setSoTimeout((int) QUERY_TIMEOUT.toMillis());
      socket.send(new DatagramPacket(garbage, garbage.length, dns));
      byte[] reply = receiveOrNull(socket);

      assertThat(reply).isNotNull();
      Message response = new Message(reply);
      assertThat(response.getHeader().getID()).isEqualTo(0x1234);
      assertThat(response.getRcode()).isEqualTo(Rcode.FORMERR);
    }
  }

  @Test
  void tcp_oversizedLengthPrefix_closesConnectionAndServerKeepsAnswering() throws IOException {
    try (Socket socket = new Socket(dns.getAddress(), dns.getPort())) {
      socket.setSoTimeout((int) QUERY_TIMEOUT.toMillis());
      DataOutputStream out = new DataOutputStream(socket.getOutputStream());
      out.writeShort(60_000);
      out.write(new byte[100]);
      out.flush();

      assertThat(new DataInputStream(socket.getInputStream()).read()).isEqualTo(-1);
    }
    assertThat(query("good.mail.test.", Type.MX, true).getRcode()).isEqualTo(Rcode.NOERROR);
  }

  private static byte[] receiveOrNull(DatagramSocket socket) throws IOException {
    byte[] buffer = new byte[1500];
    DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
    try {
      socket.receive(packet);
      return java.util.Arrays.copyOf(buffer, packet.getLength());
    } catch (SocketTimeoutException silence) {
      return null;
    }
  }

  private static Message query(String name, int type, boolean tcp) throws IOException {
    SimpleResolver resolver = new SimpleResolver(dns);
    resolver.setTCP(tcp);
    resolver.setTimeout(QUERY_TIMEOUT);
    return resolver.send(
        Message.newQuery(Record.newRecord(Name.fromString(name), type, DClass.IN)));
  }

  private static List<String> mxTargets(Message response) {
    return response.getSection(Section.ANSWER).stream()
        .map(r -> (MXRecord) r)
        .sorted(java.util.Comparator.comparingInt(MXRecord::getPriority))
        .map(mx -> mx.getPriority() + " " + mx.getTarget())
        .collect(Collectors.toList());
  }
}
