package org.mailpath.ui.tls;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mailpath.finding.Severity;
import org.mailpath.tls.VersionResult;
import org.mailpath.tls.VersionResult.Status;

class VersionRowTest {

  @ParameterizedTest
  @CsvSource(
      textBlock =
          """
          TLSv1.0, ACCEPTED, WARNING
          TLSv1.0, REFUSED,  PASS
          TLSv1.1, ACCEPTED, WARNING
          TLSv1.2, ACCEPTED, PASS
          TLSv1.2, REFUSED,  INFO
          TLSv1.3, ACCEPTED, PASS
          TLSv1.3, REFUSED,  WARNING
          """)
  void of_versionAndAnswer_markedLikeTheFindings(String version, Status status, Severity mark) {
    VersionRow row = VersionRow.of(new VersionResult(version, status, "S", "x25519", "yes", null));

    assertThat(row.resultMark()).isEqualTo(mark);
  }

  @Test
  void of_tls12WithoutEms_marksEmsAsAWarning() {
    VersionRow row =
        VersionRow.of(new VersionResult("TLSv1.2", Status.ACCEPTED, "S", null, "no", null));

    assertThat(row.ems()).isEqualTo("EMS no");
    assertThat(row.emsMark()).isEqualTo(Severity.WARNING);
  }

  @Test
  void of_sweep_givesFourRowsOldestFirstAndFillsTheGaps() {
    List<VersionRow> rows =
        VersionRow.of(
            List.of(new VersionResult("TLSv1.3", Status.ACCEPTED, "S", null, "n/a", null)));

    assertThat(rows).extracting(VersionRow::version).containsExactlyElementsOf(VersionRow.VERSIONS);
    assertThat(rows.get(0).result()).isEqualTo("Not tested");
    assertThat(rows.get(3).emsMark()).isNull();
  }

  @Test
  void suiteRow_cbcWithoutForwardSecrecy_isAWarningAndBrokenIsAnError() {
    List<SuiteRow> rows =
        SuiteRow.of(
            List.of(
                org.mailpath.tls.CipherSuiteInfo.of("TLS_RSA_WITH_AES_128_CBC_SHA"),
                org.mailpath.tls.CipherSuiteInfo.of("TLS_RSA_WITH_3DES_EDE_CBC_SHA"),
                org.mailpath.tls.CipherSuiteInfo.of("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256")));

    assertThat(rows)
        .extracting(SuiteRow::mark)
        .containsExactly(Severity.WARNING, Severity.ERROR, Severity.PASS);
    assertThat(rows).extracting(SuiteRow::rank).containsExactly(1, 2, 3);
  }
}
