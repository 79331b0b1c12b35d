package org.mailpath.policy.tlsrpt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mailpath.policy.tlsrpt.TlsRptRecord.ReportUri;
import org.mailpath.policy.tlsrpt.TlsRptRecord.Status;

class TlsRptRecordParserTest {

  @ParameterizedTest(name = "[{0}] -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          v=TLSRPTv1; rua=mailto:tlsrpt@mail.test                                  | PRESENT | 1
          v=TLSRPTv1;rua=mailto:tlsrpt@mail.test;                                  | PRESENT | 1
          v=TLSRPTv1; rua=https://reports.mail.test/v1/tlsrpt                      | PRESENT | 1
          v=TLSRPTv1; rua=mailto:a@mail.test,https://reports.mail.test/tlsrpt     | PRESENT | 2
          v=TLSRPTv1; rua=mailto:a@mail.test , mailto:b@mail.test                 | PRESENT | 2
          v=TLSRPTv1; rua=mailto:a@mail.test?subject=tls; ext=1                   | PRESENT | 1
          v=TLSRPTv1; rua=MAILTO:a@mail.test                                       | PRESENT | 1
          v=TLSRPTv1;                                                              | INVALID | 0
          v=TLSRPTv1                                                               | INVALID | 0
          v=TLSRPTv1; rua=                                                         | INVALID | 0
          v=TLSRPTv1; rua=mailto:                                                  | INVALID | 0
          v=TLSRPTv1; rua=mailto:@mail.test                                        | INVALID | 0
          v=TLSRPTv1; rua=mailto:tlsrpt                                            | INVALID | 0
          v=TLSRPTv1; rua=mailto:a@b@c                                             | INVALID | 0
          v=TLSRPTv1; rua=https://                                                 | INVALID | 0
          v=TLSRPTv1; rua=https://reports.mail.test/a b                           | INVALID | 0
          v=TLSRPTv1; rua=http://reports.mail.test/tlsrpt                          | INVALID | 0
          v=TLSRPTv1; rua=https://reports.mail.test/\u202etxt.exe                  | INVALID | 0
          v=TLSRPTv1; rua=mailto:a@mail.test?subject=\u200bx                       | INVALID | 0
          v=TLSRPTv1; rua=tlsrpt@mail.test                                         | INVALID | 0
          v=TLSRPTv1; rua=mailto:a@mail.test; rua=mailto:b@mail.test              | INVALID | 0
          v=TLSRPTv1; rua=mailto:a@mail.test,                                      | INVALID | 0
          v=TLSRPTv2; rua=mailto:a@mail.test                                       | NONE    | 0
          v=spf1 -all                                                              | NONE    | 0
          """)
  void parse_singleRecord_statusAndUris(String record, Status status, int uris) {
    TlsRptRecord parsed = TlsRptRecordParser.parse(List.of(record));

    assertThat(parsed.status()).isEqualTo(status);
    assertThat(parsed.reportTo()).hasSize(uris);
    assertThat(parsed.problem() != null).isEqualTo(status == Status.INVALID);
  }

  @Test
  void parse_mixedUris_kindsInOrder() {
    TlsRptRecord parsed =
        TlsRptRecordParser.parse(
            List.of("v=TLSRPTv1; rua=https://r.mail.test/x,mailto:a@mail.test"));

    assertThat(parsed.reportTo())
        .containsExactly(
            new ReportUri(ReportUri.Kind.HTTPS, "https://r.mail.test/x"),
            new ReportUri(ReportUri.Kind.MAILTO, "mailto:a@mail.test"));
  }

  @Test
  void parse_httpUri_saysWhichScheme() {
    assertThat(TlsRptRecordParser.parse(List.of("v=TLSRPTv1; rua=http://r.mail.test/x")).problem())
        .contains("scheme other than mailto: or https:");
  }

  @Test
  void parse_twoRecords_invalid() {
    TlsRptRecord parsed =
        TlsRptRecordParser.parse(
            List.of("v=TLSRPTv1; rua=mailto:a@mail.test", "v=TLSRPTv1; rua=mailto:b@mail.test"));

    assertThat(parsed.status()).isEqualTo(Status.INVALID);
    assertThat(parsed.problem()).contains("exactly one");
  }

  @Test
  void parse_unrelatedRecordsBeside_present() {
    assertThat(
            TlsRptRecordParser.parse(List.of("v=spf1 -all", "v=TLSRPTv1; rua=mailto:a@mail.test"))
                .status())
        .isEqualTo(Status.PRESENT);
  }
}
