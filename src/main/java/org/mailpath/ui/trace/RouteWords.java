package org.mailpath.ui.trace;

import org.mailpath.lab.attacker.OnPathDialer;
import org.mailpath.lab.scenario.AttackMode;
import org.mailpath.trace.TraceReport;

/**
 * How a trace's connections left this machine, as a person would say it after "Route: ", from the
 * route its report recorded (the dialer's description, e.g. "direct, through the lab's on-path
 * attacker (strip: it removes STARTTLS …)").
 */
final class RouteWords {
  private RouteWords() {}

  /** "direct", "through SOCKS5 proxy …", "through the lab's on-path attacker, which …". */
  static String of(String route) {
    if (route == null || route.isBlank() || TraceReport.DIRECT.equals(route)) {
      return TraceReport.DIRECT;
    }
    return OnPathDialer.namedIn(route)
        .map(mode -> throughAttacker(OnPathDialer.beforeAttacker(route), mode))
        .orElse("through " + route);
  }

  private static String throughAttacker(String wayOut, AttackMode mode) {
    String attacker = "the lab's on-path attacker, which " + mode.action();
    return TraceReport.DIRECT.equals(wayOut)
        ? "through " + attacker
        : "through " + wayOut + ", then " + attacker;
  }
}
