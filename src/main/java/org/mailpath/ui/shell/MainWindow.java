package org.mailpath.ui.shell;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.mailpath.lesson.LessonBook;
import org.mailpath.settings.ProxyPassword;
import org.mailpath.settings.SettingsFile;
import org.mailpath.trace.TraceReport;
import org.mailpath.ui.batch.BatchView;
import org.mailpath.ui.batch.BatchViewModel;
import org.mailpath.ui.batch.TraceOpener;
import org.mailpath.ui.comparison.ComparisonView;
import org.mailpath.ui.details.DetailsView;
import org.mailpath.ui.exposure.ExposureView;
import org.mailpath.ui.exposure.ExposureViewModel;
import org.mailpath.ui.exposure.TraceInput;
import org.mailpath.ui.findings.FindingsView;
import org.mailpath.ui.history.HistoryView;
import org.mailpath.ui.history.HistoryViewModel;
import org.mailpath.ui.lessons.LessonsPanel;
import org.mailpath.ui.lessons.LessonsViewModel;
import org.mailpath.ui.policy.DomainPolicyView;
import org.mailpath.ui.preferences.PreferencesDialog;
import org.mailpath.ui.preferences.PreferencesViewModel;
import org.mailpath.ui.preferences.TypeSize;
import org.mailpath.ui.preferences.WindowLayout;
import org.mailpath.ui.senders.SenderOutcomesView;
import org.mailpath.ui.timeline.TimelineView;
import org.mailpath.ui.trace.StatusBar;
import org.mailpath.ui.trace.TargetBar;
import org.mailpath.ui.trace.TargetInput;
import org.mailpath.ui.trace.TraceViewModel;

/**
 * The one window: the target bar on top; the history beside two tabs — the mail path (timeline with
 * findings, and details) and who can read what; the status bar at the bottom. Builds the view
 * models and binds the views to them.
 */
public final class MainWindow extends BorderPane {

  /** Wide enough for the DNS and TLS facts to wrap at words beside their names. */
  private static final double DETAILS_MIN_WIDTH = 250;

  private final UiServices services;
  private final TraceViewModel traces;
  private final HistoryViewModel history;
  private final TargetBar targetBar;
  private final LessonsViewModel lessons;
  private final TypeSize typeSize = new TypeSize();

  /** Null until {@link #buildTheRest()}: the first frame has the bars only. */
  private TabPane faces;

  private final WindowDividers dividers = new WindowDividers();

  // A field: a binding only weakly observes what it is made of, so a local one would be collected.
  private BooleanBinding historyMakesWay;

  /** The whole window, built at once. */
  public MainWindow(UiServices services) {
    this(services, true);
  }

  /**
   * The window's first frame: the menus and the address bar, which accepts typing. {@link
   * #buildTheRest()} adds the history, the tabs, the lessons panel and the status bar, and the
   * address bar's examples and attacker; called once the first frame is on screen. Their views and
   * skins are most of what made mailpath's window slower to appear than an empty stage.
   */
  static MainWindow firstFrame(UiServices services) {
    return new MainWindow(services, false);
  }

  private MainWindow(UiServices services, boolean whole) {
    this.services = services;
    TargetInput input = new TargetInput(services.labScenarios());
    traces = new TraceViewModel(services.runner(), services.fxThread(), input);
    history =
        new HistoryViewModel(
            services.archive(), services.background(), services.fxThread(), traces);
    traces.setOnSessionStored(history::refresh);
    lessons =
        new LessonsViewModel(
            LessonBook.shipped(),
            traces::useAddress,
            traces.attackerProperty(),
            traces.reportProperty());

    getStyleClass().add("main-window");
    // The presentation zoom: the style sheet sizes everything else in em of this root size.
    styleProperty().bind(typeSize.rootStyle());
    targetBar = new TargetBar(traces);
    setTop(new VBox(menuBar(), targetBar));
    addEventFilter(KeyEvent.KEY_PRESSED, e -> LessonsPanel.pageKeys(e, lessons));
    addEventFilter(KeyEvent.KEY_PRESSED, e -> ViewMenu.zoomKeys(e, typeSize));
    if (whole) {
      buildTheRest();
    }
  }

  /** Adds the rest of the window to the first frame ({@link #firstFrame}); once only. */
  void buildTheRest() {
    if (faces != null) {
      return;
    }
    targetBar.addChoices();
    faces =
        new TabPane(
            tab("Mail path", mailPath()),
            lazyTab("Domain policy", () -> new DomainPolicyView(traces.reportProperty())),
            lazyTab("What senders do", () -> new SenderOutcomesView(traces.reportProperty())),
            lazyTab("Who can read what", this::exposure));
    faces.getStyleClass().add("faces");
    if (services.batch() != null) {
      faces.getTabs().add(lazyTab("Batch", this::batch));
    }
    comparisonTab();

    HistoryView historyView = new HistoryView(history, services.dialogs());
    SplitPane columns = dividers.columns(historyView, faces);
    // An open lesson, or the presentation mode's large type, takes the history column's room, so
    // at 1280×800 the tabs keep the width they need; hiding the lesson (or normal type) brings the
    // history back.
    historyMakesWay = lessons.showingProperty().or(typeSize.presentationProperty());
    historyMakesWay.addListener((o, was, away) -> dividers.showHistory(historyView, !away));
    dividers.showHistory(historyView, !historyMakesWay.get());

    setCenter(columns);
    setRight(new LessonsPanel(lessons));
    setBottom(new StatusBar(traces.status(), this::openPreferences));
    history.refresh();
  }

