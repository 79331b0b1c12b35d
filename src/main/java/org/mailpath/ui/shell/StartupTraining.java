package org.mailpath.ui.shell;

import java.io.OutputStream;
import java.time.ZoneId;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import org.mailpath.report.PdfReport;
import org.mailpath.report.section.ReportContext;
import org.mailpath.trace.TraceReport;
import org.mailpath.ui.trace.TraceViewModel;

/**
 * The AppCDS training run's work after the window is shown ({@code
 * -Dmailpath.trainingTrace=ADDRESS}, with {@code -Dmailpath.exitAfterStartup=true}): it traces a
 * lab address in the window, renders the report as PDF (thrown away), and closes the application.
 * The archive then holds the classes of a first trace and a first report too — Bouncy Castle, the
 * lab, the PDF library and its fonts — which a cold {@code report} or {@code trace} process and the
 * window's first trace would otherwise load from the jars.
 */
final class StartupTraining {

  static final String ADDRESS_PROPERTY = "mailpath.trainingTrace";

  private StartupTraining() {}

  /** The lab address to trace in the training run, or null outside one. */
  static String address() {
    return System.getProperty(ADDRESS_PROPERTY);
  }

  /** Traces {@code address} in the window, then renders its PDF off the FX thread and exits. */
  static void run(TraceViewModel traces, String address, Executor background) {
    traces
        .runningProperty()
        .addListener(
            (o, was, running) -> {
              if (running) {
                return;
              }
              // later: the view model sets its report after it stops running
              Platform.runLater(() -> renderThenExit(traces.reportProperty().get(), background));
            });
    traces.input().textProperty().set(address);
    traces.trace();
    if (!traces.runningProperty().get()) { // not a valid address: nothing to wait for
      Platform.exit();
    }
  }

  private static void renderThenExit(TraceReport report, Executor background) {
    background.execute(
        () -> {
          if (report != null) {
            new PdfReport()
                .write(
                    new ReportContext(report, null, ZoneId.systemDefault()),
                    OutputStream.nullOutputStream());
          }
          Platform.runLater(Platform::exit);
        });
  }
}
