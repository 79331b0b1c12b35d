package org.mailpath.ui.shell;

import java.util.List;
import java.util.function.Supplier;
import javafx.application.Platform;
import org.mailpath.lab.LabScenario;
import org.mailpath.ui.history.SessionArchive;
import org.mailpath.ui.history.UnavailableArchive;
import org.mailpath.ui.trace.FakeTraceRunner;

/**
 * The window's services for tests that trace nothing for real: a {@link FakeTraceRunner}, work run
 * at once on the calling thread, results handed to the FX thread.
 */
public final class FakeServices {

  private FakeServices() {}

  /** No history, no lab examples. */
  public static UiServices none() {
    return with(UnavailableArchive.INSTANCE, List::of);
  }

  /** No history; these lab examples. */
  public static UiServices withScenarios(Supplier<List<LabScenario>> scenarios) {
    return with(UnavailableArchive.INSTANCE, scenarios);
  }

  /** This history and these lab examples. */
  public static UiServices with(SessionArchive archive, Supplier<List<LabScenario>> scenarios) {
    return new UiServices(
        new FakeTraceRunner(), archive, scenarios, Runnable::run, Platform::runLater);
  }
}
