package org.mailpath.report.diff;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.mailpath.tls.VersionResult;
import org.mailpath.trace.ConnectionReport;

/** The TLS versions each server accepted in the version sweep. */
final class TlsVersionsAspect extends PerHostAspect {

  static final String NAME = "TLS versions";

  TlsVersionsAspect() {
    super(NAME);
  }

  @Override
  List<Change> compare(String host, ConnectionReport before, ConnectionReport after) {
    return Hosts.setDiff(NAME, host, accepted(before), accepted(after));
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
