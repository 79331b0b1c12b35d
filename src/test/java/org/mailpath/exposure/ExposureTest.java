package org.mailpath.exposure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mailpath.policy.TlsAuthentication;

class ExposureTest {

  private static final Map<String, Visibility> MARKS =
      Map.of(
          "R", Visibility.READABLE,
          "D", Visibility.READABLE_IF_DOWNGRADED,
          "P", Visibility.PROTECTED,
          "A", Visibility.ABSENT);

  /**
   * Every protection × every transport, for the Subject and the body, as the two observers on the
   * last hop see them. R readable, D readable if downgraded, P protected.
   */
  @ParameterizedTest(name = "{0} over {1}: Subject {2}/{3}, body {4}/{5}")
  @CsvSource(
      textBlock =
          """
          # protection,    transport,  Subject passive, active, body passive, active
          NONE,            good,       D, D, D, D
          NONE,            nostarttls, R, R, R, R
          NONE,            tls10,      R, R, R, R
          NONE,            dane,       P, P, P, P
          NONE,            mtasts,     P, P, P, P
          NONE,            multi,      D, R, D, R
          PGP_MIME,        good,       D, D, P, P
          PGP_MIME,        nostarttls, R, R, P, P
          PGP_MIME,        tls10,      R, R, P, P
          PGP_MIME,        dane,       P, P, P, P
          PGP_MIME,        mtasts,     P, P, P, P
          PGP_INLINE,      good,       D, D, P, P
          PGP_INLINE,      nostarttls, R, R, P, P
          PGP_INLINE,      tls10,      R, R, P, P
          PGP_INLINE,      dane,       P, P, P, P
          PGP_INLINE,      mtasts,     P, P, P, P
          PGP_MIME_HP,     good,       P, P, P, P
          PGP_MIME_HP,     nostarttls, P, P, P, P
          PGP_MIME_HP,     tls10,      P, P, P, P
          PGP_MIME_HP,     dane,       P, P, P, P
          PGP_MIME_HP,     mtasts,     P, P, P, P
          SMIME_SIGNED,    good,       D, D, D, D
          SMIME_SIGNED,    nostarttls, R, R, R, R
          SMIME_SIGNED,    tls10,      R, R, R, R
          SMIME_SIGNED,    dane,       P, P, P, P
          SMIME_SIGNED,    mtasts,     P, P, P, P
          SMIME_ENVELOPED, good,       D, D, P, P
          SMIME_ENVELOPED, nostarttls, R, R, P, P
          SMIME_ENVELOPED, tls10,      R, R, P, P
          SMIME_ENVELOPED, dane,       P, P, P, P
          SMIME_ENVELOPED, mtasts,     P, P, P, P
          SMIME_ENVELOPED, multi,      D, R, P, P
          SMIME_HP,        good,       P, P, P, P
          SMIME_HP,        nostarttls, P, P, P, P
          SMIME_HP,        tls10,      P, P, P, P
          SMIME_HP,        dane,       P, P, P, P
          SMIME_HP,        mtasts,     P, P, P, P
          """)
  void matrix_protectionOverTransport_lastHopCellsAreThese(
      Protection protection,
      String transport,
      String subjectPassive,
      String subjectActive,
      String bodyPassive,
      String bodyActive) {
    ExposureMatrix m = Exposure.matrix(MessageSample.DEFAULT, protection, Hops.scenario(transport));

    assertThat(m.cellAt(Part.SUBJECT, Observer.PASSIVE_LISTENER).visibility())
        .isEqualTo(MARKS.get(subjectPassive));
    assertThat(m.cellAt(Part.SUBJECT, Observer.ACTIVE_ATTACKER).visibility())
        .isEqualTo(MARKS.get(subjectActive));
    assertThat(m.cellAt(Part.BODY, Observer.PASSIVE_LISTENER).visibility())
        .isEqualTo(MARKS.get(bodyPassive));
    assertThat(m.cellAt(Part.BODY, Observer.ACTIVE_ATTACKER).visibility())
        .isEqualTo(MARKS.get(bodyActive));
  }

