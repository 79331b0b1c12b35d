package org.mailpath.history;

import java.time.Instant;
import org.mailpath.finding.Severity;

/** One stored session as the history list shows it, without loading the whole report. */
public record SessionSummary(
    long id, String target, String domain, Instant started, Severity worstSeverity, int findings) {}
