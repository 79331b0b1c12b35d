package org.mailpath.ui.shell;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.mailpath.finding.Severity;
import org.mailpath.history.SessionSummary;
import org.mailpath.lab.Lab;
import org.mailpath.ui.history.ExportFormat;
import org.mailpath.ui.history.HistoryFilter;
import org.mailpath.ui.history.HistorySessionArchive;
import org.mailpath.ui.history.StandardHistoryDialogs;
import org.mailpath.ui.timeline.TimelineGroup;
import org.mailpath.ui.timeline.TimelineRow;

/**
 * Not a test: opens the real window over a history database and writes PNG snapshots of what a
 * person would see, for reviewing the layout. Arguments: database file, output folder.
 */
public final class WindowShots extends Application {

  private MainWindow window;
  private Scene scene;

  /** The java launcher refuses a main class that extends Application outside a module. */
  public static final class Launch {
    public static void main(String[] args) {
      Application.launch(WindowShots.class, args);
    }
  }

  @Override
  public void start(Stage stage) {
    Path database = Path.of(getParameters().getRaw().get(0));
    File out = new File(getParameters().getRaw().get(1));
    ExecutorService background = Executors.newCachedThreadPool();
    window =
        new MainWindow(
            new UiServices(
                (target, listener) -> {
                  throw new UnsupportedOperationException("no tracing in screenshots");
                },
                new HistorySessionArchive(database),
                Lab::scenarios,
                background,
                Platform::runLater));
    scene = MailpathApp.scene(window);
    stage.setScene(scene);
    stage.show();
    List<Step> steps = new ArrayList<>();
    steps.add(new Step(w -> select(0), null));
    steps.add(new Step(w -> {}, "history"));
    steps.add(
        new Step(
            w -> {
              w.history().filter().use(HistoryFilter.Preset.WEEK);
              w.history().filter().worstAtLeastProperty().set(Severity.ERROR);
            },
            "history-filtered"));
    steps.add(
        new Step(
            w -> {
              w.history().filter().use(HistoryFilter.Preset.ALL);
              w.history().filter().worstAtLeastProperty().set(null);
            },
            null));
    steps.add(new Step(w -> compareFirstPair(), null));
    steps.add(new Step(w -> {}, "compare"));
    steps.add(new Step(w -> openDomain("sts.mail.test"), null));
    steps.add(new Step(w -> selectTab("Domain policy"), "policy-sts"));
    steps.add(new Step(w -> openDomain("dane.mail.test"), "policy-dane"));
    steps.add(new Step(w -> openDomain("weakkey.mail.test"), "policy-weakkey"));
    steps.add(new Step(w -> selectTab("What senders do"), "senders"));
    steps.add(new Step(w -> selectTab("Mail path"), null));
    steps.add(new Step(w -> selectConnection(), null));
    steps.add(new Step(w -> selectDetails("SMTP & TLS"), null));
    steps.add(new Step(w -> ((ScrollPane) scene.lookup("#tls-facts")).setVvalue(1), "tls-matrix"));
    steps.add(new Step(w -> selectDetails("Certificates"), "certificates"));
    steps.add(new Step(w -> selectCertificateRow(0), "certificates-chain"));
    steps.add(
        new Step(
            w -> w.history().export(ExportFormat.PDF, new File(out, "export.pdf").toPath()), null));
    // Runs in Platform.runLater, where showAndWait may open its nested event loop.
    steps.add(
        new Step(
            w -> new StandardHistoryDialogs().confirmDelete(stage, list().getItems().get(0)),
            null));
    steps.add(new Step(w -> screen(new File(out, "delete-confirm.png")), null));
    Thread script =
        new Thread(
            () -> {
              for (Step step : steps) {
                pause(1500);
                Platform.runLater(() -> step.action().accept(window));
                if (step.shot() != null) {
                  pause(800);
                  Platform.runLater(() -> write(new File(out, step.shot() + ".png")));
                }
              }
              pause(1000);
              Platform.runLater(Platform::exit);
              background.shutdownNow();
            });
    script.setDaemon(true);
    script.start();
  }

  private record Step(Consumer<MainWindow> action, String shot) {}

  @SuppressWarnings("unchecked")
  private ListView<SessionSummary> list() {
    return (ListView<SessionSummary>) scene.lookup("#history-list");
  }

  private void select(int index) {
    list().getSelectionModel().clearAndSelect(index);
  }

  private void openDomain(String domain) {
    List<SessionSummary> items = list().getItems();
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i).domain().equals(domain)) {
        select(i);
        return;
      }
    }
  }

  /** The newest two sessions of one domain. */
  private void compareFirstPair() {
    List<SessionSummary> items = list().getItems();
    for (int i = 0; i < items.size(); i++) {
      for (int j = i + 1; j < items.size(); j++) {
        if (items.get(i).domain().equals(items.get(j).domain())) {
          list().getSelectionModel().clearSelection();
          list().getSelectionModel().selectIndices(i, j);
          window.history().compare(items.get(i), items.get(j));
          return;
        }
      }
    }
  }

  /** The first connection of the timeline (the row below the DNS group's steps). */
  @SuppressWarnings("unchecked")
  private void selectConnection() {
    var timeline = (javafx.scene.control.TreeTableView<TimelineRow>) scene.lookup("#timeline");
    var root = timeline.getRoot();
    for (var group : root.getChildren()) {
      if (!((TimelineGroup) group.getValue()).isDns()) {
        timeline.getSelectionModel().select(group);
        return;
      }
    }
  }

  private void selectDetails(String text) {
    for (var node : scene.getRoot().lookupAll(".tab-pane")) {
      TabPane pane = (TabPane) node;
      for (Tab tab : pane.getTabs()) {
        if (tab.getText().equals(text)) {
          pane.getSelectionModel().select(tab);
        }
      }
    }
  }

  @SuppressWarnings("unchecked")
  private void selectCertificateRow(int row) {
    var tree = (javafx.scene.control.TreeView<?>) scene.lookup("#certificate-tree");
    tree.getSelectionModel().select(row);
  }

  void selectTab(String text) {
    TabPane faces = (TabPane) scene.lookup(".faces");
    for (Tab tab : faces.getTabs()) {
      if (tab.getText().startsWith(text)) {
        faces.getSelectionModel().select(tab);
      }
    }
  }

  /** The whole X screen, so that dialogs (their own windows) are in the picture too. */
  private static void screen(File file) {
    new Thread(
            () -> {
              try {
                new ProcessBuilder("import", "-window", "root", file.getPath())
                    .inheritIO()
                    .start()
                    .waitFor();
              } catch (Exception e) {
                e.printStackTrace();
              }
            })
        .start();
  }

  private void write(File file) {
    WritableImage image = scene.snapshot(null);
    int width = (int) image.getWidth();
    int height = (int) image.getHeight();
    BufferedImage buffered = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
    PixelReader pixels = image.getPixelReader();
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        buffered.setRGB(x, y, pixels.getArgb(x, y));
      }
    }
    try {
      ImageIO.write(buffered, "png", file);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
