package org.mailpath.exposure;

import static org.mailpath.exposure.EndToEndRule.ANY_POLICY;
import static org.mailpath.exposure.EndToEndRule.flatten;
import static org.mailpath.exposure.EndToEndRule.rule;
import static org.mailpath.exposure.EndToEndRule.ruleWith;
import static org.mailpath.exposure.Protection.NONE;
import static org.mailpath.exposure.Protection.PGP_INLINE;
import static org.mailpath.exposure.Protection.PGP_MIME;
import static org.mailpath.exposure.Protection.PGP_MIME_HP;
import static org.mailpath.exposure.Protection.SMIME_ENVELOPED;
import static org.mailpath.exposure.Protection.SMIME_HP;
import static org.mailpath.exposure.Protection.SMIME_SIGNED;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What each end-to-end protection hides, as one table: one row per part and group of protections.
 * Every (part, protection) pair matches exactly one row (a test checks it).
 */
final class EndToEndRules {

  private static final Set<Protection> ALL = EnumSet.allOf(Protection.class);
  private static final Set<Protection> HP = EnumSet.of(PGP_MIME_HP, SMIME_HP);

  private static final String HCP_UNKNOWN =
      " Neither hcp_baseline nor hcp_no_confidentiality is known to mailpath to obscure it, so it"
          + " is counted as readable (the worse case).";

  private static final List<EndToEndRule> RULES =
      flatten(
          // RFC 5321 §3.3: the envelope is the SMTP dialogue itself, outside the message.
          rule(
              Part.ENVELOPE_SENDER,
              ALL,
              false,
              "MAIL FROM belongs to the SMTP envelope, not the message: every MTA needs it and no"
                  + " end-to-end scheme encrypts it.",
              "RFC 5321 §3.3"),
          rule(
              Part.ENVELOPE_RECIPIENTS,
              ALL,
              false,
              "RCPT TO belongs to the SMTP envelope: every MTA routes by it and no end-to-end"
                  + " scheme encrypts it.",
              "RFC 5321 §3.3"),
          rule(
              Part.CONNECTION_METADATA,
              ALL,
              false,
              "The sending host's IP address and EHLO name belong to the connection; each MTA"
                  + " writes them into a Received field.",
              "RFC 5321 §4.4"),
          headers(Part.FROM),
          headers(Part.TO),
          headers(Part.CC),
          rule(
              Part.FROM,
              HP,
              false,
              "Header protection keeps From in the outer header under hcp_baseline and"
                  + " hcp_no_confidentiality (MTAs and old clients need it); the protected copy"
                  + " inside only detects tampering.",
              "RFC 9788"),
          rule(
              Part.TO,
              HP,
              false,
              "Header protection keeps To in the outer header under hcp_baseline and"
                  + " hcp_no_confidentiality; the protected copy inside only detects tampering.",
              "RFC 9788"),
          rule(
              Part.CC,
              HP,
              false,
              "Header protection keeps Cc in the outer header under hcp_baseline and"
                  + " hcp_no_confidentiality; the protected copy inside only detects tampering.",
              "RFC 9788"),
          rule(
              Part.BCC,
              ALL,
              false,
              "The Bcc line is removed before sending; the blind recipient travels only as an RCPT"
                  + " TO in the envelope, which no end-to-end scheme encrypts.",
              "RFC 5322 §3.6.3"),
          headers(Part.SUBJECT),
          // RFC 9788: hcp_baseline obscures the outer Subject; hcp_no_confidentiality does not.
          ruleWith(
              Part.SUBJECT,
              HP,
              EnumSet.of(HeaderPolicy.HCP_BASELINE),
              true,
              "With header protection and the default policy hcp_baseline the outer Subject reads"
                  + " \"[...]\"; the real one is inside the encryption (a Legacy Display Element,"
                  + " if used, copies it into the encrypted body, still inside).",
              "RFC 9788"),
          ruleWith(
              Part.SUBJECT,
              HP,
              EnumSet.of(HeaderPolicy.HCP_NO_CONFIDENTIALITY),
              false,
              "With hcp_no_confidentiality the outer header keeps the real Subject: header"
                  + " protection then guards its integrity, not its confidentiality.",
              "RFC 9788"),
          headers(Part.DATE),
          rule(
              Part.DATE,
              HP,
              false,
              "Header protection leaves Date in the outer header under hcp_baseline and"
                  + " hcp_no_confidentiality.",
              "RFC 9788"),
          headers(Part.MESSAGE_ID),
          rule(Part.MESSAGE_ID, HP, false, "MTAs and threading use it." + HCP_UNKNOWN, "RFC 9788"),
          headers(Part.REFERENCES),
          rule(Part.REFERENCES, HP, false, "Threading uses them." + HCP_UNKNOWN, "RFC 9788"),
          headers(Part.USER_AGENT),
          rule(
              Part.USER_AGENT,
              HP,
              false,
              "It names the sender's software." + HCP_UNKNOWN,
              "RFC 9788"),
          rule(
              Part.RECEIVED,
              ALL,
              false,
              "Each MTA prepends its own Received field, outside any encryption, naming the host"
                  + " it came from and when.",
              "RFC 5321 §4.4"),
          rule(
              Part.AUTHENTICATION_RESULTS,
              ALL,
              false,
              "The recipient's MX adds it after the message arrives, outside any encryption.",
              "RFC 8601 §4"),
          rule(
              Part.DKIM_SIGNATURE,
              ALL,
              false,
              "The sender's outbound server adds it outside any encryption; d= names the signing"
                  + " domain and h= lists the signed header fields.",
              "RFC 6376 §3.5"),
          rule(
              Part.BODY,
              EnumSet.of(NONE),
              false,
              "No end-to-end protection: the body is plain" + " text to every MTA.",
              "RFC 5322 §3.5"),
          rule(
              Part.BODY,
              EnumSet.of(SMIME_SIGNED),
              false,
              "S/MIME signing (multipart/signed) adds a signature and leaves the content readable.",
              "RFC 8551 §3.5"),
          rule(
              Part.BODY,
              EnumSet.of(PGP_MIME, PGP_MIME_HP),
              true,
              "PGP/MIME encrypts the whole body part (multipart/encrypted).",
              "RFC 3156 §4"),
          rule(
              Part.BODY,
              EnumSet.of(PGP_INLINE),
              true,
              "Inline PGP replaces the text with an ASCII-armoured OpenPGP message.",
              "RFC 4880 §6"),
          rule(
              Part.BODY,
              EnumSet.of(SMIME_ENVELOPED, SMIME_HP),
              true,
              "S/MIME enveloped-data encrypts the whole MIME entity of the body.",
              "RFC 8551 §3.3"),
          rule(
              Part.ATTACHMENTS,
              EnumSet.of(NONE),
              false,
              "The file name travels in the part's Content-Disposition, in clear.",
              "RFC 2183 §2.3"),
          rule(
              Part.ATTACHMENTS,
              EnumSet.of(SMIME_SIGNED),
              false,
              "Signing leaves every part, its type and its file name readable.",
              "RFC 8551 §3.5"),
          rule(
              Part.ATTACHMENTS,
              EnumSet.of(PGP_INLINE),
              false,
              "Inline PGP encrypts each attachment on its own; the MIME part around it, with its"
                  + " type and file name (often name.pgp), stays in clear.",
              "RFC 2183 §2.3"),
          rule(
              Part.ATTACHMENTS,
              EnumSet.of(PGP_MIME, PGP_MIME_HP),
              true,
              "PGP/MIME encrypts the whole MIME structure, file names and types included.",
              "RFC 3156 §4"),
          rule(
              Part.ATTACHMENTS,
              EnumSet.of(SMIME_ENVELOPED, SMIME_HP),
              true,
              "S/MIME encrypts the whole MIME entity, file names and types included.",
              "RFC 8551 §3.3"),
          rule(
              Part.SIZE_AND_TIMING,
              ALL,
              false,
              "Encryption keeps the size roughly the same and cannot hide when a message is sent;"
                  + " SMTP may even announce the size (SIZE=).",
              "RFC 1870"));

