package org.mailpath.lab.dns;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mailpath.lab.scenario.LabAddressPlan;
import org.mailpath.lab.scenario.ScenarioCatalog;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.OPTRecord;
import org.xbill.DNS.Opcode;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.Type;

/** The header rules of the lab's responder, checked without sockets. */
class DnsResponderTest {

  private final DnsResponder responder =
      new DnsResponder(
          LabZone.of(
              ScenarioCatalog.definitions(), LabAddressPlan.of(ScenarioCatalog.definitions())));

  @Test
  void answer_messageWithQrSet_isNotAnswered() {
    Message response = query("good.mail.test.", Type.MX);
    response.getHeader().setFlag(Flags.QR);

    assertThat(responder.answer(response.toWire(), true)).isEmpty();
  }

  @Test
  void answer_notifyOpcode_returnsNotImplemented() throws IOException {
    Message notify = query("good.mail.test.", Type.SOA);
    notify.getHeader().setOpcode(Opcode.NOTIFY);

    assertThat(answer(notify, true).getRcode()).isEqualTo(Rcode.NOTIMP);
  }

  @Test
  void answer_recursionDesired_copiesRdAndLeavesRaClear() throws IOException {
    Message response = answer(query("good.mail.test.", Type.MX), true);

    assertThat(response.getHeader().getFlag(Flags.RD)).isTrue();
    assertThat(response.getHeader().getFlag(Flags.RA)).isFalse();
  }

  @Test
  void answer_ednsQuery_carriesOptWithLabPayloadSize() throws IOException {
    Message request = query("good.mail.test.", Type.MX);
    request.addRecord(new OPTRecord(4096, 0, 0), Section.ADDITIONAL);

    OPTRecord opt = answer(request, true).getOPT();

    assertThat(opt).isNotNull();
    assertThat(opt.getPayloadSize()).isEqualTo(DnsResponder.EDNS_UDP_LIMIT);
  }

  @Test
  void answer_queryWithoutEdns_carriesNoOpt() throws IOException {
    assertThat(answer(query("good.mail.test.", Type.MX), true).getOPT()).isNull();
  }

  @Test
  void answer_chaosClassQuery_returnsRefused() throws IOException {
    Message request =
        Message.newQuery(
            Record.newRecord(Name.fromConstantString("version.bind."), Type.TXT, DClass.CH));

    assertThat(answer(request, true).getRcode()).isEqualTo(Rcode.REFUSED);
  }

  @Test
  void answer_shortGarbage_isNotAnswered() {
    assertThat(responder.answer(new byte[] {0, 1, 2, 3, 4}, true)).isEmpty();
  }

  private Message answer(Message request, boolean udp) throws IOException {
    Optional<byte[]> wire = responder.answer(request.toWire(), udp);
    assertThat(wire).isPresent();
    return new Message(wire.get());
  }

  private static Message query(String name, int type) {
    return Message.newQuery(Record.newRecord(Name.fromConstantString(name), type, DClass.IN));
  }
}
