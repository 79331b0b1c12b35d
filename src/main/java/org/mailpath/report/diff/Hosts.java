package org.mailpath.report.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mailpath.trace.ConnectionReport;
import org.mailpath.trace.TraceReport;

/** Helpers shared by the aspects: connections keyed by host and address, set differences. */
final class Hosts {

  private Hosts() {}

  /**
   * The connections of a report keyed "mx1.example.org [192.0.2.1]": the same server in two
   * sessions, whatever its connection id or port. The first connection to a key wins.
   */
  static Map<String, ConnectionReport> byHost(TraceReport report) {
    Map<String, ConnectionReport> out = new LinkedHashMap<>();
    for (ConnectionReport c : report.connections()) {
      String key =
          c.plan().mxHost().equals(c.plan().address())
              ? "[" + c.plan().address() + "]"
              : c.plan().mxHost() + " [" + c.plan().address() + "]";
      out.putIfAbsent(key, c);
    }
    return out;
  }

  /** The same host in both sessions. */
  record Both(String host, ConnectionReport before, ConnectionReport after) {}

  /**
   * Every host present in both reports, in the newer report's order. Two sessions of different
   * domains share no server as a rule: then the first server of one is set beside the first of the
   * other, and so on, named "before → after", so that two domains' setups can be compared.
   */
  static List<Both> inBoth(TraceReport before, TraceReport after) {
    Map<String, ConnectionReport> old = byHost(before);
    Map<String, ConnectionReport> now = byHost(after);
    List<Both> out = new ArrayList<>();
    now.forEach(
        (key, connection) -> {
          if (old.containsKey(key)) {
            out.add(new Both(key, old.get(key), connection));
          }
        });
    if (out.isEmpty() && !before.domain().equalsIgnoreCase(after.domain())) {
      List<String> oldKeys = List.copyOf(old.keySet());
      List<String> newKeys = List.copyOf(now.keySet());
      for (int i = 0; i < Math.min(oldKeys.size(), newKeys.size()); i++) {
        out.add(
            new Both(
                oldKeys.get(i) + " → " + newKeys.get(i),
                old.get(oldKeys.get(i)),
                now.get(newKeys.get(i))));
      }
    }
    return out;
  }

  /** ADDED for what only {@code after} has, REMOVED for what only {@code before} has. */
  static List<Change> setDiff(
      String aspect, String subject, Set<String> before, Set<String> after) {
    List<Change> out = new ArrayList<>();
    for (String value : before) {
      if (!after.contains(value)) {
        out.add(Change.removed(aspect, subject, value));
      }
    }
    for (String value : after) {
      if (!before.contains(value)) {
        out.add(Change.added(aspect, subject, value));
      }
    }
    return out;
  }

  static Set<String> orderedSet(List<String> values) {
    return new LinkedHashSet<>(values);
  }
}
