package org.mailpath.policy.dane;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mailpath.policy.TestCertificates;
import org.mailpath.policy.TestCertificates.Issued;
import org.mailpath.policy.dane.DaneResult.Status;

class DaneVerifierTest {

  private static final String MX = "mx1.dane.mail.test";
  private static final Instant NOW = TestCertificates.NOW;
  private static final Issued ROOT = TestCertificates.ca("dane test root");
  private static final Issued INTERMEDIATE =
      TestCertificates.intermediate(ROOT, "dane test intermediate");
  private static final Issued LEAF = TestCertificates.leaf(INTERMEDIATE, MX);
  private static final Issued OTHER = TestCertificates.ca("unrelated CA");
  private static final List<X509Certificate> CHAIN =
      List.of(LEAF.certificate(), INTERMEDIATE.certificate(), ROOT.certificate());

  enum Target {
    LEAF,
    INTERMEDIATE,
    ROOT,
    OTHER
  }

  @ParameterizedTest(name = "{0} {1} {2} for {3} -> {4} at {5}")
  @CsvSource(
      textBlock =
          """
          3, 1, 1, LEAF,         MATCH,             0
          3, 0, 1, LEAF,         MATCH,             0
          3, 1, 2, LEAF,         MATCH,             0
          3, 0, 0, LEAF,         MATCH,             0
          3, 1, 0, LEAF,         MATCH,             0
          3, 1, 1, INTERMEDIATE, NO_MATCH,          -1
          3, 1, 1, OTHER,        NO_MATCH,          -1
          2, 1, 1, INTERMEDIATE, MATCH,             1
          2, 0, 2, INTERMEDIATE, MATCH,             1
          2, 0, 1, ROOT,         MATCH,             2
          2, 1, 1, OTHER,        NO_MATCH,          -1
          1, 1, 1, LEAF,         NO_USABLE_RECORDS, -1
          0, 1, 1, ROOT,         NO_USABLE_RECORDS, -1
          4, 1, 1, LEAF,         NO_USABLE_RECORDS, -1
          3, 2, 1, LEAF,         NO_USABLE_RECORDS, -1
          3, 1, 3, LEAF,         NO_USABLE_RECORDS, -1
          """)
  void verify_singleRecord_rfc7672Section3(
      int usage, int selector, int matchingType, Target target, Status status, int position) {
    DaneResult result =
        verify(List.of(record(usage, selector, matchingType, certificate(target))), CHAIN);

    assertThat(result.status()).isEqualTo(status);
    assertThat(result.match() == null ? -1 : result.match().certificatePosition())
        .isEqualTo(position);
  }

  @Test
  void verify_daneEeWithExpiredLeafForAnotherName_matchAsRfc7671Section51() {
    Issued stale =
        TestCertificates.leaf(
            OTHER,
            NOW.minus(Duration.ofDays(400)),
            NOW.minus(Duration.ofDays(10)),
            "old.mail.test");

    DaneResult result =
        verify(List.of(record(3, 1, 1, stale.certificate())), List.of(stale.certificate()));

    assertThat(result.status()).isEqualTo(Status.MATCH);
  }

  @Test
  void verify_daneTaLeafForAnotherName_noMatchSaysName() {
    Issued wrongName = TestCertificates.leaf(INTERMEDIATE, "mx9.other.test");

    DaneResult result =
        verify(
            List.of(record(2, 1, 1, INTERMEDIATE.certificate())),
            List.of(wrongName.certificate(), INTERMEDIATE.certificate()));

    assertThat(result.status()).isEqualTo(Status.NO_MATCH);
    assertThat(result.records().get(0).outcome()).contains("names none of [" + MX + "]");
  }

  @Test
  void verify_daneTaExpiredLeaf_noMatch() {
    Issued expired =
        TestCertificates.leaf(
            INTERMEDIATE, NOW.minus(Duration.ofDays(100)), NOW.minus(Duration.ofDays(1)), MX);

    DaneResult result =
        verify(
            List.of(record(2, 1, 1, INTERMEDIATE.certificate())),
            List.of(expired.certificate(), INTERMEDIATE.certificate()));

    assertThat(result.status()).isEqualTo(Status.NO_MATCH);
    assertThat(result.records().get(0).outcome()).contains("does not verify");
  }

  @Test
  void verify_daneTaMatchedButLeafSignedByAnotherCa_noMatch() {
    Issued foreign = TestCertificates.leaf(OTHER, MX);

    DaneResult result =
        verify(
            List.of(record(2, 1, 1, INTERMEDIATE.certificate())),
            List.of(foreign.certificate(), INTERMEDIATE.certificate()));

    assertThat(result.status()).isEqualTo(Status.NO_MATCH);
    assertThat(result.records().get(0).outcome())
        .contains("position 1")
        .contains("does not verify");
  }