  private EndToEndRules() {}

  /** What {@code protection} does to {@code part}. */
  static Coverage coverage(Part part, Protection protection) {
    return coverage(part, protection, HeaderPolicy.HCP_BASELINE);
  }

  /** What {@code protection} does to {@code part}, header protection using {@code policy}. */
  static Coverage coverage(Part part, Protection protection, HeaderPolicy policy) {
    List<EndToEndRule> matches =
        RULES.stream()
            .filter(
                r ->
                    r.part() == part
                        && r.under().contains(protection)
                        && r.policies().contains(policy))
            .toList();
    if (matches.size() != 1) {
      throw new IllegalStateException(
          matches.size() + " rules for " + part + " under " + protection + " and " + policy);
    }
    return matches.get(0).coverage();
  }

  /**
   * A header field under every protection without header protection: PGP/MIME and S/MIME encrypt
   * only the body part, so the header stays outside (RFC 9788 §1 states the problem it solves).
   */
  private static List<EndToEndRule> headers(Part part) {
    return List.of(
        new EndToEndRule(
            part,
            EnumSet.of(NONE),
            ANY_POLICY,
            new Coverage(
                false, "No end-to-end protection: header fields are plain text.", "RFC 5322 §3.6")),
        new EndToEndRule(
            part,
            EnumSet.of(SMIME_SIGNED),
            ANY_POLICY,
            new Coverage(
                false,
                "S/MIME signing encrypts nothing; without header protection the header is not even"
                    + " signed.",
                "RFC 8551 §3.5")),
        new EndToEndRule(
            part,
            EnumSet.of(PGP_MIME),
            ANY_POLICY,
            new Coverage(
                false,
                "PGP/MIME encrypts only the body part; the header stays outside, readable.",
                "RFC 3156 §4")),
        new EndToEndRule(
            part,
            EnumSet.of(PGP_INLINE),
            ANY_POLICY,
            new Coverage(
                false,
                "Inline PGP encrypts only text inside the body; the header stays in clear.",
                "RFC 4880 §6")),
        new EndToEndRule(
            part,
            EnumSet.of(SMIME_ENVELOPED),
            ANY_POLICY,
            new Coverage(
                false,
                "S/MIME encrypts only the body's MIME entity; the header stays outside, readable.",
                "RFC 8551 §3.3")));
  }
}
