package org.mailpath.ui.history;

import java.io.File;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.mailpath.history.SessionSummary;
import org.mailpath.ui.common.Formats;

/** Asks with JavaFX alerts and the platform's file chooser. */
public final class StandardHistoryDialogs implements HistoryDialogs {

  static final ButtonType DELETE = new ButtonType("Delete session", ButtonData.OK_DONE);
  static final ButtonType COMPARE = new ButtonType("Compare anyway", ButtonData.OK_DONE);

  @Override
  public boolean confirmDelete(Window owner, SessionSummary session) {
    return ask(
        owner,
        "Delete session #" + session.id() + "?",
        session.target()
            + ", traced "
            + Formats.dateTime(session.started())
            + ".\nThe stored report is removed from history; this cannot be undone.",
        DELETE,
        true);
  }

  @Override
  public boolean confirmCompareAcrossDomains(Window owner, SessionSummary a, SessionSummary b) {
    return ask(
        owner,
        "These sessions are of different domains",
        a.domain()
            + " and "
            + b.domain()
            + " have different mail servers and policies, so almost everything will differ.",
        COMPARE,
        false);
  }

  private static boolean ask(
      Window owner, String header, String text, ButtonType yes, boolean destructive) {
    Alert alert = new Alert(Alert.AlertType.CONFIRMATION, text, yes, ButtonType.CANCEL);
    alert.initOwner(owner);
    if (destructive) { // Enter must not destroy: Cancel is the default button
      ((Button) alert.getDialogPane().lookupButton(yes)).setDefaultButton(false);
      ((Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
    }
    alert.setTitle("mailpath");
    alert.setHeaderText(header);
    return alert.showAndWait().filter(yes::equals).isPresent();
  }

  @Override
  public Optional<ExportChoice> exportFile(Window owner, String suggestedName) {
    FileChooser chooser = new FileChooser();
    chooser.setTitle("Export session");
    for (ExportFormat format : ExportFormat.values()) {
      chooser
          .getExtensionFilters()
          .add(new FileChooser.ExtensionFilter(format.label(), "*." + format.extension()));
    }
    chooser.setInitialFileName(suggestedName);
    File file = chooser.showSaveDialog(owner);
    if (file == null) {
      return Optional.empty();
    }
    ExportFormat chosen =
        ExportFormat.ofFileName(file.getName())
            .orElseGet(() -> formatOf(chooser.getSelectedExtensionFilter()));
    String name = file.getName();
    File target =
        ExportFormat.ofFileName(name).isPresent()
            ? file
            : new File(file.getParentFile(), name + "." + chosen.extension());
    return Optional.of(new ExportChoice(chosen, target.toPath()));
  }

  private static ExportFormat formatOf(FileChooser.ExtensionFilter filter) {
    for (ExportFormat format : ExportFormat.values()) {
      if (filter != null && filter.getDescription().equals(format.label())) {
        return format;
      }
    }
    return ExportFormat.PDF;
  }
}
