package org.mailpath.tls;

import java.util.ArrayList;
import java.util.List;
import org.mailpath.finding.Finding;
import org.mailpath.finding.FindingCode;

/** What the TLS 1.2 suites a server accepts mean for senders (--deep). */
final class CipherFindings {
  private CipherFindings() {}

  static List<Finding> of(String subject, List<CipherSuiteInfo> suites) {
    List<Finding> out = new ArrayList<>();
    if (suites.isEmpty()) {
      return out;
    }
    List<String> evidence = suites.stream().map(CipherSuiteInfo::describe).toList();
    List<String> weak =
        suites.stream().filter(s -> s.weakness() != null).map(CipherSuiteInfo::name).toList();
    if (!weak.isEmpty()) {
      out.add(
          FindingCode.TLS_WEAK_CIPHER_ACCEPTED.raise(
              subject, "Accepted: " + String.join(", ", weak) + ".", evidence));
    }
    List<String> noPfs =
        suites.stream().filter(s -> !s.forwardSecret()).map(CipherSuiteInfo::name).toList();
    if (!noPfs.isEmpty()) {
      out.add(
          FindingCode.TLS_CIPHER_WITHOUT_FORWARD_SECRECY.raise(
              subject,
              "Accepted without forward secrecy: " + String.join(", ", noPfs) + ".",
              evidence));
    }
    if (suites.stream().noneMatch(CipherSuiteInfo::aead)) {
      out.add(
          FindingCode.TLS12_CBC_ONLY.raise(
              subject,
              "None of the " + suites.size() + " accepted TLS 1.2 suites is AEAD.",
              evidence));
    }
    return out;
  }
}
