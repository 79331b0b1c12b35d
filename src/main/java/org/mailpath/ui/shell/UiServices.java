package org.mailpath.ui.shell;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.mailpath.lab.LabScenario;
import org.mailpath.ui.batch.BatchServices;
import org.mailpath.ui.history.HistoryDialogs;
import org.mailpath.ui.history.SessionArchive;
import org.mailpath.ui.history.StandardHistoryDialogs;
import org.mailpath.ui.trace.TraceRunner;

/**
 * What the window is built from: who runs traces, where sessions are kept, which lab examples to
 * offer, the executors for background work and for the FX thread, and what batch runs use (null: no
 * Batch tab).
 */
public record UiServices(
    TraceRunner runner,
    SessionArchive archive,
    Supplier<List<LabScenario>> labScenarios,
    Executor background,
    Executor fxThread,
    HistoryDialogs dialogs,
    BatchServices batch) {

  /** Without the Batch view (tests of other features). */
  public UiServices(
      TraceRunner runner,
      SessionArchive archive,
      Supplier<List<LabScenario>> labScenarios,
      Executor background,
      Executor fxThread,
      HistoryDialogs dialogs) {
    this(runner, archive, labScenarios, background, fxThread, dialogs, null);
  }

  /** With the standard dialogs (alerts and the platform's file chooser). */
  public UiServices(
      TraceRunner runner,
      SessionArchive archive,
      Supplier<List<LabScenario>> labScenarios,
      Executor background,
      Executor fxThread) {
    this(runner, archive, labScenarios, background, fxThread, new StandardHistoryDialogs(), null);
  }
}
