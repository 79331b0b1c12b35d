package org.mailpath.ui.history;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;
import org.mailpath.history.SessionSummary;

/**
 * The questions the history browser asks the user. An interface so that tests answer them without
 * native file dialogs; {@link StandardHistoryDialogs} asks with alerts and a file chooser.
 */
public interface HistoryDialogs {

  /** Where to export the shown session and as what. */
  record ExportChoice(ExportFormat format, Path file) {}

  boolean confirmDelete(Window owner, SessionSummary session);

  boolean confirmCompareAcrossDomains(Window owner, SessionSummary a, SessionSummary b);

  /** Where to export the session on screen; the chooser starts at {@code suggestedName}. */
  Optional<ExportChoice> exportFile(Window owner, String suggestedName);
}
