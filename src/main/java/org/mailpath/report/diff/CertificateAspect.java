package org.mailpath.report.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.mailpath.pki.CertificateInfo;
import org.mailpath.pki.ChainVerdict;
import org.mailpath.trace.ConnectionReport;
import org.mailpath.trace.TraceReport;

/**
 * Each server's leaf certificate: its SHA-256 fingerprint, its end date, and whether it is trusted.
 */
final class CertificateAspect implements DiffAspect {

  static final String NAME = "Certificate";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<Change> compare(TraceReport before, TraceReport after) {
    List<Change> out = new ArrayList<>();
    for (Hosts.Both both : Hosts.inBoth(before, after)) {
      CertificateInfo was = leaf(both.before());
      CertificateInfo now = leaf(both.after());
      String host = both.host();
      if (was == null && now == null) {
        continue;
      }
      if (was == null || now == null) {
        out.add(
            new Change(
                NAME,
                host,
                was == null ? Change.Kind.ADDED : Change.Kind.REMOVED,
                was == null ? null : "SHA-256 " + was.sha256Fingerprint(),
                now == null ? null : "SHA-256 " + now.sha256Fingerprint()));
        continue;
      }
      if (!Objects.equals(was.sha256Fingerprint(), now.sha256Fingerprint())) {
        out.add(
            Change.changed(
                NAME,
                host,
                "SHA-256 " + was.sha256Fingerprint(),
                "SHA-256 " + now.sha256Fingerprint()));
      }
      if (!Objects.equals(was.notAfter(), now.notAfter())) {
        out.add(
            Change.changed(NAME, host, "notAfter " + was.notAfter(), "notAfter " + now.notAfter()));
      }
      String trustWas = trust(both.before().tls().verdict());
      String trustNow = trust(both.after().tls().verdict());
      if (!trustWas.equals(trustNow)) {
        out.add(Change.changed(NAME, host, trustWas, trustNow));
      }
    }
    return out;
  }

  private static CertificateInfo leaf(ConnectionReport c) {
    return c.tls() == null || c.tls().chain().isEmpty() ? null : c.tls().chain().get(0);
  }

  private static String trust(ChainVerdict v) {
    if (v == null) {
      return "not checked";
    }
    List<String> problems = new ArrayList<>();
    if (!v.pkixTrusted()) {
      problems.add("not trusted");
    }
    if (!v.hostnameMatches()) {
      problems.add("name mismatch");
    }
    if (!v.withinValidity()) {
      problems.add("outside validity");
    }
    return problems.isEmpty() ? "valid" : String.join(", ", problems);
  }
}
