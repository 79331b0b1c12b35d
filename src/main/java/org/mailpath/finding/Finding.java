package org.mailpath.finding;

import java.util.List;
import java.util.Objects;
import org.mailpath.text.RemoteText;

/**
 * One observation about the traced path, as stored and exported. The code, severity, RFC section
 * and explanation are copied from the {@link FindingCode} table when the finding is raised, so a
 * stored report still reads the same after the table changes.
 *
 * @param code stable, lower-case hyphenated code (DESIGN.md contract)
 * @param severity how much it matters
 * @param rfc the RFC section the finding rests on
 * @param resultType the RFC 8460 §4.3 result type a TLS-RPT report gives this failure, or null
 * @param explanation one plain sentence for a trainee
 * @param subject what it concerns: a domain, an MX host, or "host [address]:port"
 * @param detail what was seen, specific to this trace
 * @param evidence transcript lines, records or certificate fields that show it
 */
public record Finding(
    String code,
    Severity severity,
    String rfc,
    String resultType,
    String explanation,
    String subject,
    String detail,
    List<String> evidence) {

  public Finding {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(severity, "severity");
    // The subject, detail and evidence quote what servers sent: remote text (RemoteText).
    subject = RemoteText.visible(subject);
    detail = RemoteText.visible(detail);
    evidence = evidence == null ? List.of() : List.copyOf(RemoteText.visible(evidence));
  }
}
