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
 * connections and the TLS policy to assume. Derived, read-only: the matrix and its summary, which
 * are recomputed (synchronously; it is a table look-up) whenever any input changes. Change it on
 * the FX thread only.
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

  public ExposureViewModel() {
    Observable[] inputs = {
      from, to, cc, bcc, subject, attachment, protection, headerPolicy, connections, assumedPolicy
    };
    for (Observable input : inputs) {
      input.addListener(o -> recompute());
    }
    recompute();
  }

  /** Feeds a finished trace: its connections, one per MX address, in any order. */
  public void showConnections(List<MxConnection> traced) {
    connections.set(List.copyOf(traced));
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

  public ReadOnlyStringProperty summaryProperty() {
    return summary.getReadOnlyProperty();
  }
}
