package org.mailpath.trace;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.mailpath.context.StepKind;
import org.mailpath.context.StepLog;
import org.mailpath.context.StepRecord;
import org.mailpath.context.StepStatus;
import org.mailpath.finding.Finding;
import org.mailpath.smtp.ConnectionPlan;
import org.mailpath.smtp.TranscriptLine;

/**
 * Emits a trace's events to its listener and keeps what they say, per scope, for the report.
 * Thread-safe: connections record from their own threads.
 */
final class TraceRecorder implements StepLog {

  private final TraceListener listener;
  private final Clock clock;
  private final Map<String, List<StepRecord>> steps = new ConcurrentHashMap<>();
  private final Map<String, List<TranscriptLine>> transcripts = new ConcurrentHashMap<>();
  private final Map<String, List<Finding>> findings = new ConcurrentHashMap<>();
  private final List<Finding> allFindings = new ArrayList<>();
  private final AtomicInteger stepCounter = new AtomicInteger();

  TraceRecorder(TraceListener listener, Clock clock) {
    this.listener = listener;
    this.clock = clock;
  }

  /** A step under way; finish it exactly once. */
  final class Step implements StepLog.Step {
    private final StepRecord started;
    private final long startNanos = System.nanoTime();
    private boolean finished;

    private Step(StepRecord started) {
      this.started = started;
    }

    @Override
    public synchronized void finish(StepStatus status, String summary) {
      if (finished) {
        return;
      }
      finished = true;
      Duration took = Duration.ofNanos(System.nanoTime() - startNanos);
      StepRecord done = started.finish(status, took, summary);
      List<StepRecord> list = steps.get(started.scope());
      synchronized (list) {
        list.replaceAll(s -> s.id().equals(done.id()) ? done : s);
      }
      emit(new TraceEvent.StepFinished(done));
    }
  }

  @Override
  public Step start(String scope, StepKind kind) {
    String id = scope + "/" + kind.name().toLowerCase() + "/" + stepCounter.incrementAndGet();
    StepRecord record =
        new StepRecord(id, scope, kind, StepStatus.RUNNING, clock.instant(), Duration.ZERO, "");
    List<StepRecord> list = steps.computeIfAbsent(scope, s -> new ArrayList<>());
    synchronized (list) {
      list.add(record);
    }
    emit(new TraceEvent.StepStarted(record));
    return new Step(record);
  }

  void planned(ConnectionPlan plan) {
    emit(new TraceEvent.ConnectionPlanned(plan));
  }

  void transcript(String connectionId, TranscriptLine line) {
    List<TranscriptLine> list = transcripts.computeIfAbsent(connectionId, s -> new ArrayList<>());
    synchronized (list) {
      list.add(line);
    }
    emit(new TraceEvent.TranscriptAppended(connectionId, line));
  }

  @Override
  public void finding(String scope, Finding finding) {
    List<Finding> list = findings.computeIfAbsent(scope, s -> new ArrayList<>());
    synchronized (list) {
      list.add(finding);
    }
    synchronized (allFindings) {
      allFindings.add(finding);
    }
    emit(new TraceEvent.FindingRaised(finding));
  }

  List<StepRecord> steps(String scope) {
    return copy(steps.get(scope));
  }

  List<TranscriptLine> transcript(String scope) {
    return copy(transcripts.get(scope));
  }

  List<Finding> findings(String scope) {
    return copy(findings.get(scope));
  }

  List<Finding> allFindings() {
    synchronized (allFindings) {
      return List.copyOf(allFindings);
    }
  }

  Instant now() {
    return clock.instant();
  }

  private static <T> List<T> copy(List<T> list) {
    if (list == null) {
      return List.of();
    }
    synchronized (list) {
      return List.copyOf(list);
    }
  }

  private void emit(TraceEvent event) {
    try {
      listener.onEvent(event);
    } catch (RuntimeException e) {
      // A faulty listener must not break the trace; the report still records everything.
    }
  }
}