  /** The parties to the message: what they see depends on the protection only, never the hop. */
  @ParameterizedTest(name = "{0}: Subject at {1}/{2}/{3}/{4}/{5}, body {6}/{7}/{8}/{9}/{10}")
  @CsvSource(
      textBlock =
          """
          # protection,    Subject: submission, relay, MX, mailbox, client; body: same five
          NONE,            R, R, R, R, R,   R, R, R, R, R
          PGP_MIME,        R, R, R, R, R,   P, P, P, P, R
          PGP_INLINE,      R, R, R, R, R,   P, P, P, P, R
          PGP_MIME_HP,     P, P, P, P, R,   P, P, P, P, R
          SMIME_SIGNED,    R, R, R, R, R,   R, R, R, R, R
          SMIME_ENVELOPED, R, R, R, R, R,   P, P, P, P, R
          SMIME_HP,        P, P, P, P, R,   P, P, P, P, R
          """)
  void matrix_protection_partiesSeeTheSameOnEveryTransport(
      Protection protection,
      String s1,
      String s2,
      String s3,
      String s4,
      String s5,
      String b1,
      String b2,
      String b3,
      String b4,
      String b5) {
    List<Observer> parties =
        List.of(
            Observer.SUBMISSION_SERVER,
            Observer.RELAY,
            Observer.RECIPIENT_MX,
            Observer.MAILBOX_AT_REST,
            Observer.RECIPIENT_CLIENT);
    List<String> subject = List.of(s1, s2, s3, s4, s5);
    List<String> body = List.of(b1, b2, b3, b4, b5);
    for (String transport : List.of("good", "nostarttls", "tls10", "dane", "mtasts", "multi")) {
      ExposureMatrix m =
          Exposure.matrix(MessageSample.DEFAULT, protection, Hops.scenario(transport));
      for (int i = 0; i < parties.size(); i++) {
        assertThat(m.cellAt(Part.SUBJECT, parties.get(i)).visibility())
            .as(transport + " " + parties.get(i))
            .isEqualTo(MARKS.get(subject.get(i)));
        assertThat(m.cellAt(Part.BODY, parties.get(i)).visibility())
            .as(transport + " " + parties.get(i))
            .isEqualTo(MARKS.get(body.get(i)));
      }
    }
  }

  /** Done means: the matrix differs from good.mail.test's exactly where the transport differs. */
  @ParameterizedTest(name = "good vs {0} under {1}: differ in {2} cells, all on the last hop")
  @CsvSource(
      textBlock =
          """
          # other scenario, protection, differing cells
          nostarttls,       NONE,            30
          tls10,            NONE,            30
          dane,             NONE,            30
          mtasts,           NONE,            30
          nostarttls,       SMIME_ENVELOPED, 26
          dane,             SMIME_ENVELOPED, 26
          nostarttls,       SMIME_HP,        24
          mtasts,           PGP_MIME_HP,     24
          multi,            NONE,            15
          good,             NONE,            0
          """)
  void matrix_otherTransport_differsOnlyInLastHopColumns(
      String other, Protection protection, int expectedDifferences) {
    ExposureMatrix good = Exposure.matrix(MessageSample.DEFAULT, protection, Hops.scenario("good"));
    ExposureMatrix changed =
        Exposure.matrix(MessageSample.DEFAULT, protection, Hops.scenario(other));

    List<String> differing = new ArrayList<>();
    for (Part part : Part.values()) {
      for (Observer observer : Observer.values()) {
        if (good.cellAt(part, observer).visibility()
            != changed.cellAt(part, observer).visibility()) {
          assertThat(observer.onLastHop()).as(part + "/" + observer).isTrue();
          differing.add(part + "/" + observer);
        }
      }
    }
    assertThat(differing).hasSize(expectedDifferences);
  }