  @Test
  void verify_daneTaFullKeyOfRootNotSent_matchBeyondChain() {
    List<X509Certificate> sent = List.of(LEAF.certificate(), INTERMEDIATE.certificate());

    DaneResult result = verify(List.of(record(2, 1, 0, ROOT.certificate())), sent);

    assertThat(result.status()).isEqualTo(Status.MATCH);
    assertThat(result.match().certificatePosition()).isEqualTo(2);
  }

  @Test
  void verify_daneTaFullKeyOfIntermediateBelowExtraCertificate_matchAboveLeaf() {
    List<X509Certificate> sent = List.of(LEAF.certificate(), OTHER.certificate());

    DaneResult result = verify(List.of(record(2, 1, 0, INTERMEDIATE.certificate())), sent);

    assertThat(result.status()).isEqualTo(Status.MATCH);
    assertThat(result.match().certificatePosition()).isEqualTo(1);
  }

  @Test
  void verify_daneTaDigestOfRootNotSent_noMatch() {
    DaneResult result =
        verify(
            List.of(record(2, 1, 1, ROOT.certificate())),
            List.of(LEAF.certificate(), INTERMEDIATE.certificate()));

    assertThat(result.status()).isEqualTo(Status.NO_MATCH);
  }

  @Test
  void verify_unusableThenMatching_matchNamesSecondRecord() {
    DaneResult result =
        verify(
            List.of(record(1, 1, 1, LEAF.certificate()), record(3, 1, 1, LEAF.certificate())),
            CHAIN);

    assertThat(result.match().recordIndex()).isEqualTo(1);
    assertThat(result.records().get(0).usable()).isFalse();
    assertThat(result.records().get(0).outcome()).contains("RFC 7672 §3.1.3");
  }

  @Test
  void verify_usableRecordNotMatchingBesideUnusable_noMatchNotNoUsable() {
    DaneResult result =
        verify(
            List.of(record(0, 1, 1, LEAF.certificate()), record(3, 1, 1, OTHER.certificate())),
            CHAIN);

    assertThat(result.status()).isEqualTo(Status.NO_MATCH);
  }

  @Test
  void verify_digestOfWrongLength_unusable() {
    DaneResult result = verify(List.of(TlsaRecord.of(3, 1, 1, "abcd")), CHAIN);

    assertThat(result.status()).isEqualTo(Status.NO_USABLE_RECORDS);
    assertThat(result.records().get(0).outcome()).contains("32 bytes");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      textBlock =
          """
          LEAF,  dane-tlsa-match
          OTHER, tlsa-invalid
          """)
  void findingCode_result_existingCodes(Target target, String code) {
    DaneResult result = verify(List.of(record(3, 1, 1, certificate(target))), CHAIN);

    assertThat(result.findingCode()).map(c -> c.code()).contains(code);
  }

  @Test
  void findingCode_noUsableRecords_noCodeYet() {
    assertThat(verify(List.of(record(1, 1, 1, LEAF.certificate())), CHAIN).findingCode()).isEmpty();
  }

  @Test
  void fromInfos_describedChain_sameCertificates() throws Exception {
    List<X509Certificate> again =
        PresentedChain.fromInfos(org.mailpath.pki.CertificateInspector.describe(CHAIN));

    assertThat(again).isEqualTo(CHAIN);
    assertThat(verify(List.of(record(2, 1, 1, INTERMEDIATE.certificate())), again).status())
        .isEqualTo(Status.MATCH);
  }

  private static DaneResult verify(List<TlsaRecord> records, List<X509Certificate> chain) {
    return DaneVerifier.verify(records, chain, List.of(MX), NOW);
  }

  private static X509Certificate certificate(Target target) {
    return switch (target) {
      case LEAF -> LEAF.certificate();
      case INTERMEDIATE -> INTERMEDIATE.certificate();
      case ROOT -> ROOT.certificate();
      case OTHER -> OTHER.certificate();
    };
  }

  /** A record for {@code certificate}; for unknown selectors or types, data as if SPKI SHA-256. */
  static TlsaRecord record(int usage, int selector, int matchingType, X509Certificate certificate) {
    byte[] selected = TlsaMatcher.selected(selector == 0 ? 0 : 1, certificate);
    byte[] data = TlsaMatcher.digest(matchingType > 2 ? 1 : matchingType, selected);
    return new TlsaRecord(usage, selector, matchingType, data);
  }
}
