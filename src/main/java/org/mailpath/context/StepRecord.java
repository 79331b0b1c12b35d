package org.mailpath.context;

import java.time.Duration;
import java.time.Instant;

/**
 * One step of a trace as it started or ended.
 *
 * @param id unique within the trace, e.g. "dns" or "c1/tls"
 * @param scope what the step works on: "DNS" or a connection id such as "c1"
 * @param kind which step
 * @param status RUNNING when started; final status when finished
 * @param started when it started
 * @param duration how long it took; zero while running
 * @param summary one line on the outcome ("TLSv1.3 TLS_AES_256_GCM_SHA384")
 */
public record StepRecord(
    String id,
    String scope,
    StepKind kind,
    StepStatus status,
    Instant started,
    Duration duration,
    String summary) {

  public StepRecord finish(StepStatus finalStatus, Duration took, String outcome) {
    return new StepRecord(id, scope, kind, finalStatus, started, took, outcome);
  }
}
