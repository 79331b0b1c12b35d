package org.mailpath.exposure;

import java.util.List;

/** The one line a trainee remembers, about the Subject: the header people assume is private. */
final class Summary {

  private Summary() {}

  /**
   * "… the Subject 'Q3 layoffs' is readable by the recipient and 4 of 6 others, 6 if STARTTLS is
   * stripped." The recipient's own mail client is the reader the message is for: it is named, not
   * counted among those who should not read it.
   */
  static String of(
      MessageSample sample, Protection protection, HeaderPolicy policy, List<Row> rows) {
    Row subject = rows.stream().filter(r -> r.part() == Part.SUBJECT).findFirst().orElseThrow();
    boolean recipientReads =
        subject.cells().stream()
            .anyMatch(c -> c.observer().intendedReader() && c.visibility() == Visibility.READABLE);
    List<Cell> others =
        subject.cells().stream().filter(c -> !c.observer().intendedReader()).toList();
    long readable = others.stream().filter(c -> c.visibility() == Visibility.READABLE).count();
    long ifDowngraded =
        others.stream().filter(c -> c.visibility() == Visibility.READABLE_IF_DOWNGRADED).count();
    String what =
        sample.subject().isEmpty() ? "the Subject" : "the Subject '" + sample.subject() + "'";
    StringBuilder line =
        new StringBuilder(protection.summaryPhrase())
            .append(protection.headerProtection() ? " (" + policy.rfcName() + ")" : "")
            .append(", ")
            .append(what)
            .append(" is readable by ");
    if (recipientReads && readable == 0 && ifDowngraded == 0) {
      return line.append("the recipient only.").toString();
    }
    line.append(recipientReads ? "the recipient and " : "")
        .append(readable)
        .append(" of ")
        .append(others.size())
        .append(recipientReads ? " others" : " observers");
    if (ifDowngraded > 0) {
      line.append(", ").append(readable + ifDowngraded).append(" if STARTTLS is stripped");
    }
    return line.append('.').toString();
  }
}
