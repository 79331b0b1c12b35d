package org.mailpath.report.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mailpath.finding.Finding;
import org.mailpath.trace.TraceReport;

/**
 * Findings that appeared or went away, matched on code and subject (the detail may word the same
 * problem differently from one run to the next). The port of a "host [address]:port" subject is
 * left out of the match: the lab's port changes from run to run, the server does not.
 */
final class FindingsAspect extends NamedAspect {

  static final String NAME = "Findings";

  FindingsAspect() {
    super(NAME);
  }

  @Override
  public List<Change> compare(TraceReport before, TraceReport after) {
    Map<String, Finding> was = byKey(before);
    Map<String, Finding> now = byKey(after);
    List<Change> out = new ArrayList<>();
    was.forEach(
        (key, f) -> {
          if (!now.containsKey(key)) {
            out.add(Change.removed(NAME, subject(f), label(f)));
          }
        });
    now.forEach(
        (key, f) -> {
          if (!was.containsKey(key)) {
            out.add(Change.added(NAME, subject(f), label(f)));
          } else if (was.get(key).severity() != f.severity()) {
            out.add(Change.changed(NAME, subject(f), label(was.get(key)), label(f)));
          }
        });
    return out;
  }

  private static Map<String, Finding> byKey(TraceReport report) {
    Map<String, Finding> out = new LinkedHashMap<>();
    for (Finding f : report.findings()) {
      out.putIfAbsent(f.code() + "\u0000" + withoutPort(subject(f)), f);
    }
    return out;
  }

  private static final java.util.regex.Pattern PORT = java.util.regex.Pattern.compile("\\]:\\d+$");

  static String withoutPort(String subject) {
    return PORT.matcher(subject).replaceFirst("]");
  }

  private static String subject(Finding f) {
    return f.subject() == null ? "" : f.subject();
  }

  private static String label(Finding f) {
    return f.severity().label() + " " + f.code();
  }
}
