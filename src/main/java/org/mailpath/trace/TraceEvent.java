package org.mailpath.trace;

import org.mailpath.context.StepRecord;
import org.mailpath.finding.Finding;
import org.mailpath.smtp.ConnectionPlan;
import org.mailpath.smtp.TranscriptLine;

/** What a running trace tells its listeners, in order, from its worker threads. */
public sealed interface TraceEvent {

  /** The MX hosts and addresses are known; these connections are about to be made. */
  record ConnectionPlanned(ConnectionPlan plan) implements TraceEvent {}

  record StepStarted(StepRecord step) implements TraceEvent {}

  record StepFinished(StepRecord step) implements TraceEvent {}

  record TranscriptAppended(String connectionId, TranscriptLine line) implements TraceEvent {}

  record FindingRaised(Finding finding) implements TraceEvent {}
}
