package org.mailpath.ui.history;

import java.util.Locale;
import java.util.Optional;

/** The files a stored session can be exported as: the same three the report command writes. */
public enum ExportFormat {
  PDF("PDF report", "pdf"),
  MARKDOWN("Markdown", "md"),
  JSON("JSON", "json");

  private final String label;
  private final String extension;

  ExportFormat(String label, String extension) {
    this.label = label;
    this.extension = extension;
  }

  public String label() {
    return label;
  }

  public String extension() {
    return extension;
  }

  /** The format a file name asks for by its extension, if any. */
  public static Optional<ExportFormat> ofFileName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (ExportFormat format : values()) {
      if (lower.endsWith("." + format.extension)) {
        return Optional.of(format);
      }
    }
    return lower.endsWith(".markdown") ? Optional.of(MARKDOWN) : Optional.empty();
  }
}
