package org.mailpath.ui.history;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mailpath.history.SessionSummary;
import org.mailpath.report.diff.ReportDiff;
import org.mailpath.report.diff.ReportDiffer;
import org.mailpath.report.section.ReportContext;
import org.mailpath.trace.TraceReport;
import org.mailpath.ui.trace.TraceViewModel;

/**
 * The history browser. Properties: the filter, the listed sessions, a problem and a notice line,
 * the last comparison. Commands: refresh, open, re-run, delete, compare, export. The database is
 * read and files are written on the background executor; state changes on the FX thread.
 */
public final class HistoryViewModel {

  /** How many sessions the list shows; the filter narrows further back in time. */
  static final int SHOWN_SESSIONS = 200;

  private final SessionArchive archive;
  private final Executor background;
  private final Executor fxThread;
  private final TraceViewModel traces;
  private final Clock clock;
  private final HistoryFilter filter;
  private final ObservableList<SessionSummary> sessions = FXCollections.observableArrayList();
  // Kept in a field: an unmodifiable view only weakly listens to the list behind it.
  private final ObservableList<SessionSummary> sessionsView =
      FXCollections.unmodifiableObservableList(sessions);
  private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");
  private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice");
  private final ReadOnlyStringWrapper limit = new ReadOnlyStringWrapper(this, "limit");
  private final ReadOnlyObjectWrapper<ReportDiff> comparison =
      new ReadOnlyObjectWrapper<>(this, "comparison");
  private final BooleanBinding canExport;
  // A slow, older listing must not overwrite a newer one.
  private int listing;

  public HistoryViewModel(
      SessionArchive archive, Executor background, Executor fxThread, TraceViewModel traces) {
    this(archive, background, fxThread, traces, Clock.systemDefaultZone());
  }

  public HistoryViewModel(
      SessionArchive archive,
      Executor background,
      Executor fxThread,
      TraceViewModel traces,
      Clock clock) {
    this.archive = archive;
    this.background = background;
    this.fxThread = fxThread;
    this.traces = traces;
    this.clock = clock;
    this.filter = new HistoryFilter(clock);
    this.canExport = traces.reportProperty().isNotNull().and(traces.runningProperty().not());
    for (var criterion : filter.criteria()) {
      criterion.addListener(o -> refresh());
    }
  }

  /** Re-reads the list of sessions the filter selects (never more than {@link #SHOWN_SESSIONS}). */
  public void refresh() {
    int run = ++listing;
    var query = filter.query(SHOWN_SESSIONS);
    inBackground(() -> archive.list(query), (list, error) -> listed(run, list, error));
  }

  private void listed(int run, List<SessionSummary> list, Throwable error) {
    if (run != listing) {
      return;
    }
    if (error != null) {
      problem.set("History is not available: " + messageOf(error));
      return;
    }
    problem.set(null);
    sessions.setAll(list);
    limit.set(
        list.size() >= SHOWN_SESSIONS
            ? "Showing the newest " + SHOWN_SESSIONS + ": narrow the filter to reach older ones."
            : null);
  }

  /** Shows the stored report of a session in the window; nothing is traced again. */
  public void open(SessionSummary session) {
    if (session == null || traces.runningProperty().get()) {
      return;
    }
    inBackground(
        () -> archive.load(session.id()),
        (report, error) -> {
          if (stored(session, report, error)) {
            traces.show(report.get(), session.id());
          }
        });
  }

  private boolean stored(SessionSummary session, Optional<TraceReport> report, Throwable error) {
    if (error != null) {
      problem.set("Session #" + session.id() + " could not be read: " + messageOf(error));
    } else if (report.isEmpty()) {
      problem.set("Session #" + session.id() + " is no longer stored.");
    } else {
      problem.set(null);
      return true;
    }
    return false;
  }

  /** Traces the session's target again; the result is stored as a new session. */
  public void rerun(SessionSummary session) {
    if (session == null || traces.runningProperty().get()) {
      return;
    }
    traces.input().textProperty().set(session.target());
    traces.trace();
  }

  /** Forgets a session (the view asks for confirmation first) and re-reads the list. */
  public void delete(SessionSummary session) {
    inBackground(
        () -> archive.delete(session.id()),
        (deleted, error) -> {
          if (error != null) {
            problem.set("Session #" + session.id() + " could not be deleted: " + messageOf(error));
          } else {
            notice.set("Deleted session #" + session.id() + " (" + session.target() + ").");
          }
          refresh();
        });
  }

