package org.mailpath.report.diff;

import java.util.List;
import org.mailpath.trace.ConnectionReport;

/** Whether each server offers STARTTLS (RFC 3207 §4): the difference between clear and TLS. */
final class StarttlsAspect extends PerHostAspect {

  static final String NAME = "STARTTLS";

  StarttlsAspect() {
    super(NAME);
  }

  @Override
  List<Change> compare(String host, ConnectionReport before, ConnectionReport after) {
    String was = offered(before);
    String now = offered(after);
    return was.equals(now) ? List.of() : List.of(Change.changed(NAME, host, was, now));
  }

  static String offered(ConnectionReport c) {
    if (!c.starttlsReached()) {
      return "not reached";
    }
    return c.smtp().starttlsOffered() ? "offered" : "not offered";
  }
}
