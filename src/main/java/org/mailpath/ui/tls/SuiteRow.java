package org.mailpath.ui.tls;

import java.util.List;
import java.util.Objects;
import org.mailpath.finding.FindingCode;
import org.mailpath.finding.Severity;
import org.mailpath.tls.CipherSuiteInfo;

/** One TLS 1.2 cipher suite the server accepted (--deep), with its flags and the worst mark. */
public record SuiteRow(
    int rank, String name, boolean forwardSecret, boolean aead, String weakness, Severity mark) {

  public static List<SuiteRow> of(List<CipherSuiteInfo> suites) {
    java.util.ArrayList<SuiteRow> rows = new java.util.ArrayList<>();
    for (CipherSuiteInfo suite : suites) {
      rows.add(
          new SuiteRow(
              rows.size() + 1,
              suite.name(),
              suite.forwardSecret(),
              suite.aead(),
              suite.weakness(),
              mark(suite)));
    }
    return List.copyOf(rows);
  }

  // RFC 9325 §4.1-4.2: broken ciphers are errors; no forward secrecy or CBC are weaknesses.
  private static Severity mark(CipherSuiteInfo suite) {
    List<Severity> marks =
        java.util.stream.Stream.of(
                suite.weakness() != null ? FindingCode.TLS_WEAK_CIPHER_ACCEPTED.severity() : null,
                suite.forwardSecret()
                    ? null
                    : FindingCode.TLS_CIPHER_WITHOUT_FORWARD_SECRECY.severity(),
                suite.aead() ? null : FindingCode.TLS12_CBC_ONLY.severity())
            .filter(Objects::nonNull)
            .toList();
    return marks.isEmpty() ? Severity.PASS : Severity.worst(marks);
  }
}
