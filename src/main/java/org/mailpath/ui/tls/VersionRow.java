package org.mailpath.ui.tls;

import java.util.List;
import org.mailpath.finding.FindingCode;
import org.mailpath.finding.Severity;
import org.mailpath.tls.VersionResult;

/**
 * One row of the TLS version matrix: what the server did when offered exactly this version, and
 * whether Extended Master Secret was negotiated. Marks follow the findings these answers raise.
 */
public record VersionRow(
    String version,
    String result,
    Severity resultMark,
    String ems,
    Severity emsMark,
    String suite,
    String detail) {

  /** The versions in the order the matrix shows them, oldest first. */
  public static final List<String> VERSIONS = List.of("TLSv1.0", "TLSv1.1", "TLSv1.2", "TLSv1.3");

  /** One row per version of the sweep, oldest first; versions the sweep lacks read "not tested". */
  public static List<VersionRow> of(List<VersionResult> sweep) {
    return VERSIONS.stream()
        .map(
            version ->
                sweep.stream()
                    .filter(r -> version.equals(r.version()))
                    .findFirst()
                    .map(VersionRow::of)
                    .orElse(new VersionRow(version, "Not tested", null, "—", null, "", null)))
        .toList();
  }

  static VersionRow of(VersionResult r) {
    boolean accepted = r.accepted();
    String result =
        switch (r.status()) {
          case ACCEPTED -> "Accepted";
          case REFUSED -> "Refused";
          case NOT_TESTED -> "Not tested";
          case UNDETERMINED -> "Undetermined";
        };
    String suite =
        accepted
            ? r.cipherSuite() + (r.keyExchangeGroup() == null ? "" : " · " + r.keyExchangeGroup())
            : "";
    return new VersionRow(
        r.version(), result, resultMark(r), emsWords(r), emsMark(r), suite, r.detail());
  }

  // RFC 8996: TLS 1.0 and 1.1 are deprecated; RFC 9325 §3.1.1: TLS 1.3 should be supported.
  private static Severity resultMark(VersionResult r) {
    boolean old = r.version().equals("TLSv1.0") || r.version().equals("TLSv1.1");
    return switch (r.status()) {
      case ACCEPTED -> old ? FindingCode.TLS_VERSION_OBSOLETE.severity() : Severity.PASS;
      case REFUSED ->
          old
              ? Severity.PASS
              : r.version().equals("TLSv1.3")
                  ? FindingCode.TLS13_NOT_SUPPORTED.severity()
                  : Severity.INFO;
      case NOT_TESTED, UNDETERMINED -> null;
    };
  }

  // RFC 7627: without EMS a TLS 1.2 session is open to triple-handshake attacks; TLS 1.3 has it.
  private static String emsWords(VersionResult r) {
    if (!r.accepted() || r.extendedMasterSecret() == null) {
      return "—";
    }
    return switch (r.extendedMasterSecret()) {
      case "yes" -> "EMS yes";
      case "no" -> "EMS no";
      case "n/a" -> "n/a";
      default -> r.extendedMasterSecret();
    };
  }

  private static Severity emsMark(VersionResult r) {
    if (!r.accepted() || r.extendedMasterSecret() == null) {
      return null;
    }
    return switch (r.extendedMasterSecret()) {
      case "yes" -> Severity.PASS;
      case "no" -> FindingCode.TLS12_WITHOUT_EMS.severity();
      default -> null;
    };
  }
}
