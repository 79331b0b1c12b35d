package org.mailpath.ui.preferences;

import java.io.File;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The Preferences dialog: what the window's traces use (DNS server, CA file, trust anchors,
 * timeout, SOCKS5 proxy, the senders shown and the user's own Postfix). Binds to a {@link
 * PreferencesViewModel}; Save is enabled while every field can be used.
 */
public final class PreferencesDialog {

  static final ButtonType SAVE = new ButtonType("Save", ButtonData.OK_DONE);

  private PreferencesDialog() {}

  /** Opens the dialog over {@code owner} without waiting for it to close. */
  public static Dialog<ButtonType> open(Window owner, PreferencesViewModel model) {
    Dialog<ButtonType> dialog = new Dialog<>();
    dialog.initOwner(owner);
    dialog.setTitle("Preferences");
    dialog.setHeaderText("What traces in this window use");
    dialog.getDialogPane().setId("preferences");
    dialog.getDialogPane().getButtonTypes().addAll(SAVE, ButtonType.CANCEL);
    dialog.getDialogPane().setContent(form(owner, model));
    Button save = (Button) dialog.getDialogPane().lookupButton(SAVE);
    save.setId("preferences-save");
    save.disableProperty().bind(model.validProperty().not());
    save.addEventFilter(
        ActionEvent.ACTION,
        e -> {
          if (!model.save()) {
            e.consume(); // stay open: the dialog says why
          }
        });
    dialog.show();
    return dialog;
  }

  private static Node form(Window owner, PreferencesViewModel model) {
    GridPane grid = new GridPane();
    grid.setHgap(8);
    grid.setVgap(8);
    int row = 0;
    grid.addRow(
        row++,
        new Label("DNS server"),
        field("prefs-dns", model.dnsServerProperty(), "the system's; HOST or HOST:PORT"));
    grid.addRow(
        row++,
        new Label("CA file"),
        chosen(
            owner,
            "prefs-ca-file",
            model.caFileProperty(),
            "extra PEM CA certificates",
            "Choose a PEM file of CA certificates"));
    grid.addRow(
        row++,
        new Label("Trust anchors"),
        chosen(
            owner,
            "prefs-trust-anchor",
            model.trustAnchorProperty(),
            "IANA's root anchors",
            "Choose a DNSSEC trust anchor file"));
    grid.addRow(
        row++,
        new Label("Timeout (seconds)"),
        field("prefs-timeout", model.timeoutProperty(), "60"));
    grid.addRow(
        row++,
        new Label("SOCKS5 proxy"),
        field("prefs-proxy", model.proxyProperty(), "none; socks5://[USER:PASSWORD@]HOST:PORT"));
    CheckBox proxyDns = new CheckBox("Send DNS through the proxy");
    proxyDns.setId("prefs-proxy-dns");
    proxyDns.selectedProperty().bindBidirectional(model.proxyDnsProperty());
    grid.add(proxyDns, 1, row++);
    grid.addRow(
        row++,
        new Label("Senders shown"),
        field(
            "prefs-senders",
            model.sendersProperty(),
            "all; or e.g. postfix-may, exim-default, microsoft-365"));
    grid.addRow(
        row++,
        new Label("Your Postfix"),
        chosen(
            owner,
            "prefs-postfix-sender",
            model.postfixSenderProperty(),
            "none; a main.cf excerpt played as one more sender",
            "Choose a main.cf excerpt"));
    Label note =
        new Label(
            "A proxy password is kept in memory until mailpath closes; the settings file keeps"
                + " the proxy without it. Saved in "
                + model.settingsPath()
                + ".");
    note.setWrapText(true);
    note.getStyleClass().add("preferences-note");

    Label problems = new Label();
    problems.setId("prefs-problems");
    problems.setWrapText(true);
    problems.getStyleClass().add("preferences-problems");
    problems
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> joined(model), model.problemsProperty(), model.saveErrorProperty()));
    VBox content = new VBox(12, grid, note, problems);
    content.setPadding(new Insets(4));
    content.setPrefWidth(560);
    return content;
  }

  private static String joined(PreferencesViewModel model) {
    String problems = String.join("\n", model.problemsProperty());
    String error = model.saveErrorProperty().get();
    return error.isEmpty() ? problems : (problems.isEmpty() ? error : problems + "\n" + error);
  }

  private static TextField field(String id, StringProperty value, String prompt) {
    TextField field = new TextField();
    field.setId(id);
    field.setPromptText(prompt);
    field.setPrefColumnCount(30);
    field.textProperty().bindBidirectional(value);
    GridPane.setHgrow(field, Priority.ALWAYS);
    return field;
  }

  /** A path field with a "Choose…" button that opens the platform's file chooser. */
  private static Node chosen(
      Window owner, String id, StringProperty value, String prompt, String title) {
    TextField field = field(id, value, prompt);
    Button choose = new Button("Choose…");
    choose.setId(id + "-choose");
    choose.setOnAction(
        e -> {
          FileChooser chooser = new FileChooser();
          chooser.setTitle(title);
          File picked = chooser.showOpenDialog(owner);
          if (picked != null) {
            value.set(picked.getPath());
          }
        });
    HBox box = new HBox(6, field, choose);
    HBox.setHgrow(field, Priority.ALWAYS);
    GridPane.setHgrow(box, Priority.ALWAYS);
    return box;
  }
}
