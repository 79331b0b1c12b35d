package org.mailpath.ui.senders;

import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.mailpath.finding.Severity;
import org.mailpath.policy.senders.Delivery;
import org.mailpath.policy.senders.RetrySchedule;
import org.mailpath.policy.senders.RetryTimeline;
import org.mailpath.policy.senders.SenderOutcome;
import org.mailpath.trace.TraceReport;
import org.mailpath.ui.common.FactSheet;
import org.mailpath.ui.common.Icons;
import org.mailpath.ui.common.Placeholder;

/**
 * What each kind of sender would do with a message to the traced domain — deliver over
 * authenticated TLS, over TLS anyone could intercept, in clear, defer or bounce — and why.
 */
public final class SenderOutcomesView extends BorderPane {

  private final ListView<SenderOutcome> list = new ListView<>();
  private final FactSheet detail = new FactSheet();
  private final RetryTimelineChart timeline = new RetryTimelineChart();
  private final Label timelineEmpty = Placeholder.saying("Appears when a trace has finished.");

  public SenderOutcomesView(ObservableValue<TraceReport> report) {
    getStyleClass().add("senders");
    Label title = new Label("What senders would do");
    title.getStyleClass().add("pane-title");
    HBox header = new HBox(title);
    header.getStyleClass().add("pane-header");

    list.setId("sender-outcomes");
    list.setCellFactory(view -> new OutcomeCell());
    list.setPlaceholder(Placeholder.saying("Appears when a trace has finished."));
    list.getSelectionModel().selectedItemProperty().addListener((o, before, now) -> explain(now));
    report.addListener((o, before, now) -> show(now));
    ScrollPane detailScroll = new ScrollPane(detail);
    detailScroll.setFitToWidth(true);
    detailScroll.getStyleClass().add("details-scroll");

    SplitPane split = new SplitPane(list, detailScroll);
    split.setDividerPositions(0.55);
    Label timelineTitle = new Label("Defer or bounce: what happens next");
    timelineTitle.getStyleClass().add("pane-title");
    Label timelineHint =
        new Label(
            "A sender that defers keeps the message and tries again until it gives up; one that"
                + " bounced on the first failure would tell its user within seconds, but a"
                + " transient problem would lose the message. From each MTA's documented defaults;"
                + " hover a mark for its source.");
    timelineHint.setWrapText(true);
    timelineHint.getStyleClass().add("retry-hint");
    VBox timelineBox = new VBox(timelineTitle, timelineHint, timelineEmpty, timeline);
    timelineBox.getStyleClass().add("retry-box");
    ScrollPane timelineScroll = new ScrollPane(timelineBox);
    timelineScroll.setFitToWidth(true);
    timelineScroll.getStyleClass().add("details-scroll");
    SplitPane vertical = new SplitPane(split, timelineScroll);
    vertical.setOrientation(Orientation.VERTICAL);
    vertical.setDividerPositions(0.5);
    setTop(header);
    setCenter(vertical);
    show(report.getValue()); // built when its tab is first opened, maybe after a trace
    explain(null);
  }

  private void show(TraceReport shown) {
    List<SenderOutcome> outcomes = shown == null ? List.of() : shown.outcomes();
    list.getItems().setAll(outcomes == null ? List.of() : outcomes);
    List<RetryTimeline.Row> rows = RetryTimeline.rows(list.getItems());
    timeline.show(rows);
    timeline.setVisible(!rows.isEmpty());
    timeline.setManaged(!rows.isEmpty());
    timelineEmpty.setText(
        shown == null
            ? "Appears when a trace has finished."
            : "No sender defers this message, so none keeps it and retries.");
    timelineEmpty.setVisible(rows.isEmpty());
    timelineEmpty.setManaged(rows.isEmpty());
    if (!list.getItems().isEmpty()) {
      list.getSelectionModel().selectFirst();
    }
  }

  private void explain(SenderOutcome outcome) {
    detail.clearFacts();
    if (outcome == null) {
      detail.note("Select a kind of sender to see how it decides.");
      return;
    }
    detail.heading(outcome.label());
    detail.fact("Outcome", outcome.delivery() + ": " + describe(outcome.kind()));
    if (outcome.tlsVersion() != null) {
      detail.fact("TLS version", outcome.tlsVersion());
    }
    detail.fact("Why", outcome.reason());
    detail.fact("Rests on", outcome.source());
    for (String unknown : outcome.assumes()) {
      detail.note(unknown);
    }
    if (outcome.host() != null) {
      detail.fact(
          "Delivers to",
          outcome.host() + (outcome.address() == null ? "" : " [" + outcome.address() + "]"));
    }
    if (!outcome.attempts().isEmpty()) {
      detail.fact("Attempts", String.join("\n", outcome.attempts()));
    }
    for (String note : outcome.notes()) {
      detail.note(note);
    }
    RetrySchedule retry = outcome.retry();
    if (retry != null) {
      detail.fact("Retry timeline", retry.mta());
      detail.fact("Tries again", retry.attempts());
      detail.fact("Warns the sender", retry.warning());
      detail.fact("Returns the message", retry.giveUp());
      detail.fact("Sources", String.join("\n", retry.sources()));
    }
  }

  static String describe(Delivery delivery) {
    return switch (delivery) {
      case DELIVER_AUTHENTICATED_TLS -> "Delivers over authenticated TLS";
      case DELIVER_UNAUTHENTICATED_TLS -> "Delivers over TLS an active attacker could intercept";
      case DELIVER_CLEAR -> "Delivers in clear text";
      case DEFER -> "Defers: keeps the message queued and retries";
      case BOUNCE -> "Bounces: returns the message at once";
    };
  }

  /**
   * How alarming an outcome is, with the same marks as findings and the PDF report: only clear-text
   * delivery is danger; a safe deferral is neutral ({@link Delivery#severity}).
   */
  static Severity severityOf(Delivery delivery) {
    return delivery.severity();
  }

  private static final class OutcomeCell extends ListCell<SenderOutcome> {
    OutcomeCell() {
      setPrefWidth(0); // fit the list's width instead of scrolling sideways
    }

    @Override
    protected void updateItem(SenderOutcome outcome, boolean empty) {
      super.updateItem(outcome, empty);
      setText(null);
      if (empty || outcome == null) {
        setGraphic(null);
        return;
      }
      Label policy = new Label(outcome.sender() + " — " + outcome.label());
      policy.getStyleClass().add("session-target");
      Label delivery =
          new Label(
              outcome.delivery()
                  + (outcome.tlsVersion() == null ? "" : " (" + outcome.tlsVersion() + ")")
                  + ": "
                  + describe(outcome.kind()),
              Icons.severity(severityOf(outcome.kind())));
      delivery.getStyleClass().add("severity-word");
      // At 1280×800 the profile's long description wraps instead of ending in "…".
      for (Label label : List.of(policy, delivery)) {
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
      }
      VBox text = new VBox(2, policy, delivery);
      text.setMinWidth(0);
      HBox.setHgrow(text, Priority.ALWAYS);
      HBox row = new HBox(text);
      row.setAlignment(Pos.CENTER_LEFT);
      setGraphic(row);
    }
  }
}
