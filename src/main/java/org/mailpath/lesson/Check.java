package org.mailpath.lesson;

import java.util.List;
import java.util.Optional;
import org.mailpath.exposure.Cell;
import org.mailpath.exposure.Exposure;
import org.mailpath.exposure.ExposureMatrix;
import org.mailpath.exposure.HeaderPolicy;
import org.mailpath.exposure.LastHop;
import org.mailpath.exposure.MessageSample;
import org.mailpath.exposure.MxConnection;
import org.mailpath.exposure.Observer;
import org.mailpath.exposure.Part;
import org.mailpath.exposure.Protection;
import org.mailpath.exposure.Visibility;
import org.mailpath.finding.Finding;
import org.mailpath.policy.TlsAuthentication;
import org.mailpath.policy.senders.Delivery;
import org.mailpath.policy.senders.SenderOutcome;
import org.mailpath.trace.ConnectionReport;
import org.mailpath.trace.TraceReport;

/**
 * Something a lesson says the report shows. Each check answers whether it {@link #holds} and what
 * the report actually says on the point ({@link #fact}), in words, so a trainee sees the evidence
 * beside the claim.
 */
public sealed interface Check {

  /** Whether {@code report} shows it. */
  boolean holds(TraceReport report);

  /** What {@code report} says on this point, in one line of words. */
  String fact(TraceReport report);

  /** A finding with this code was raised. */
  record FindingRaised(String code) implements Check {
    @Override
    public boolean holds(TraceReport report) {
      return first(report, code).isPresent();
    }

    @Override
    public String fact(TraceReport report) {
      return first(report, code)
          .map(f -> f.severity().label() + " " + code + " on " + f.subject() + ": " + f.detail())
          .orElse("no " + code + " finding");
    }
  }

  /** No finding with this code was raised. */
  record FindingAbsent(String code) implements Check {
    @Override
    public boolean holds(TraceReport report) {
      return first(report, code).isEmpty();
    }

    @Override
    public String fact(TraceReport report) {
      return new FindingRaised(code).holds(report)
          ? new FindingRaised(code).fact(report)
          : "no " + code + " finding";
    }
  }

  /** The sender profile {@code sender} ends with {@code delivery} (an outcome word). */
  record SenderDelivers(String sender, String delivery) implements Check {
    public SenderDelivers {
      delivery = Delivery.fromWord(delivery).word();
    }

    @Override
    public boolean holds(TraceReport report) {
      return outcome(report, sender).map(o -> o.delivery().equals(delivery)).orElse(false);
    }

    @Override
    public String fact(TraceReport report) {
      return outcome(report, sender)
          .map(
              o ->
                  sender
                      + ": "
                      + o.delivery()
                      + (o.tlsVersion() == null ? "" : " over " + o.tlsVersion())
                      + (o.host() == null ? "" : " via " + o.host())
                      + " — "
                      + o.reason())
          .orElse(sender + ": no such sender in this report");
    }
  }

  /** The sender profile {@code sender} defers and follows a retry timeline with known times. */
  record SenderRetries(String sender) implements Check {
    @Override
    public boolean holds(TraceReport report) {
      return outcome(report, sender)
          .map(o -> o.kind() == Delivery.DEFER && o.retry() != null && o.retry().attemptsKnown())
          .orElse(false);
    }

    @Override
    public String fact(TraceReport report) {
      return outcome(report, sender)
          .map(
              o ->
                  sender
                      + ": "
                      + o.delivery()
                      + (o.retry() == null ? "" : ", then " + o.retry().inWords()))
          .orElse(sender + ": no such sender in this report");
    }
  }

  /**
   * In the exposure matrix of this report's path with {@code protection}, {@code observer} sees
   * {@code part} as {@code visibility}. Header protection uses RFC 9788's default policy.
   */
  record ExposureCell(Protection protection, Part part, Observer observer, Visibility visibility)
      implements Check {
    @Override
    public boolean holds(TraceReport report) {
      return cell(report).visibility() == visibility;
    }

    @Override
    public String fact(TraceReport report) {
      Cell cell = cell(report);
      return protection.summaryPhrase()
          + ": "
          + part.label()
          + ", "
          + observer.phrase()
          + ": "
          + cell.visibility().words()
          + " — "
          + cell.reason();
    }

    private Cell cell(TraceReport report) {
      return matrix(report).cellAt(part, observer);
    }

    /** The matrix as {@code mailpath exposure} computes it for this path, with this protection. */
    public ExposureMatrix matrix(TraceReport report) {
      TlsAuthentication enforcedBy =
          report.policy() == null ? TlsAuthentication.NONE : report.policy().enforcedBy();
      List<MxConnection> connections =
          report.connections().stream().map(ConnectionReport::asMxConnection).toList();
      MessageSample sample =
          report.target().contains("@")
              ? MessageSample.DEFAULT.withTo(report.target())
              : MessageSample.DEFAULT;
      return Exposure.matrix(
          sample, protection, HeaderPolicy.HCP_BASELINE, LastHop.choose(connections, enforcedBy));
    }
  }

  private static Optional<Finding> first(TraceReport report, String code) {
    return report.findings().stream().filter(f -> f.code().equals(code)).findFirst();
  }

  private static Optional<SenderOutcome> outcome(TraceReport report, String sender) {
    return report.outcomes().stream().filter(o -> o.sender().equals(sender)).findFirst();
  }
}
