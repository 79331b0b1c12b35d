package org.mailpath.report.section;

import java.util.ArrayList;
import java.util.List;
import org.mailpath.report.doc.Block;
import org.mailpath.report.doc.Block.Fact;
import org.mailpath.report.doc.Tone;
import org.mailpath.trace.TraceReport;

/** The cover: what was traced, when (with the time zone), from which network, by which version. */
final class CoverSection implements ReportSection {

  @Override
  public boolean appliesTo(TraceReport report) {
    return true;
  }

  @Override
  public List<Block> render(ReportContext context) {
    TraceReport r = context.report();
    List<Fact> facts = new ArrayList<>();
    facts.add(Fact.mono("Target", r.target()));
    facts.add(Fact.mono("Domain", r.domain()));
    facts.add(Fact.of("Network", network(r.network())));
    facts.add(
        Fact.of(
            "Route",
            r.proxied() ? "through " + r.route() : "direct - connections left from this computer"));
    if (r.proxied() && r.seenBy() != null) {
      facts.add(Fact.mono("First server greeted", r.seenBy()));
    }
    facts.add(Fact.of("Started", context.dateTime(r.started())));
    facts.add(Fact.of("Duration", ReportContext.seconds(r.duration())));
    facts.add(Fact.of("mailpath version", r.toolVersion()));
    if (context.sessionId() != null) {
      facts.add(Fact.of("History session", "#" + context.sessionId()));
    }
    if (r.cancelled()) {
      facts.add(
          new Fact(
              "Completeness",
              "Cancelled before it finished: parts of the path were not examined.",
              Tone.WARNING,
              false));
    }
    return List.of(
        new Block.Title("Mail path report", r.domain()),
        new Block.Facts(facts),
        new Block.Contents());
  }

  private static String network(String network) {
    if ("lab".equals(network)) {
      return "lab - mailpath's built-in training network on this computer (.test names)";
    }
    if ("internet".equals(network)) {
      return "internet - real servers reached over the network, not the lab";
    }
    return network == null ? "-" : network;
  }
}
