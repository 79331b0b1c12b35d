package org.mailpath.exposure;

import java.util.List;

/** The one line a trainee remembers, about the Subject: the header people assume is private. */
final class Summary {

  private Summary() {}

  static String of(
      MessageSample sample, Protection protection, HeaderPolicy policy, List<Row> rows) {
    Row subject = rows.stream().filter(r -> r.part() == Part.SUBJECT).findFirst().orElseThrow();
    List<Cell> readable =
        subject.cells().stream().filter(c -> c.visibility() == Visibility.READABLE).toList();
    long ifDowngraded =
        subject.cells().stream()
            .filter(c -> c.visibility() == Visibility.READABLE_IF_DOWNGRADED)
            .count();
    int total = Observer.values().length;
    String what =
        sample.subject().isEmpty() ? "the Subject" : "the Subject '" + sample.subject() + "'";
    StringBuilder line =
        new StringBuilder(protection.summaryPhrase())
            .append(protection.headerProtection() ? " (" + policy.rfcName() + ")" : "")
            .append(", ")
            .append(what)
            .append(" is readable by ")
            .append(readable.size())
            .append(" of ")
            .append(total)
            .append(" observers");
    if (readable.size() == 1) {
      line.append(" (only ").append(readable.get(0).observer().phrase()).append(")");
    }
    if (ifDowngraded > 0) {
      line.append(", ").append(readable.size() + ifDowngraded).append(" if STARTTLS is stripped");
    }
    return line.append('.').toString();
  }
}
