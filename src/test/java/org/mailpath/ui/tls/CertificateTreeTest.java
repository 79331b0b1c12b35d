package org.mailpath.ui.tls;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mailpath.finding.Finding;
import org.mailpath.finding.FindingCode;
import org.mailpath.finding.Severity;
import org.mailpath.pki.CertificateDetails;
import org.mailpath.pki.CertificateInfo;
import org.mailpath.pki.ChainStructure;
import org.mailpath.pki.ChainVerdict;
import org.mailpath.tls.TlsObservation;

class CertificateTreeTest {

  private static final Instant T = Instant.parse("2026-11-28T00:00:00Z");
  private static final String LEAF = "CN=mx1.example.org";
  private static final String ISSUING = "CN=Issuing CA";

  @Test
  void of_chainSentIssuerFirst_showsLeafThenIntermediateThenAnchor() {
    CertificateNode root =
        CertificateTree.of(
            tls(
                List.of(
                    cert(0, LEAF, ISSUING, 1024, "SHA256withRSA"),
                    cert(1, ISSUING, "CN=Root", 2048, "SHA256withRSA")),
                false),
            List.of());

    CertificateNode leaf = root.children().get(0);
    CertificateNode intermediate = leaf.children().get(0);
    assertThat(leaf.role()).isEqualTo("Leaf");
    assertThat(intermediate.title()).isEqualTo(ISSUING);
    assertThat(intermediate.children().get(0).role()).isEqualTo("Trust anchor");
    assertThat(intermediate.children().get(0).title()).isEqualTo("CN=Root");
  }

  @Test
  void of_weakKeyFindingNamingTheSubject_marksThatCertificatesKey() {
    Finding weak =
        FindingCode.CERTIFICATE_WEAK_KEY.raise(
            "mx1 [127.0.0.1]:25", "Certificate 1 has a 1024-bit RSA key.", "subject: " + ISSUING);
    CertificateNode root =
        CertificateTree.of(
            tls(
                List.of(
                    cert(0, LEAF, ISSUING, 2048, "SHA256withRSA"),
                    cert(1, ISSUING, "CN=Root", 1024, "SHA256withRSA")),
                false),
            List.of(weak));

    CertificateNode leaf = root.children().get(0);
    CertificateNode intermediate = leaf.children().get(0);
    assertThat(leaf.mark()).isEqualTo(Severity.PASS);
    assertThat(intermediate.mark()).isEqualTo(Severity.ERROR);
    assertThat(fact(intermediate, "Key").mark()).isEqualTo(Severity.ERROR);
    assertThat(fact(intermediate, "Key").value()).contains("1024-bit");
    assertThat(root.mark()).isEqualTo(Severity.ERROR);
  }

  @Test
  void of_incompleteChain_endsInAMissingIssuerMarkedAsTheFindingIs() {
    CertificateNode root =
        CertificateTree.of(
            tls(List.of(cert(0, LEAF, ISSUING, 2048, "SHA256withRSA")), true), List.of());

    CertificateNode missing = root.children().get(0).children().get(0);
    assertThat(missing.role()).isEqualTo("Missing issuer");
    assertThat(missing.title()).isEqualTo(ISSUING);
    assertThat(missing.mark()).isEqualTo(FindingCode.CERTIFICATE_CHAIN_INCOMPLETE.severity());
  }

  @Test
  void of_everyFieldOfTheCertificateIsShown() {
    CertificateNode root =
        CertificateTree.of(
            tls(List.of(cert(0, LEAF, ISSUING, 2048, "SHA256withRSA")), false), List.of());

    assertThat(root.children().get(0).facts())
        .extracting(MarkedFact::name)
        .contains(
            "Subject",
            "Issuer",
            "Serial",
            "Not before",
            "Not after",
            "Names (SAN)",
            "Key",
            "Signature",
            "Key usage",
            "Extended key usage",
            "CA",
            "Self-signed",
            "OCSP",
            "CA issuers",
            "CT (SCTs)",
            "Path length",
            "Must staple",
            "SHA-256",
            "PEM");
  }

  private static MarkedFact fact(CertificateNode node, String name) {
    return node.facts().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
  }

  private static TlsObservation tls(List<CertificateInfo> chain, boolean incomplete) {
    ChainVerdict verdict =
        new ChainVerdict(
            !incomplete,
            incomplete ? "no path" : null,
            true,
            "mx1.example.org",
            true,
            incomplete ? null : "CN=Root",
            new ChainStructure(true, false, incomplete, incomplete ? ISSUING : null));
    return new TlsObservation(
        "TLSv1.2", true, "TLSv1.2", "S", "x25519", "yes", null, chain, verdict, "not stapled");
  }

  private static CertificateInfo cert(
      int position, String subject, String issuer, int bits, String signature) {
    return new CertificateInfo(
        position,
        subject,
        issuer,
        "01",
        T,
        T.plusSeconds(86_400 * 90L),
        List.of("DNS:mx1.example.org"),
        "RSA",
        bits,
        signature,
        List.of("digitalSignature"),
        List.of("serverAuth"),
        position > 0,
        false,
        new CertificateDetails(List.of("http://ocsp.example"), List.of(), 2, null, false),
        "AB:CD",
        "-----BEGIN CERTIFICATE-----");
  }
}
