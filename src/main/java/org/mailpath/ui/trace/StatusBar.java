package org.mailpath.ui.trace;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.mailpath.finding.Severity;
import org.mailpath.ui.common.Formats;
import org.mailpath.ui.common.Icons;

/**
 * The bottom line: what is going on, worst severity, total duration, the stored session and how the
 * connections left this machine; after a trace that found port 25 blocked, a link to set a proxy.
 */
public final class StatusBar extends HBox {

  // A field: a binding only weakly observes its state, so a local one would be collected.
  private BooleanBinding running;

  /** Without the link to set a proxy. */
  public StatusBar(TraceStatus status) {
    this(status, null);
  }

  /** {@code setProxy} opens where a proxy is set; null: no link. */
  public StatusBar(TraceStatus status, Runnable setProxy) {
    super(10);
    setId("status-bar");
    getStyleClass().add("status-bar");
    setAlignment(Pos.CENTER_LEFT);

    Label message = new Label();
    message.setId("status-message");
    message.textProperty().bind(status.messageProperty());

    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);

    Label worst = new Label();
    worst.setId("status-worst");
    worst
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> describeWorst(status.worstSeverityProperty().get()),
                status.worstSeverityProperty()));
    worst
        .graphicProperty()
        .bind(
            Bindings.createObjectBinding(
                () ->
                    status.worstSeverityProperty().get() == null
                        ? null
                        : Icons.severity(status.worstSeverityProperty().get()),
                status.worstSeverityProperty()));

    worst.visibleProperty().bind(status.stateProperty().isNotEqualTo(TraceStatus.State.IDLE));
    worst.managedProperty().bind(worst.visibleProperty());

    Label duration = new Label();
    duration.setId("status-duration");
    duration
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    status.durationProperty().get() == null
                        ? ""
                        : "Total " + Formats.duration(status.durationProperty().get()),
                status.durationProperty()));

    Label session = new Label();
    session.setId("status-session");
    session
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> describeSession(status), status.sessionIdProperty(), status.stateProperty()));

    Hyperlink proxyLink = new Hyperlink("Set a proxy…");
    proxyLink.setId("status-set-proxy");
    proxyLink.setOnAction(
        e -> {
          proxyLink.setVisited(false);
          setProxy.run();
        });
    proxyLink
        .visibleProperty()
        .bind(
            status
                .port25BlockedProperty()
                .and(Bindings.createBooleanBinding(() -> setProxy != null)));
    proxyLink.managedProperty().bind(proxyLink.visibleProperty());

    Label route = new Label();
    route.setId("status-route");
    route
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    status.routeProperty().get().isEmpty()
                        ? ""
                        : "Route: " + status.routeProperty().get(),
                status.routeProperty()));
    // An attacker's route is a sentence; where the bar is too narrow for it, hover shows it whole.
    Tooltip routeWhole = new Tooltip();
    routeWhole.textProperty().bind(route.textProperty());
    route.setTooltip(routeWhole);

    ElapsedTime elapsed =
        new ElapsedTime(status.stateProperty().isEqualTo(TraceStatus.State.RUNNING));

    getChildren()
        .addAll(
            message,
            elapsed,
            proxyLink,
            spacer,
            worst,
            separated(duration),
            duration,
            separated(session),
            session,
            separated(route),
            route);
    spinWhileRunning(status);
  }

  /**
   * A spinner in front while a trace runs, made when the first one starts: even hidden, its skin
   * builds an animation that a window which has traced nothing yet need not wait for.
   */
  private void spinWhileRunning(TraceStatus status) {
    running = status.stateProperty().isEqualTo(TraceStatus.State.RUNNING);
    ChangeListener<Boolean> firstRun =
        new ChangeListener<>() {
          @Override
          public void changed(ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
            if (!now) {
              return;
            }
            running.removeListener(this);
            ProgressIndicator spinner = new ProgressIndicator();
            spinner.getStyleClass().add("status-spinner");
            spinner.setPrefSize(14, 14);
            spinner.visibleProperty().bind(running);
            spinner.managedProperty().bind(spinner.visibleProperty());
            getChildren().add(0, spinner);
          }
        };
    running.addListener(firstRun);
    firstRun.changed(running, false, running.get());
  }

  private static String describeSession(TraceStatus status) {
    Long id = status.sessionIdProperty().get();
    return switch (status.stateProperty().get()) {
      case IDLE, RUNNING, CANCELLED -> "";
      case FAILED -> "Not stored";
      case FINISHED, STORED_SESSION -> id == null ? "Not stored" : "Stored as session #" + id;
    };
  }

  /** A separator before {@code label}, shown only while the label says something. */
  private static Separator separated(Label label) {
    label.managedProperty().bind(label.textProperty().isNotEmpty());
    label.visibleProperty().bind(label.managedProperty());
    Separator separator = new Separator(Orientation.VERTICAL);
    separator.visibleProperty().bind(label.managedProperty());
    separator.managedProperty().bind(label.managedProperty());
    return separator;
  }

  private static String describeWorst(Severity severity) {
    return severity == null ? "No findings" : "Worst: " + Formats.severity(severity);
  }
}