  /** Where the dividers start: where they were when the window last closed. */
  void useDividers(WindowLayout saved) {
    dividers.startAt(saved);
  }

  /** Where the dividers are now. */
  WindowLayout dividers() {
    return dividers.now();
  }

  private Node mailPath() {
    TimelineView timeline = new TimelineView(traces.timeline(), typeSize.percentProperty());
    FindingsView findings =
        new FindingsView(
            traces.findings(), traces.status().stateProperty(), traces.reportProperty());
    DetailsView details = new DetailsView(traces.timeline(), timeline.selectedItemProperty());
    // The finding picked shows its connection (or step) in the timeline, and so in the details.
    findings.setOnFindingChosen(finding -> timeline.select(traces.timeline().rowOf(finding)));
    SplitPane work = dividers.work(timeline, findings);
    SplitPane path = dividers.path(work, details);
    // The timeline's summaries need the width more than the details, which wrap and scroll; with
    // the lessons panel open the details keep enough width to wrap at words, not mid-word.
    details.setMinWidth(DETAILS_MIN_WIDTH);
    return path;
  }

  /** The exposure of a default message over the last hop of the shown trace (live or stored). */
  private Node exposure() {
    ExposureViewModel exposure = new ExposureViewModel();
    // No report (a trace runs, or an example replaced the address): nothing traced shows.
    Consumer<TraceReport> show =
        now -> exposure.showConnections(now == null ? List.of() : TraceInput.connectionsOf(now));
    traces.reportProperty().addListener((o, before, now) -> show.accept(now));
    show.accept(traces.reportProperty().get()); // built when its tab is first opened
    return new ExposureView(exposure).node();
  }

  /** Many targets at once; opening a row shows its trace on the mail path tab. */
  private Node batch() {
    BatchViewModel model =
        new BatchViewModel(services.batch(), services.background(), services.fxThread());
    TraceOpener opener = new TraceOpener(model, services.batch(), services.archive(), traces);
    opener.setOnShown(() -> faces.getSelectionModel().select(0));
    model.runningProperty().addListener((o, was, now) -> history.refresh());
    return new BatchView(model, opener);
  }

  /** A closable tab that opens, or comes to the front, whenever two sessions are compared. */
  private void comparisonTab() {
    ComparisonView view = new ComparisonView();
    Tab tab = new Tab("Comparison", view);
    tab.setId("comparison-tab");
    history
        .comparisonProperty()
        .addListener(
            (o, before, now) -> {
              if (now == null) {
                return;
              }
              view.show(now);
              tab.setText(
                  "Compare #" + now.before().sessionId() + " → #" + now.after().sessionId());
              if (!faces.getTabs().contains(tab)) {
                faces.getTabs().add(tab);
              }
              faces.getSelectionModel().select(tab);
            });
  }

  private MenuBar menuBar() {
    MenuItem preferences = new MenuItem("Preferences…");
    preferences.setId("menu-preferences");
    preferences.setAccelerator(new KeyCodeCombination(KeyCode.COMMA, KeyCombination.SHORTCUT_DOWN));
    preferences.setOnAction(e -> openPreferences());
    return new MenuBar(
        new Menu("_Edit", null, preferences),
        ViewMenu.of(typeSize, lessons),
        LessonsPanel.menu(lessons));
  }

  /** The Preferences dialog over this window, on the settings file of this process. */
  private void openPreferences() {
    PreferencesDialog.open(
        getScene().getWindow(),
        new PreferencesViewModel(SettingsFile.current(), ProxyPassword.process()));
  }

  private static Tab tab(String title, Node content) {
    Tab tab = new Tab(title, content);
    tab.setClosable(false);
    return tab;
  }

  /**
   * A tab whose content is built when it is first selected: the first frame builds only the mail
   * path, which is most of what made the window slower to appear than an empty stage.
   */
  private static Tab lazyTab(String title, Supplier<Node> content) {
    Tab tab = new Tab(title);
    tab.setClosable(false);
    tab.selectedProperty()
        .addListener(
            (o, was, selected) -> {
              if (selected && tab.getContent() == null) {
                tab.setContent(content.get());
              }
            });
    return tab;
  }

  /** Puts the keyboard focus in the address field. */
  public void focusAddress() {
    targetBar.field().requestFocus();
  }

  public TraceViewModel traces() {
    return traces;
  }

  public LessonsViewModel lessons() {
    return lessons;
  }

  /** The presentation zoom of this window. */
  public TypeSize typeSize() {
    return typeSize;
  }

  public HistoryViewModel history() {
    return history;
  }
}
