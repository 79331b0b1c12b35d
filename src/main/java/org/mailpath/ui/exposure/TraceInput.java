package org.mailpath.ui.exposure;

import java.util.List;
import org.mailpath.exposure.MxConnection;
import org.mailpath.trace.ConnectionReport;
import org.mailpath.trace.TraceReport;

/** What the Exposure tab needs from a finished trace. */
public final class TraceInput {
  private TraceInput() {}

  /** One entry per connection of {@code report}, with its MX host and preference. */
  public static List<MxConnection> connectionsOf(TraceReport report) {
    return report.connections().stream().map(ConnectionReport::asMxConnection).toList();
  }
}
