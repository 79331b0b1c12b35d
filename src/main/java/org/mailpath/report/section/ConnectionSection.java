package org.mailpath.report.section;

import java.util.ArrayList;
import java.util.List;
import org.mailpath.report.doc.Block;
import org.mailpath.report.doc.Block.Fact;
import org.mailpath.report.doc.Block.TranscriptRow;
import org.mailpath.report.doc.Tone;
import org.mailpath.smtp.SmtpObservation;
import org.mailpath.smtp.TranscriptLine;
import org.mailpath.trace.ConnectionReport;
import org.mailpath.trace.TraceReport;

/** Per mail server: the SMTP facts, the step timeline and the whole transcript. */
final class ConnectionSection implements ReportSection {

  @Override
  public boolean appliesTo(TraceReport report) {
    return !report.connections().isEmpty();
  }

  @Override
  public List<Block> render(ReportContext context) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Heading(1, "Mail servers, step by step"));
    blocks.add(
        new Block.Paragraph(
            "mailpath connected to each address as a sending mail server would, and stopped"
                + " after STARTTLS and the second EHLO: no mail was sent. Times count from the"
                + " start of the trace. In the transcript, C is mailpath, S is the server and"
                + " * marks what happened to the connection.",
            Tone.MUTED));
    for (ConnectionReport c : context.report().connections()) {
      blocks.add(new Block.Heading(2, c.plan().id() + "  " + c.plan().label()));
      blocks.add(new Block.Paragraph(HostSummary.sentence(c), Tone.of(HostSummary.worst(c))));
      if (c.smtp() != null) {
        blocks.add(new Block.Facts(smtpFacts(c.smtp(), c.starttlsReached())));
      }
      if (!c.steps().isEmpty()) {
        blocks.add(new Block.Heading(3, "Timeline"));
        blocks.add(StepTable.of(c.steps(), context));
      }
      if (!c.transcript().isEmpty()) {
        blocks.add(new Block.Heading(3, "SMTP transcript"));
        blocks.add(new Block.Transcript(transcript(c.transcript(), context)));
      }
    }
    return blocks;
  }

  private static List<Fact> smtpFacts(SmtpObservation smtp, boolean starttlsReached) {
    List<Fact> facts = new ArrayList<>();
    if (smtp.greeting() != null) {
      facts.add(Fact.mono("Greeting", smtp.greeting()));
    }
    facts.add(Fact.of("EHLO", smtp.ehloAccepted() ? "accepted" : "not accepted"));
    if (!smtp.capabilities().isEmpty()) {
      facts.add(Fact.mono("Extensions", String.join("\n", smtp.capabilities())));
    }
    if (!starttlsReached) {
      facts.add(
          new Fact(
              "STARTTLS",
              "not reached: the session ended before EHLO was answered",
              Tone.MUTED,
              false));
    } else {
      facts.add(
          new Fact(
              "STARTTLS",
              smtp.starttlsOffered() ? "offered" : "not offered: mail travels in clear text",
              smtp.starttlsOffered() ? Tone.PASS : Tone.ERROR,
              false));
    }
    if (smtp.starttlsReply() != null) {
      facts.add(Fact.mono("Reply to STARTTLS", smtp.starttlsReply()));
    }
    if (!smtp.capabilitiesAfterTls().isEmpty()) {
      facts.add(Fact.mono("Extensions after TLS", String.join("\n", smtp.capabilitiesAfterTls())));
    }
    return facts;
  }

  private static List<TranscriptRow> transcript(List<TranscriptLine> lines, ReportContext ctx) {
    return lines.stream()
        .map(
            l ->
                new TranscriptRow(
                    ctx.sinceStart(l.at()),
                    switch (l.direction()) {
                      case CLIENT -> "C";
                      case SERVER -> "S";
                      case NOTE -> "*";
                    },
                    l.text()))
        .toList();
  }
}
