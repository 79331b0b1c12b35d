package org.mailpath.report.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.mailpath.policy.PolicyReport;
import org.mailpath.trace.TraceReport;

/** The domain's demands: MTA-STS record id and policy mode, TLSA records per MX host, DNSSEC. */
final class PolicyAspect extends NamedAspect {

  static final String NAME = "Domain policy";

  PolicyAspect() {
    super(NAME);
  }

  @Override
  public List<Change> compare(TraceReport before, TraceReport after) {
    List<Change> out = new ArrayList<>();
    compare(out, "DNSSEC of MX", dnssec(before), dnssec(after));
    PolicyReport was = before.policy();
    PolicyReport now = after.policy();
    if (was == null || now == null) {
      return out;
    }
    compare(out, "MTA-STS id", was.stsRecord().id(), now.stsRecord().id());
    compare(out, "MTA-STS mode", stsMode(was), stsMode(now));
    compare(out, "TLS-RPT", was.tlsRpt().status().label(), now.tlsRpt().status().label());
    Map<String, String> tlsaWas = tlsa(was);
    Map<String, String> tlsaNow = tlsa(now);
    for (String host : union(tlsaWas, tlsaNow)) {
      compare(out, "TLSA " + host, tlsaWas.get(host), tlsaNow.get(host));
    }
    return out;
  }

  private static void compare(List<Change> out, String subject, String was, String now) {
    if (!Objects.equals(was, now)) {
      out.add(
          Change.changed(
              NAME, subject, was == null ? "(none)" : was, now == null ? "(none)" : now));
    }
  }

  private static String dnssec(TraceReport r) {
    return r.resolution() == null || r.resolution().dnssec() == null
        ? null
        : r.resolution().dnssec().label();
  }

  private static String stsMode(PolicyReport p) {
    return p.stsPolicy() == null || p.stsPolicy().policy() == null
        ? null
        : p.stsPolicy().policy().mode().keyword();
  }

  private static Map<String, String> tlsa(PolicyReport p) {
    Map<String, String> out = new LinkedHashMap<>();
    p.dane()
        .forEach(
            d ->
                out.put(
                    d.mxHost(),
                    d.tlsaRecords().isEmpty() ? null : String.join("; ", d.tlsaRecords())));
    return out;
  }

  private static List<String> union(Map<String, String> a, Map<String, String> b) {
    List<String> keys = new ArrayList<>(a.keySet());
    b.keySet().stream().filter(k -> !keys.contains(k)).forEach(keys::add);
    return keys;
  }
}
