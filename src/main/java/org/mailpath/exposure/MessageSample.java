package org.mailpath.exposure;

/**
 * The user's own example message, typed into the composer. It is shown beside the matrix and never
 * sent anywhere.
 *
 * @param from the author's address
 * @param to the primary recipient
 * @param cc carbon-copy recipients, or ""
 * @param bcc blind-copy recipients, or ""
 * @param subject the subject
 * @param attachment an attachment's file name, or ""
 */
public record MessageSample(
    String from, String to, String cc, String bcc, String subject, String attachment) {

  /** The example the trace report uses when the user has typed nothing. */
  public static final MessageSample DEFAULT =
      new MessageSample(
          "alice@example.org",
          "bob@example.net",
          "carol@example.net",
          "dave@example.net",
          "Q3 layoffs",
          "layoff-list.xlsx");

  public MessageSample {
    from = clean(from);
    to = clean(to);
    cc = clean(cc);
    bcc = clean(bcc);
    subject = clean(subject);
    attachment = clean(attachment);
  }

  /** The same sample addressed to {@code recipient} (the trace's target, when it is an address). */
  public MessageSample withTo(String recipient) {
    return new MessageSample(from, recipient, cc, bcc, subject, attachment);
  }

  public MessageSample withSubject(String value) {
    return new MessageSample(from, to, cc, bcc, value, attachment);
  }

  /** What the composer shows for {@code part}, or "" when the sample says nothing about it. */
  public String exampleOf(Part part) {
    return switch (part) {
      case ENVELOPE_SENDER, FROM -> from;
      case ENVELOPE_RECIPIENTS -> String.join(", ", nonEmpty(to, cc, bcc));
      case TO -> to;
      case CC -> cc;
      case BCC -> bcc;
      case SUBJECT -> subject.isEmpty() ? "" : "'" + subject + "'";
      case ATTACHMENTS -> attachment;
      default -> "";
    };
  }

  private static java.util.List<String> nonEmpty(String... values) {
    return java.util.Arrays.stream(values).filter(v -> !v.isEmpty()).toList();
  }

  /** One line, at most 200 characters: a sample is a label on a slide, not a message. */
  private static String clean(String value) {
    if (value == null) {
      return "";
    }
    String oneLine = value.replaceAll("[\\r\\n\\t]+", " ").strip();
    return oneLine.length() <= MAX_FIELD ? oneLine : oneLine.substring(0, MAX_FIELD);
  }

  private static final int MAX_FIELD = 200;
}