  @Test
  void matrix_anyProtectionAndTransport_everyCellHasAReasonAndAnRfc() {
    for (Protection protection : Protection.values()) {
      for (String t :
          List.of(
              "good",
              "nostarttls",
              "tls10",
              "handshake",
              "multi",
              "dane",
              "mtasts",
              "unreachable")) {
        ExposureMatrix m = Exposure.matrix(MessageSample.DEFAULT, protection, Hops.scenario(t));
        assertThat(m.rows()).hasSize(Part.values().length);
        for (Row row : m.rows()) {
          assertThat(row.cells()).hasSize(Observer.values().length);
          for (Cell cell : row.cells()) {
            assertThat(cell.reason()).as(t + " " + row.part() + " " + cell.observer()).isNotBlank();
            assertThat(cell.rfc())
                .as(t + " " + row.part() + " " + cell.observer())
                .contains("RFC ");
          }
        }
      }
    }
  }

  @ParameterizedTest(name = "{0} for {1}: {2}")
  @CsvSource(
      textBlock =
          """
          # part,                 observer,          visibility, rfc
          CONNECTION_METADATA,    PASSIVE_LISTENER,  READABLE,   RFC 3207 §4
          SIZE_AND_TIMING,        ACTIVE_ATTACKER,   READABLE,   RFC 8446 App. E.3
          AUTHENTICATION_RESULTS, PASSIVE_LISTENER,  ABSENT,     RFC 8601 §4
          AUTHENTICATION_RESULTS, RECIPIENT_MX,      READABLE,   RFC 8601 §4
          BCC,                    RECIPIENT_CLIENT,  ABSENT,     RFC 5322 §3.6.3
          BCC,                    RECIPIENT_MX,      READABLE,   RFC 5322 §3.6.3
          ENVELOPE_SENDER,        RECIPIENT_CLIENT,  READABLE,   RFC 5321 §4.4
          ENVELOPE_RECIPIENTS,    RECIPIENT_CLIENT,  ABSENT,     RFC 5321 §4.4
          ENVELOPE_SENDER,        PASSIVE_LISTENER,  PROTECTED,  RFC 7672 §2.2
          DKIM_SIGNATURE,         RELAY,             READABLE,   RFC 6376 §3.5
          """)
  void matrix_smimeWithHeaderProtectionOverDane_partsOutsideTheMessageStayVisible(
      Part part, Observer observer, Visibility visibility, String rfc) {
    Cell cell =
        Exposure.matrix(MessageSample.DEFAULT, Protection.SMIME_HP, Hops.scenario("dane"))
            .cellAt(part, observer);

    assertThat(cell.visibility()).isEqualTo(visibility);
    assertThat(cell.rfc()).isEqualTo(rfc);
  }

  @Test
  void matrix_multiMx_activeAttackerReasonNamesTheForcedHostAndMxFallback() {
    Cell cell =
        Exposure.matrix(MessageSample.DEFAULT, Protection.NONE, Hops.scenario("multi"))
            .cellAt(Part.SUBJECT, Observer.ACTIVE_ATTACKER);

    assertThat(cell.reason()).contains("mx2.multi.mail.test").contains("unreachable");
    assertThat(cell.rfc()).startsWith("RFC 5321 §5.1");
  }

  @Test
  void forTrace_addressTarget_usesDefaultSampleToThatAddressWithSmime() {
    ExposureMatrix m =
        Exposure.forTrace(
            "alice@nostarttls.mail.test",
            List.of(Hops.noStarttls("mx1.nostarttls.mail.test", 10)),
            TlsAuthentication.NONE);

    assertThat(m.sample().to()).isEqualTo("alice@nostarttls.mail.test");
    assertThat(m.protection()).isEqualTo(Protection.SMIME_ENVELOPED);
    assertThat(m.lastHop().usual().channel()).isEqualTo(Channel.CLEAR);
    assertThat(m.summary()).contains("the recipient and 6 of 6 others");
  }
}
