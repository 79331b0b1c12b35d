package org.mailpath.ui.tls;

import java.util.List;
import org.mailpath.finding.Finding;
import org.mailpath.finding.Severity;

/**
 * One node of the certificate tree: the chain's verdict at the root, then leaf → intermediates →
 * anchor, each issued by its parent's child... read top-down as "vouched for by".
 *
 * @param role "Leaf", "Intermediate", "Trust anchor", "Missing issuer", "Chain"
 * @param title the subject (or what the node stands for)
 * @param mark the worst problem, PASS when none, null when nothing was judged
 * @param facts every field, problems marked
 * @param problems the findings of the connection that concern this node
 * @param children the next certificates towards the anchor
 */
public record CertificateNode(
    String role,
    String title,
    Severity mark,
    List<MarkedFact> facts,
    List<Finding> problems,
    List<CertificateNode> children) {

  public CertificateNode {
    facts = List.copyOf(facts);
    problems = List.copyOf(problems);
    children = List.copyOf(children);
  }
}
