package org.mailpath.policy.tlsrpt;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.mailpath.fuzz.Fuzzing;
import org.mailpath.policy.tlsrpt.TlsRptRecord.ReportUri;
import org.mailpath.text.HiddenCharacters;

/** What a hostile domain may publish at _smtp._tls (RFC 8460 §3). */
class TlsRptFuzzTest {

  /**
   * Any TXT RRset (one record a line) requests reports to usable mailto: and https: URIs, all
   * visible ASCII, or to none with a reason; nothing it quotes carries hidden characters.
   */
  @FuzzTest(maxDuration = Fuzzing.MAX_DURATION)
  void parse_anyRecords_usableUrisOrReason(byte[] records) {
    List<String> txt = List.of(new String(records, StandardCharsets.UTF_8).split("\n", -1));

    TlsRptRecord record = TlsRptRecordParser.parse(txt);

    assertThat(record.status()).isNotNull();
    switch (record.status()) {
      case PRESENT -> {
        assertThat(record.problem()).isNull();
        assertThat(record.reportTo()).isNotEmpty();
        assertThat(record.findingCode()).isPresent();
      }
      case INVALID -> {
        assertThat(record.problem()).isNotBlank();
        assertThat(record.reportTo()).isEmpty();
      }
      case NONE -> assertThat(record.record()).isNull();
    }
    for (ReportUri uri : record.reportTo()) {
      String lower = uri.uri().toLowerCase(Locale.ROOT);
      assertThat(lower).startsWith(uri.kind() == ReportUri.Kind.MAILTO ? "mailto:" : "https:");
      assertThat(uri.uri()).as("RFC 3986 §2: visible ASCII").matches("[\\x21-\\x7e]+");
      assertThat(TlsRptRecordParser.uriProblem(uri.uri())).isNull();
      HiddenCharacters.assertNone(uri.uri());
    }
    if (record.record() != null) {
      HiddenCharacters.assertNone(record.record());
    }
    if (record.problem() != null) {
      HiddenCharacters.assertNone(record.problem());
    }
  }
}
