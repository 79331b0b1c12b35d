package org.mailpath.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.TXTRecord;
import org.xbill.DNS.Type;
import org.xbill.DNS.dnssec.ValidatingResolver;

/**
 * The signed lab zone, judged by dnsjava's validating resolver (as the engine judges it) with the
 * lab's DS as its only trust anchor, over real UDP on loopback.
 */
class LabDnssecTest {

  private static Lab lab;
  private static LabRoute route;

  @BeforeAll
  static void startLab() {
    lab = Lab.start(Duration.ZERO);
    route = lab.prepare("good.mail.test");
  }

  @AfterAll
  static void stopLab() {
    lab.close();
  }

  private static Message validated(String name, int type, String trustAnchor) throws IOException {
    SimpleResolver upstream = new SimpleResolver(route.dnsServer());
    upstream.setTimeout(Duration.ofSeconds(5));
    ValidatingResolver validator = new ValidatingResolver(upstream);
    validator.loadTrustAnchors(
        new ByteArrayInputStream(trustAnchor.getBytes(StandardCharsets.US_ASCII)));
    Message query = Message.newQuery(Record.newRecord(Name.fromString(name), type, DClass.IN));
    return validator.send(query);
  }

  private static Message validated(String name, int type) throws IOException {
    return validated(name, type, route.dnssecTrustAnchors());
  }

  private static String reason(Message response) {
    return response.getSection(Section.ADDITIONAL).stream()
        .filter(r -> r.getDClass() == ValidatingResolver.VALIDATION_REASON_QCLASS)
        .map(r -> String.join(" ", ((TXTRecord) r).getStrings()))
        .findFirst()
        .orElse("");
  }

  @Test
  void route_signedZone_offersDsOfTestAsTrustAnchor() {
    assertThat(route.dnssecTrustAnchors()).startsWith("test.").contains("IN\tDS\t");
  }

  @Test
  void query_signedMxRRset_isSecureWithAuthenticData() throws IOException {
    Message response = validated("good.mail.test.", Type.MX);

    assertThat(response.getRcode()).as(reason(response)).isEqualTo(Rcode.NOERROR);
    assertThat(response.getHeader().getFlag(Flags.AD)).isTrue();
    assertThat(response.getSection(Section.ANSWER)).extracting(Record::getType).contains(Type.MX);
  }

  @Test
  void query_cnameToLabHost_isSecure() throws IOException {
    Message response = validated("mail.cname.mail.test.", Type.A);

    assertThat(response.getHeader().getFlag(Flags.AD)).as(reason(response)).isTrue();
    assertThat(response.getSection(Section.ANSWER))
        .extracting(Record::getType)
        .contains(Type.CNAME, Type.A);
  }

  @Test
  void query_nonexistentName_isProvenNxdomain() throws IOException {
    Message response = validated("nobody.mail.test.", Type.MX);

    assertThat(response.getRcode()).as(reason(response)).isEqualTo(Rcode.NXDOMAIN);
    assertThat(response.getHeader().getFlag(Flags.AD)).isTrue();
  }

  @Test
  void query_missingTypeAtExistingName_isProvenNodata() throws IOException {
    Message response = validated("mx1.good.mail.test.", Type.AAAA);

    assertThat(response.getRcode()).as(reason(response)).isEqualTo(Rcode.NOERROR);
    assertThat(response.getSection(Section.ANSWER)).isEmpty();
    assertThat(response.getHeader().getFlag(Flags.AD)).isTrue();
  }

  @Test
  void query_emptyNonTerminal_isProvenNodata() throws IOException {
    Message response = validated("mail.test.", Type.MX);

    assertThat(response.getRcode()).as(reason(response)).isEqualTo(Rcode.NOERROR);
    assertThat(response.getSection(Section.ANSWER)).isEmpty();
    assertThat(response.getHeader().getFlag(Flags.AD)).isTrue();
  }

  @Test
  void query_tlsaWithBrokenSignature_isServfailWithReason() throws IOException {
    Message response = validated("_25._tcp.mx1.dane-bogus.mail.test.", Type.TLSA);

    assertThat(response.getRcode()).isEqualTo(Rcode.SERVFAIL);
    assertThat(reason(response)).isNotEmpty();
  }

  @Test
  void query_intactTlsaNextToBrokenOne_isSecure() throws IOException {
    Message response = validated("_25._tcp.mx1.dane.mail.test.", Type.TLSA);

    assertThat(response.getHeader().getFlag(Flags.AD)).as(reason(response)).isTrue();
    assertThat(response.getSection(Section.ANSWER)).extracting(Record::getType).contains(Type.TLSA);
  }

  @Test
  void query_withAnotherZonesKeyAsAnchor_isServfail() throws IOException {
    // The same DS with its digest altered: the lab's DNSKEY no longer matches the anchor.
    String anchor = route.dnssecTrustAnchors();
    char last = anchor.charAt(anchor.length() - 1);
    String wrongAnchor = anchor.substring(0, anchor.length() - 1) + (last == '0' ? '1' : '0');

    Message response = validated("good.mail.test.", Type.MX, wrongAnchor);

    assertThat(response.getRcode()).isEqualTo(Rcode.SERVFAIL);
    assertThat(response.getHeader().getFlag(Flags.AD)).isFalse();
  }

  @Test
  void query_withoutDoBit_carriesNoSignatures() throws IOException {
    SimpleResolver plain = new SimpleResolver(route.dnsServer());
    plain.setEDNS(0, 0, 0, List.of()); // EDNS, but DO clear (RFC 3225 §3)
    Message response =
        plain.send(
            Message.newQuery(
                Record.newRecord(Name.fromString("good.mail.test."), Type.MX, DClass.IN)));

    assertThat(response.getSection(Section.ANSWER))
        .extracting(Record::getType)
        .containsOnly(Type.MX);
  }

  @Test
  void query_withDoBit_carriesRrsigAndDenialProof() throws IOException {
    SimpleResolver plain = new SimpleResolver(route.dnsServer());
    plain.setEDNS(0, 0, org.xbill.DNS.ExtendedFlags.DO, List.of());
    Message response =
        plain.send(
            Message.newQuery(
                Record.newRecord(Name.fromString("nobody.mail.test."), Type.A, DClass.IN)));

    assertThat(response.getSection(Section.AUTHORITY))
        .extracting(Record::getType)
        .contains(Type.SOA, Type.RRSIG, Type.NSEC);
  }
}
