package org.mailpath.report.diff;

import java.util.ArrayList;
import java.util.List;
import org.mailpath.trace.ConnectionReport;
import org.mailpath.trace.TraceReport;

/**
 * An aspect compared server by server: every host present in both sessions ("mx1.example.org
 * [192.0.2.1]", whatever its connection id or port), in the newer session's order; for sessions of
 * two domains with no server in common, the servers in the same place of each list. A host in only
 * one session is not compared: the MX and Addresses aspects report it.
 */
abstract class PerHostAspect extends NamedAspect {

  PerHostAspect(String name) {
    super(name);
  }

  @Override
  public final List<Change> compare(TraceReport before, TraceReport after) {
    List<Change> out = new ArrayList<>();
    for (Hosts.Both both : Hosts.inBoth(before, after)) {
      out.addAll(compare(both.host(), both.before(), both.after()));
    }
    return out;
  }

  /** Comparable when at least one server could be paired across the two sessions. */
  @Override
  public final boolean comparable(TraceReport before, TraceReport after) {
    return !Hosts.inBoth(before, after).isEmpty();
  }

  /** What changed on {@code host} from {@code before} to {@code after}; empty when they agree. */
  abstract List<Change> compare(String host, ConnectionReport before, ConnectionReport after);
}
