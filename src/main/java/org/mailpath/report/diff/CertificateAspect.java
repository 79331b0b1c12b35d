package org.mailpath.report.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.mailpath.pki.CertificateInfo;
import org.mailpath.pki.ChainVerdict;
import org.mailpath.trace.ConnectionReport;

/**
 * Each server's leaf certificate: its SHA-256 fingerprint, its end date, and whether it is trusted.
 */
final class CertificateAspect extends PerHostAspect {

  static final String NAME = "Certificate";

  CertificateAspect() {
    super(NAME);
  }

  @Override
  List<Change> compare(String host, ConnectionReport before, ConnectionReport after) {
    CertificateInfo was = leaf(before);
    CertificateInfo now = leaf(after);
    if (was == null && now == null) {
      return List.of();
    }
    if (was == null || now == null) {
      return List.of(
          new Change(
              NAME,
              host,
              was == null ? Change.Kind.ADDED : Change.Kind.REMOVED,
              was == null ? null : "SHA-256 " + was.sha256Fingerprint(),
              now == null ? null : "SHA-256 " + now.sha256Fingerprint()));
    }
    List<Change> out = new ArrayList<>();
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
    String trustWas = trust(before.tls().verdict());
    String trustNow = trust(after.tls().verdict());
    if (!trustWas.equals(trustNow)) {
      out.add(Change.changed(NAME, host, trustWas, trustNow));
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
