package org.mailpath.report.diff;

import java.util.ArrayList;
import java.util.List;
import org.mailpath.trace.ConnectionReport;
import org.mailpath.trace.TraceReport;

/** Whether each server offers STARTTLS (RFC 3207 §4): the difference between clear and TLS. */
final class StarttlsAspect implements DiffAspect {

  static final String NAME = "STARTTLS";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<Change> compare(TraceReport before, TraceReport after) {
    List<Change> out = new ArrayList<>();
    for (Hosts.Both both : Hosts.inBoth(before, after)) {
      String was = offered(both.before());
      String now = offered(both.after());
      if (!was.equals(now)) {
        out.add(Change.changed(NAME, both.host(), was, now));
      }
    }
    return out;
  }

  static String offered(ConnectionReport c) {
    if (!c.starttlsReached()) {
      return "not reached";
    }
    return c.smtp().starttlsOffered() ? "offered" : "not offered";
  }
}
