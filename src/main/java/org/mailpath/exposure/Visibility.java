package org.mailpath.exposure;

/** What one observer can do with one part. Each has a word, so colour is never the only cue. */
public enum Visibility {
  /** The observer can read it now. */
  READABLE("READ", "readable"),
  /** Encrypted on the wire, but readable once STARTTLS is stripped or the MX choice is forced. */
  READABLE_IF_DOWNGRADED("DOWNGRADE", "readable if downgraded"),
  /** Encrypted end to end or on an authenticated, non-downgradable hop. */
  PROTECTED("protected", "protected"),
  /** The part never reaches this observer (added later, removed earlier, or never sent here). */
  ABSENT("absent", "not there");

  private final String mark;
  private final String words;

  Visibility(String mark, String words) {
    this.mark = mark;
    this.words = words;
  }

  /** A short mark that survives a pipe: "READ", "DOWNGRADE", "protected", "absent". */
  public String mark() {
    return mark;
  }

  /** A few plain words, e.g. "readable if downgraded". */
  public String words() {
    return words;
  }
}
