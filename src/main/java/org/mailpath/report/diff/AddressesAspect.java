package org.mailpath.report.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mailpath.dns.MxHost;
import org.mailpath.trace.TraceReport;

/** The addresses each MX host resolved to (for hosts named in both sessions). */
final class AddressesAspect extends NamedAspect {

  static final String NAME = "Addresses";

  AddressesAspect() {
    super(NAME);
  }

  @Override
  public List<Change> compare(TraceReport before, TraceReport after) {
    Map<String, Set<String>> was = addresses(before);
    List<Change> out = new ArrayList<>();
    addresses(after)
        .forEach(
            (host, now) -> {
              if (was.containsKey(host)) {
                out.addAll(Hosts.setDiff(NAME, host, was.get(host), now));
              }
            });
    return out;
  }

  private static Map<String, Set<String>> addresses(TraceReport report) {
    Map<String, Set<String>> out = new LinkedHashMap<>();
    if (report.resolution() != null) {
      for (MxHost host : report.resolution().hosts()) {
        out.computeIfAbsent(host.name(), h -> new LinkedHashSet<>()).addAll(host.addresses());
      }
    }
    return out;
  }
}
