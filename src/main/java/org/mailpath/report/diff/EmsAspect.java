package org.mailpath.report.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mailpath.tls.VersionResult;
import org.mailpath.trace.ConnectionReport;

/** Extended Master Secret (RFC 7627) per server and version accepted in both sessions. */
final class EmsAspect extends PerHostAspect {

  static final String NAME = "EMS";

  EmsAspect() {
    super(NAME);
  }

  @Override
  List<Change> compare(String host, ConnectionReport before, ConnectionReport after) {
    List<Change> out = new ArrayList<>();
    Map<String, String> was = ems(before);
    ems(after)
        .forEach(
            (version, now) -> {
              String old = was.get(version);
              if (old != null && !old.equals(now)) {
                out.add(Change.changed(NAME, host + " " + version, old, now));
              }
            });
    return out;
  }

  /** Version to "yes"/"no"; TLS 1.3's "n/a" is left out, it cannot change. */
  private static Map<String, String> ems(ConnectionReport c) {
    Map<String, String> out = new LinkedHashMap<>();
    for (VersionResult v : c.versions()) {
      if (v.accepted()
          && v.extendedMasterSecret() != null
          && !"n/a".equals(v.extendedMasterSecret())) {
        out.put(v.version(), v.extendedMasterSecret());
      }
    }
    if (out.isEmpty()
        && c.tls() != null
        && c.tls().established()
        && c.tls().extendedMasterSecret() != null
        && !"n/a".equals(c.tls().extendedMasterSecret())) {
      out.put(c.tls().version(), c.tls().extendedMasterSecret());
    }
    return out;
  }
}
