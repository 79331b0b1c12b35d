package org.mailpath.ui.tls;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.mailpath.finding.Finding;
import org.mailpath.finding.FindingCode;
import org.mailpath.finding.Severity;
import org.mailpath.pki.CertificateInfo;
import org.mailpath.pki.ChainStructure;
import org.mailpath.pki.ChainVerdict;
import org.mailpath.tls.TlsObservation;

/**
 * The presented chain as a tree: the verdict at the root, then the path from the leaf through the
 * intermediates to the anchor, following issuer names rather than the order the server sent. Each
 * certificate carries the connection's certificate findings that concern it.
 */
public final class CertificateTree {

  // These concern the chain as a whole rather than one certificate.
  private static final Set<String> CHAIN_CODES =
      Set.of(
          FindingCode.CERTIFICATE_NOT_TRUSTED.code(),
          FindingCode.CERTIFICATE_CHAIN_INCOMPLETE.code());
  private static final String SUBJECT_EVIDENCE = "subject: ";

  private final List<CertificateInfo> chain;
  private final List<Finding> findings;

  private CertificateTree(List<CertificateInfo> chain, List<Finding> findings) {
    this.chain = chain;
    this.findings = findings.stream().filter(f -> f.code().startsWith("certificate-")).toList();
  }

  /** The tree of a handshake's chain; null when no chain was captured. */
  public static CertificateNode of(TlsObservation tls, List<Finding> connectionFindings) {
    if (tls == null || tls.chain().isEmpty()) {
      return null;
    }
    return new CertificateTree(tls.chain(), connectionFindings).root(tls);
  }

  private CertificateNode root(TlsObservation tls) {
    List<Finding> chainProblems =
        findings.stream().filter(f -> CHAIN_CODES.contains(f.code())).toList();
    List<CertificateInfo> path = path();
    Set<CertificateInfo> off = new LinkedHashSet<>(chain);
    path.forEach(off::remove);
    List<CertificateNode> children = new ArrayList<>();
    children.add(pathFrom(path, 0, tls.verdict()));
    off.forEach(c -> children.add(node(c, "Sent, not on the path", List.of())));
    List<MarkedFact> facts = VerdictFacts.of(tls.verdict(), tls.ocspStapling(), chainProblems);
    Severity mark = Severity.worst(allMarks(facts, children));
    return new CertificateNode(
        "Chain", chain.size() + " certificate(s) presented", mark, facts, chainProblems, children);
  }

  /** Leaf first, then each certificate's issuer as long as the server sent it. */
  private List<CertificateInfo> path() {
    List<CertificateInfo> path = new ArrayList<>();
    CertificateInfo current =
        chain.stream().filter(c -> c.position() == 0).findFirst().orElse(chain.get(0));
    while (current != null && !path.contains(current)) {
      path.add(current);
      CertificateInfo child = current;
      current =
          child.selfSigned()
              ? null
              : chain.stream()
                  .filter(c -> c != child && c.subject().equals(child.issuer()))
                  .findFirst()
                  .orElse(null);
    }
    return path;
  }

  private CertificateNode pathFrom(List<CertificateInfo> path, int index, ChainVerdict verdict) {
    CertificateInfo certificate = path.get(index);
    List<CertificateNode> next = new ArrayList<>();
    if (index + 1 < path.size()) {
      next.add(pathFrom(path, index + 1, verdict));
    } else if (!certificate.selfSigned()) {
      CertificateNode end = endOfPath(certificate, verdict);
      if (end != null) {
        next.add(end);
      }
    }
    String role =
        index == 0 ? "Leaf" : certificate.selfSigned() ? "Trust anchor (sent)" : "Intermediate";
    return node(certificate, role, next);
  }

  /** What the last sent certificate was issued by: a trust store anchor, or a missing issuer. */
  private static CertificateNode endOfPath(CertificateInfo last, ChainVerdict verdict) {
    ChainStructure structure = verdict == null ? null : verdict.structure();
    if (structure != null && structure.incomplete()) {
      String missing =
          structure.missingIssuer() != null ? structure.missingIssuer() : last.issuer();
      return new CertificateNode(
          "Missing issuer",
          missing,
          FindingCode.CERTIFICATE_CHAIN_INCOMPLETE.severity(),
          List.of(
              new MarkedFact(
                  "Not sent",
                  "The server did not send this certificate and no trusted anchor has this name",
                  FindingCode.CERTIFICATE_CHAIN_INCOMPLETE.severity())),
          List.of(),
          List.of());
    }
    if (verdict != null && verdict.trustAnchor() != null) {
      return new CertificateNode(
          "Trust anchor",
          verdict.trustAnchor(),
          Severity.PASS,
          List.of(new MarkedFact("Source", "The local trust store (not sent by the server)", null)),
          List.of(),
          List.of());
    }
    return null;
  }

  private CertificateNode node(
      CertificateInfo certificate, String role, List<CertificateNode> children) {
    List<Finding> problems = problemsOf(certificate);
    return new CertificateNode(
        role,
        certificate.subject(),
        CertificateFacts.worst(problems),
        CertificateFacts.of(certificate, problems),
        problems,
        children);
  }

  /** Findings naming this certificate's subject; unnamed ones concern the leaf. */
  private List<Finding> problemsOf(CertificateInfo certificate) {
    return findings.stream()
        .filter(f -> !CHAIN_CODES.contains(f.code()))
        .filter(
            f -> {
              List<String> subjects =
                  f.evidence().stream()
                      .filter(e -> e.startsWith(SUBJECT_EVIDENCE))
                      .map(e -> e.substring(SUBJECT_EVIDENCE.length()).strip())
                      .toList();
              return subjects.isEmpty()
                  ? certificate.position() == 0
                  : subjects.contains(certificate.subject());
            })
        .toList();
  }

  private static List<Severity> allMarks(List<MarkedFact> facts, List<CertificateNode> nodes) {
    List<Severity> marks = new ArrayList<>();
    facts.stream().map(MarkedFact::mark).filter(m -> m != null).forEach(marks::add);
    for (CertificateNode node : nodes) {
      if (node.mark() != null) {
        marks.add(node.mark());
      }
      marks.addAll(allMarks(List.of(), node.children()));
    }
    return marks;
  }
}
