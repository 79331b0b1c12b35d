package org.mailpath.ui.exposure;

import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.mailpath.exposure.Cell;
import org.mailpath.exposure.Exposure;
import org.mailpath.exposure.ExposureMatrix;
import org.mailpath.exposure.HeaderPolicy;
import org.mailpath.exposure.LastHop;
import org.mailpath.exposure.LastHopTransport;
import org.mailpath.exposure.MessageSample;
import org.mailpath.exposure.MxConnection;
import org.mailpath.exposure.Part;
import org.mailpath.exposure.Protection;
import org.mailpath.policy.TlsAuthentication;

/**
 * The Exposure tab's state. Properties: the composer's fields, the protection, the traced
 * connections and the TLS policy to assume (a what-if, reset by each new trace). Derived,
 * read-only: the matrix and its summary, which are recomputed (synchronously; it is a table
 * look-up) whenever any input changes, and the what-if warning. Change it on the FX thread only.
 */
public final class ExposureViewModel {

  /** A part and an observer's view of it: what the detail line explains. */
  public record Selection(Part part, Cell cell) {}

  private final StringProperty from = new SimpleStringProperty(MessageSample.DEFAULT.from());
  private final StringProperty to = new SimpleStringProperty(MessageSample.DEFAULT.to());
  private final StringProperty cc = new SimpleStringProperty(MessageSample.DEFAULT.cc());
  private final StringProperty bcc = new SimpleStringProperty(MessageSample.DEFAULT.bcc());
  private final StringProperty subject = new SimpleStringProperty(MessageSample.DEFAULT.subject());
  private final StringProperty attachment =
      new SimpleStringProperty(MessageSample.DEFAULT.attachment());
  private final ObjectProperty<Protection> protection =
      new SimpleObjectProperty<>(Protection.SMIME_ENVELOPED);
  private final ObjectProperty<List<MxConnection>> connections =
      new SimpleObjectProperty<>(List.of());
  private final ObjectProperty<HeaderPolicy> headerPolicy =
      new SimpleObjectProperty<>(HeaderPolicy.HCP_BASELINE);
  private final ObjectProperty<TlsAuthentication> assumedPolicy =
      new SimpleObjectProperty<>(TlsAuthentication.NONE);
  private final ObjectProperty<Selection> selection = new SimpleObjectProperty<>();

  private final ReadOnlyObjectWrapper<ExposureMatrix> matrix = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper whatIf = new ReadOnlyStringWrapper("");

  public ExposureViewModel() {
    Observable[] inputs = {
      from, to, cc, bcc, subject, attachment, protection, headerPolicy, connections, assumedPolicy
    };
    for (Observable input : inputs) {
      input.addListener(o -> recompute());
    }
    assumedPolicy.addListener(o -> whatIf.set(whatIfWarning(assumedPolicy.get())));
    recompute();
  }

  /**
   * Feeds a finished trace: its connections, one per MX address, in any order. A new trace is shown
   * as traced: an assumed policy chosen for the previous one is dropped.
   */
  public void showConnections(List<MxConnection> traced) {
    assumedPolicy.set(TlsAuthentication.NONE);
    connections.set(List.copyOf(traced));
  }

  /** Drops the assumed policy: the matrix shows the last hop as the trace saw it. */
  public void showAsTraced() {
    assumedPolicy.set(TlsAuthentication.NONE);
  }

  /** What the warning says while {@code assumed} is a policy the trace did not see; "" for none. */
  static String whatIfWarning(TlsAuthentication assumed) {
    return assumed == null || assumed == TlsAuthentication.NONE
        ? ""
        : "What if: assuming "
            + assumed.label()
            + " — not what the trace saw. Senders are taken to deliver only over authenticated"
            + " TLS.";
  }

  private void recompute() {
    MessageSample sample =
        new MessageSample(
            from.get(), to.get(), cc.get(), bcc.get(), subject.get(), attachment.get());
    LastHop hop =
        connections.get().isEmpty()
            ? LastHop.of(LastHopTransport.unreachable())
            : LastHop.choose(connections.get(), assumedPolicy.get());
    ExposureMatrix m = Exposure.matrix(sample, protection.get(), headerPolicy.get(), hop);
    matrix.set(m);
    summary.set(m.summary());
    Selection before = selection.get();
    if (before != null) {
      selection.set(
          new Selection(before.part(), m.cellAt(before.part(), before.cell().observer())));
    }
  }

  /** True until a trace has supplied connections: the last-hop columns then say nothing yet. */
  public boolean awaitingTrace() {
    return connections.get().isEmpty();
  }

  public StringProperty fromProperty() {
    return from;
  }

  public StringProperty toProperty() {
    return to;
  }

  public StringProperty ccProperty() {
    return cc;
  }

  public StringProperty bccProperty() {
    return bcc;
  }

  public StringProperty subjectProperty() {
    return subject;
  }

  public StringProperty attachmentProperty() {
    return attachment;
  }

  public ObjectProperty<Protection> protectionProperty() {
    return protection;
  }

  /** RFC 9788's header confidentiality policy, for the two header-protection choices. */
  public ObjectProperty<HeaderPolicy> headerPolicyProperty() {
    return headerPolicy;
  }

  public ObjectProperty<TlsAuthentication> assumedPolicyProperty() {
    return assumedPolicy;
  }

  public ObjectProperty<Selection> selectionProperty() {
    return selection;
  }

  public ReadOnlyObjectProperty<List<MxConnection>> connectionsProperty() {
    return connections;
  }

  public ReadOnlyObjectProperty<ExposureMatrix> matrixProperty() {
    return matrix.getReadOnlyProperty();
  }

  /** The what-if warning while a policy is assumed, "" while the matrix shows the trace as seen. */
  public ReadOnlyStringProperty whatIfProperty() {
    return whatIf.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty summaryProperty() {
    return summary.getReadOnlyProperty();
  }
}