  /** Compares two sessions, the older one first; the result appears in {@link #comparison}. */
  public void compare(SessionSummary one, SessionSummary other) {
    List<SessionSummary> pair =
        List.of(one, other).stream()
            .sorted(Comparator.comparing(SessionSummary::started).thenComparing(SessionSummary::id))
            .toList();
    SessionSummary before = pair.get(0);
    SessionSummary after = pair.get(1);
    inBackground(
        () -> {
          Optional<TraceReport> a = archive.load(before.id());
          Optional<TraceReport> b = archive.load(after.id());
          if (a.isEmpty() || b.isEmpty()) {
            return Optional.<ReportDiff>empty();
          }
          return Optional.of(new ReportDiffer().diff(before.id(), a.get(), after.id(), b.get()));
        },
        (diff, error) -> {
          if (error != null) {
            problem.set("The sessions could not be compared: " + messageOf(error));
          } else if (diff.isEmpty()) {
            problem.set("One of the sessions is no longer stored.");
          } else {
            problem.set(null);
            comparison.set(diff.get());
          }
        });
  }

  /** Whether two sessions are of different domains, so that comparing them needs a yes first. */
  public boolean comparesAcrossDomains(SessionSummary one, SessionSummary other) {
    return !one.domain().equalsIgnoreCase(other.domain());
  }

  /** The file name an export of the session on screen starts from, e.g. mailpath-x.test-3.pdf. */
  public String suggestedExportName() {
    TraceReport report = traces.reportProperty().get();
    Long id = traces.status().sessionIdProperty().get();
    String base = "mailpath-" + (report == null ? "session" : report.domain());
    return base + (id == null ? "" : "-" + id) + ".pdf";
  }

  /** Writes the session on screen to {@code file}; says so in {@link #noticeProperty()}. */
  public void export(ExportFormat format, Path file) {
    TraceReport report = traces.reportProperty().get();
    if (report == null) {
      return;
    }
    Long id = traces.status().sessionIdProperty().get();
    ReportContext context = new ReportContext(report, id, clock.getZone());
    notice.set("Writing " + format.label() + " to " + file.getFileName() + "…");
    inBackground(
        () -> {
          ReportExport.write(context, format, file);
          return file;
        },
        (written, error) -> {
          if (error != null) {
            notice.set(null);
            problem.set("Could not write " + file + ": " + messageOf(error));
          } else {
            problem.set(null);
            notice.set("Wrote " + (id == null ? "the trace" : "session #" + id) + " to " + file);
          }
        });
  }

  private interface Work<T> {
    T run() throws Exception;
  }

  private interface Done<T> {
    void accept(T value, Throwable error);
  }

  private <T> void inBackground(Work<T> work, Done<T> done) {
    Supplier<T> supplier =
        () -> {
          try {
            return work.run();
          } catch (RuntimeException e) {
            throw e;
          } catch (Exception e) {
            throw new java.util.concurrent.CompletionException(e);
          }
        };
    CompletableFuture.supplyAsync(supplier, background)
        .whenComplete((value, error) -> fxThread.execute(() -> done.accept(value, error)));
  }

  private static String messageOf(Throwable error) {
    Throwable cause = error.getCause() != null ? error.getCause() : error;
    return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
  }

  /** True while a trace runs: the session on screen is then not a stored one. */
  public ReadOnlyBooleanProperty tracingProperty() {
    return traces.runningProperty();
  }

  /** Whether a finished or stored session is on screen to export. */
  public BooleanBinding canExportProperty() {
    return canExport;
  }

  public HistoryFilter filter() {
    return filter;
  }

  public ObservableList<SessionSummary> sessions() {
    return sessionsView;
  }

  /** Why the last request failed, or null. */
  public ReadOnlyStringProperty problemProperty() {
    return problem.getReadOnlyProperty();
  }

  /** What the last delete or export did, or null. */
  public ReadOnlyStringProperty noticeProperty() {
    return notice.getReadOnlyProperty();
  }

  /** Says so when the list stops at {@link #SHOWN_SESSIONS}, else null. */
  public ReadOnlyStringProperty limitProperty() {
    return limit.getReadOnlyProperty();
  }

  /** The last comparison asked for, or null. */
  public ReadOnlyObjectProperty<ReportDiff> comparisonProperty() {
    return comparison.getReadOnlyProperty();
  }
}
