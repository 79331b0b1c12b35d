package org.mailpath.ui.shell;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.mailpath.app.TraceService.Outcome;
import org.mailpath.finding.Severity;
import org.mailpath.history.SessionSummary;
import org.mailpath.lab.LabScenario;
import org.mailpath.trace.TraceEvent;
import org.mailpath.trace.TraceReport;
import org.mailpath.ui.history.InMemoryArchive;
import org.mailpath.ui.history.SessionArchive;
import org.mailpath.ui.trace.ScriptedTrace;
import org.mailpath.ui.trace.TraceRunner;

/**
 * The window with a scripted trace instead of the engine, for looking at the layout by hand (e.g.
 * under xvfb-run). Not a test; run its main method from the test class path.
 */
public final class ScriptedWindowDemo extends Application {

  /** The entry point; not in the Application subclass, so JavaFX starts from the class path. */
  public static final class Main {
    public static void main(String[] args) {
      Application.launch(ScriptedWindowDemo.class, args);
    }
  }

  @Override
  public void start(Stage stage) {
    Executor background =
        Executors.newCachedThreadPool(
            task -> {
              Thread thread = new Thread(task, "demo");
              thread.setDaemon(true);
              return thread;
            });
    TraceRunner runner =
        (target, listener) ->
            CompletableFuture.supplyAsync(
                () -> {
                  ScriptedTrace trace = new ScriptedTrace();
                  for (TraceEvent event : trace.events()) {
                    listener.onEvent(event);
                    pause(40);
                  }
                  return new Outcome(trace.report(), 3L);
                },
                background);
    TraceReport report = new ScriptedTrace().report();
    SessionArchive archive =
        new InMemoryArchive()
            .with(
                new SessionSummary(
                    3,
                    "alice@good.mail.test",
                    "good.mail.test",
                    ScriptedTrace.START,
                    Severity.INFO,
                    2),
                report)
            .with(
                new SessionSummary(
                    2,
                    "alice@nostarttls.mail.test",
                    "nostarttls.mail.test",
                    ScriptedTrace.START.minusSeconds(300),
                    Severity.ERROR,
                    3),
                report)
            .with(
                new SessionSummary(
                    1,
                    "alice@tls10.mail.test",
                    "tls10.mail.test",
                    ScriptedTrace.START.minusSeconds(900),
                    Severity.WARNING,
                    2),
                report);
    List<LabScenario> scenarios =
        List.of(
            new LabScenario("good.mail.test", "Everything right", "", List.of()),
            new LabScenario("nostarttls.mail.test", "STARTTLS not offered", "", List.of()));
    MainWindow window =
        new MainWindow(
            new UiServices(runner, archive, () -> scenarios, background, Platform::runLater));
    stage.setScene(MailpathApp.scene(window));
    stage.show();
    String typed =
        getParameters().getRaw().isEmpty()
            ? "alice@good.mail.test"
            : getParameters().getRaw().get(0);
    window.traces().input().textProperty().set(typed);
    window.traces().trace();
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
