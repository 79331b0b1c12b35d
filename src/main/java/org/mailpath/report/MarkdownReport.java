package org.mailpath.report;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mailpath.report.doc.Block;
import org.mailpath.report.doc.Block.Cell;
import org.mailpath.report.doc.Block.Fact;
import org.mailpath.report.doc.Tone;
import org.mailpath.report.section.ReportContext;
import org.mailpath.report.section.ReportSection;
import org.mailpath.report.section.ReportSections;
import org.mailpath.text.RemoteText;

/**
 * The report as GitHub-flavoured Markdown, from the same blocks as the PDF. Text is escaped so a
 * banner can neither format nor inject HTML; transcripts and evidence go into fenced code blocks
 * whose fence is longer than any backtick run inside them.
 */
public final class MarkdownReport {

  /** CommonMark lets any ASCII punctuation be backslash-escaped; these can start markup. */
  private static final Pattern SPECIAL = Pattern.compile("[\\\\`*_{}\\[\\]<>()#+\\-!|~&]");

  private static final Pattern BACKTICKS = Pattern.compile("`+");

  private final List<ReportSection> sections;

  public MarkdownReport() {
    this(ReportSections.ALL);
  }

  public MarkdownReport(List<ReportSection> sections) {
    this.sections = List.copyOf(sections);
  }

  public String render(ReportContext context) {
    StringBuilder md = new StringBuilder(32 * 1024);
    List<Block> blocks = ReportSections.render(sections, context);
    for (Block block : blocks) {
      if (block instanceof Block.Contents) {
        contents(md, blocks);
      } else {
        block(md, block);
      }
    }
    return md.toString();
  }

  private static void block(StringBuilder md, Block block) {
    if (block instanceof Block.Title t) {
      md.append("# ").append(inline(t.title())).append(": ").append(inline(t.subtitle()));
      md.append("\n\n");
    } else if (block instanceof Block.Heading h) {
      md.append("#".repeat(Math.min(6, h.level() + 1))).append(' ').append(inline(h.text()));
      md.append("\n\n");
    } else if (block instanceof Block.Paragraph p) {
      paragraph(md, p);
    } else if (block instanceof Block.Bullets b) {
      b.items().forEach(i -> md.append("- ").append(inline(i)).append('\n'));
      md.append('\n');
    } else if (block instanceof Block.Facts f) {
      facts(md, f.facts());
    } else if (block instanceof Block.Table t) {
      table(md, t);
    } else if (block instanceof Block.Transcript t) {
      fenced(
          md,
          t.rows().stream()
              .map(r -> String.format("%-9s %s: %s", r.time(), r.direction(), r.text()))
              .toList());
    } else if (block instanceof Block.Card c) {
      card(md, c);
    } else if (!(block instanceof Block.PageBreak)) {
      throw new IllegalArgumentException("no Markdown for " + block.getClass().getSimpleName());
    }
  }

  /** Links to the level-1 headings, by the anchors GitHub derives from heading text. */
  private static void contents(StringBuilder md, List<Block> blocks) {
    md.append("**Contents**\n\n");
    for (Block b : blocks) {
      if (b instanceof Block.Heading h && h.level() == 1) {
        md.append("- [").append(inline(h.text())).append("](#").append(anchor(h.text()));
        md.append(")\n");
      }
    }
    md.append('\n');
  }

  /** GitHub's rule: lower case, punctuation dropped, spaces become hyphens. */
  static String anchor(String heading) {
    return heading
        .toLowerCase(java.util.Locale.ROOT)
        .replaceAll("[^\\p{L}\\p{N} _-]", "")
        .replace(' ', '-');
  }

  private static void paragraph(StringBuilder md, Block.Paragraph p) {
    String text = inline(p.text());
    if (p.tone() == Tone.MUTED) {
      md.append('_').append(text).append('_');
    } else if (p.tone() != Tone.NEUTRAL) {
      md.append("> **").append(p.tone().label()).append(":** ").append(text);
    } else {
      md.append(text);
    }
    md.append("\n\n");
  }

  private static void facts(StringBuilder md, List<Fact> facts) {
    for (Fact f : facts) {
      md.append("- **").append(inline(f.label())).append(":** ");
      String value = f.value() == null ? "" : f.value().replace("\n", ", ");
      md.append(f.mono() ? code(value) : inline(value)).append('\n');
    }
    md.append('\n');
  }

  private static void table(StringBuilder md, Block.Table t) {
    md.append('|');
    t.columns().forEach(c -> md.append(' ').append(inline(c.header())).append(" |"));
    md.append("\n|");
    t.columns().forEach(c -> md.append("---|"));
    md.append('\n');
    for (List<Cell> row : t.rows()) {
      md.append('|');
      row.forEach(c -> md.append(' ').append(inline(c.text()).replace("\n", "<br>")).append(" |"));
      md.append('\n');
    }
    md.append('\n');
  }

  private static void card(StringBuilder md, Block.Card c) {
    md.append("#### ").append(inline(c.badge())).append(": ").append(inline(c.title()));
    if (c.subtitle() != null && !c.subtitle().isBlank()) {
      md.append(" (").append(inline(c.subtitle())).append(')');
    }
    md.append("\n\n");
    if (c.body() != null) {
      md.append(inline(c.body())).append("\n\n");
    }
    facts(md, c.facts());
    if (!c.evidence().isEmpty()) {
      md.append("Evidence:\n\n");
      fenced(md, c.evidence());
    }
  }

  private static void fenced(StringBuilder md, List<String> lines) {
    List<String> safe = lines.stream().map(l -> RemoteText.visible(l == null ? "" : l)).toList();
    String fence = "`".repeat(Math.max(3, longestBackticks(String.join("\n", safe)) + 1));
    md.append(fence).append('\n');
    safe.forEach(l -> md.append(l).append('\n'));
    md.append(fence).append("\n\n");
  }

  /** A code span: literal text, delimited by more backticks than it contains. */
  private static String code(String s) {
    String safe = s == null ? "" : RemoteText.visible(s);
    String ticks = "`".repeat(longestBackticks(safe) + 1);
    String pad = safe.startsWith("`") || safe.endsWith("`") ? " " : "";
    return ticks + pad + safe + pad + ticks;
  }

  /** Escaped for running text: no markup, no HTML, no line breaks. */
  static String inline(String s) {
    String safe = s == null ? "" : RemoteText.visible(s);
    return SPECIAL.matcher(safe).replaceAll(m -> Matcher.quoteReplacement("\\" + m.group()));
  }

  private static int longestBackticks(String s) {
    Matcher m = BACKTICKS.matcher(s);
    int longest = 0;
    while (m.find()) {
      longest = Math.max(longest, m.group().length());
    }
    return longest;
  }
}
