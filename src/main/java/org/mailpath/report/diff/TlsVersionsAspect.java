package org.mailpath.report.diff;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.mailpath.tls.VersionResult;
import org.mailpath.trace.ConnectionReport;
import org.mailpath.trace.TraceReport;

/** The TLS versions each server accepted in the version sweep. */
final class TlsVersionsAspect implements DiffAspect {

  static final String NAME = "TLS versions";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<Change> compare(TraceReport before, TraceReport after) {
    List<Change> out = new ArrayList<>();
    for (Hosts.Both both : Hosts.inBoth(before, after)) {
      out.addAll(Hosts.setDiff(NAME, both.host(), accepted(both.before()), accepted(both.after())));
    }
    return out;
  }

  /**
   * The accepted versions; without a sweep (--quick), the version the handshake negotiated. A
   * version not tested in one session is not reported as gone.
   */
  static Set<String> accepted(ConnectionReport c) {
    Set<String> out = new LinkedHashSet<>();
    if (c.versions().isEmpty()) {
      if (c.tls() != null && c.tls().established()) {
        out.add(c.tls().version());
      }
      return out;
    }
    c.versions().stream()
        .filter(VersionResult::accepted)
        .map(VersionResult::version)
        .forEach(out::add);
    return out;
  }
}
