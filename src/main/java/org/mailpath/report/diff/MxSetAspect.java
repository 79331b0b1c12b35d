package org.mailpath.report.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mailpath.dns.MxHost;
import org.mailpath.trace.TraceReport;

/** Which mail servers the MX records name, and with which preference. */
final class MxSetAspect extends NamedAspect {

  static final String NAME = "MX";

  MxSetAspect() {
    super(NAME);
  }

  @Override
  public List<Change> compare(TraceReport before, TraceReport after) {
    Map<String, Integer> was = preferences(before);
    Map<String, Integer> now = preferences(after);
    // A removed MX host belonged to the older session's domain, an added one to the newer's.
    String subject = after.domain();
    String removedFrom = before.domain();
    String answerOf =
        removedFrom.equalsIgnoreCase(subject) ? subject : removedFrom + " → " + subject;
    List<Change> out = new ArrayList<>();
    if (before.resolution() != null
        && after.resolution() != null
        && before.resolution().outcome() != after.resolution().outcome()) {
      out.add(
          Change.changed(
              NAME,
              answerOf,
              "answer: " + before.resolution().outcome().label(),
              "answer: " + after.resolution().outcome().label()));
    }
    was.forEach(
        (host, pref) -> {
          if (!now.containsKey(host)) {
            out.add(Change.removed(NAME, removedFrom, pref + " " + host));
          } else if (!now.get(host).equals(pref)) {
            out.add(Change.changed(NAME, answerOf, pref + " " + host, now.get(host) + " " + host));
          }
        });
    now.forEach(
        (host, pref) -> {
          if (!was.containsKey(host)) {
            out.add(Change.added(NAME, subject, pref + " " + host));
          }
        });
    return out;
  }

  private static Map<String, Integer> preferences(TraceReport report) {
    Map<String, Integer> out = new LinkedHashMap<>();
    if (report.resolution() != null) {
      for (MxHost host : report.resolution().hosts()) {
        out.putIfAbsent(host.name(), host.preference());
      }
    }
    return out;
  }
}
