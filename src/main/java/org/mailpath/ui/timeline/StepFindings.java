package org.mailpath.ui.timeline;

import java.util.List;
import java.util.Set;
import org.mailpath.context.StepKind;
import org.mailpath.context.StepStatus;
import org.mailpath.finding.Finding;

/**
 * Which step of a connection a finding about it belongs to, so that a step shows what it found (a
 * TLS 1.0 handshake is not "OK"). Findings about how a session ended (reply codes, timeouts) belong
 * to the step that failed.
 */
final class StepFindings {
  private StepFindings() {}

  private static final Set<String> VERSIONS =
      Set.of(
          "tls-version-obsolete",
          "tls-max-version-1.0",
          "tls13-not-supported",
          "tls12-without-ems");

  static List<Finding> of(TimelineStep step, List<Finding> aboutConnection, StepKind failed) {
    return aboutConnection.stream().filter(f -> belongs(step.kind(), f.code(), failed)).toList();
  }

  /** The kind of the last step that ended FAILED, or null. */
  static StepKind failedStep(List<TimelineStep> steps) {
    StepKind failed = null;
    for (TimelineStep step : steps) {
      if (step.statusProperty().get() == StepStatus.FAILED) {
        failed = step.kind();
      }
    }
    return failed;
  }

  private static boolean belongs(StepKind kind, String code, StepKind failed) {
    if (code.startsWith("smtp-") || code.equals("connection-timeout")) {
      return kind == (failed == null ? StepKind.CONNECT : failed);
    }
    if (VERSIONS.contains(code)) {
      return kind == StepKind.TLS_HANDSHAKE || kind == StepKind.VERSION_SWEEP;
    }
    if (code.startsWith("certificate-") || code.equals("validation-failure")) {
      return kind == StepKind.CERTIFICATE_CHECK;
    }
    return switch (code) {
      case "connection-refused", "port25-blocked" -> kind == StepKind.CONNECT;
      case "starttls-not-supported" -> kind == StepKind.STARTTLS;
      case "starttls-inconsistent" -> kind == StepKind.STARTTLS || kind == StepKind.VERSION_SWEEP;
      case "tls-handshake-failed", "tls-handshake-message-too-large" ->
          kind == StepKind.TLS_HANDSHAKE;
      // The handshake ended because of the Certificate message: both steps show why.
      case "tls-certificate-message-too-large", "tls-chain-too-long" ->
          kind == StepKind.TLS_HANDSHAKE || kind == StepKind.CERTIFICATE_CHECK;
      case "tls-weak-cipher-accepted", "tls-cipher-without-forward-secrecy", "tls12-cbc-only" ->
          kind == StepKind.CIPHER_SUITES;
      case "requiretls-not-advertised" -> kind == StepKind.EHLO_AFTER_TLS;
      default -> false;
    };
  }
}
