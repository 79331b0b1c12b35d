package org.mailpath.exposure;

import java.util.Arrays;
import java.util.Optional;

/** The end-to-end protection the sender applies to the message, as the CLI names it. */
public enum Protection {
  NONE("none", "No end-to-end protection", "With no end-to-end protection"),
  PGP_MIME("pgp", "PGP/MIME (RFC 3156)", "With PGP/MIME and no header protection"),
  PGP_INLINE("pgp-inline", "Inline PGP", "With inline PGP"),
  PGP_MIME_HP(
      "pgp-hp", "PGP/MIME + header protection (RFC 9788)", "With PGP/MIME and header protection"),
  SMIME_SIGNED("smime-signed", "S/MIME signed only", "With S/MIME signed only"),
  SMIME_ENVELOPED("smime", "S/MIME enveloped (RFC 8551)", "With S/MIME and no header protection"),
  SMIME_HP(
      "smime-hp", "S/MIME + header protection (RFC 9788)", "With S/MIME and header protection");

  private final String cliName;
  private final String label;
  private final String summaryPhrase;

  Protection(String cliName, String label, String summaryPhrase) {
    this.cliName = cliName;
    this.label = label;
    this.summaryPhrase = summaryPhrase;
  }

  /** Uses RFC 9788 header protection, so a {@link HeaderPolicy} applies. */
  public boolean headerProtection() {
    return this == PGP_MIME_HP || this == SMIME_HP;
  }

  /** "smime-hp": the value of {@code --protection}. */
  public String cliName() {
    return cliName;
  }

  public String label() {
    return label;
  }

  /** Opens the summary line: "With S/MIME and no header protection". */
  public String summaryPhrase() {
    return summaryPhrase;
  }

  public static Optional<Protection> byCliName(String name) {
    return Arrays.stream(values()).filter(p -> p.cliName.equalsIgnoreCase(name)).findFirst();
  }
}
