package org.mailpath.report.section;

import java.util.ArrayList;
import java.util.List;
import org.mailpath.finding.Severity;
import org.mailpath.report.doc.Block;
import org.mailpath.report.doc.Block.Fact;
import org.mailpath.trace.TraceReport;

/** The words of this report, for trainees. */
final class GlossarySection implements ReportSection {

  private static final List<Fact> TERMS =
      List.of(
          Fact.of(
              "MX",
              "Mail exchanger: the DNS record naming the servers that accept mail for a domain."
                  + " Senders try the lowest preference number first (RFC 5321 section 5.1)."),
          Fact.of(
              "SMTP",
              "Simple Mail Transfer Protocol: how mail servers hand mail to each other,"
                  + " one text command and one numbered reply at a time (RFC 5321)."),
          Fact.of(
              "EHLO",
              "The sender's greeting; the server answers with the extensions it"
                  + " supports, such as STARTTLS."),
          Fact.of(
              "STARTTLS",
              "An SMTP extension that turns the open connection into an encrypted"
                  + " one (RFC 3207). Most senders use it only when offered and fall back to clear"
                  + " text otherwise (opportunistic TLS)."),
          Fact.of(
              "TLS",
              "Transport Layer Security: encrypts the connection between two servers."
                  + " Versions 1.0 and 1.1 are obsolete (RFC 8996); 1.2 and 1.3 are current."),
          Fact.of(
              "Cipher suite",
              "The algorithms a TLS session uses for key exchange, encryption" + " and integrity."),
          Fact.of(
              "EMS",
              "Extended Master Secret (RFC 7627): binds TLS 1.2 session keys to the whole"
                  + " handshake, closing the triple-handshake attack. Strict clients refuse TLS 1.2"
                  + " without it. TLS 1.3 has it built in."),
          Fact.of(
              "Certificate",
              "The server's signed statement of its name and public key, issued"
                  + " by a certificate authority (CA)."),
          Fact.of(
              "PKIX",
              "The rules for checking a certificate chain up to a trusted CA: signatures,"
                  + " dates and permitted uses (RFC 5280)."),
          Fact.of(
              "Fingerprint",
              "A hash (SHA-256) of the whole certificate: two certificates with"
                  + " the same fingerprint are the same certificate."),
          Fact.of(
              "DNSSEC",
              "Signatures on DNS answers, so a resolver can tell a forged answer from"
                  + " a real one (RFC 4033)."),
          Fact.of(
              "DANE",
              "DNS-based Authentication of Named Entities: TLSA records, signed with"
                  + " DNSSEC, say which certificate or key a mail server must present (RFC 7672)."),
          Fact.of(
              "MTA-STS",
              "Mail Transfer Agent Strict Transport Security: a policy published over"
                  + " HTTPS telling senders to require TLS and a valid certificate (RFC 8461)."),
          Fact.of(
              "TLS-RPT",
              "A DNS record asking senders to report TLS failures to the domain" + " (RFC 8460)."),
          Fact.of(
              "REQUIRETLS",
              "An SMTP extension with which a message itself demands TLS on every"
                  + " hop (RFC 8689)."),
          Fact.of(
              "End-to-end",
              "PGP or S/MIME encrypt the message body for the recipient; the"
                  + " envelope, and without header protection the headers such as Subject, stay"
                  + " readable to every server on the path."),
          Fact.of(
              "Severity",
              Severity.ERROR.label()
                  + ": mail fails or travels unprotected for ordinary senders. "
                  + Severity.WARNING.label()
                  + ": some senders degrade or strict ones fail. "
                  + Severity.INFO.label()
                  + ": worth knowing. "
                  + Severity.PASS.label()
                  + ": something done right."));

  @Override
  public boolean appliesTo(TraceReport report) {
    return true;
  }

  @Override
  public List<Block> render(ReportContext context) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Heading(1, "Glossary"));
    blocks.add(new Block.Facts(TERMS));
    return blocks;
  }
}
