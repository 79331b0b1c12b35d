package org.mailpath.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.mailpath.report.doc.Block;
import org.mailpath.report.doc.Block.Cell;
import org.mailpath.report.doc.Block.Column;
import org.mailpath.report.doc.Block.Fact;
import org.mailpath.report.section.ReportContext;
import org.mailpath.report.section.ReportSection;
import org.mailpath.report.section.ReportSections;
import org.mailpath.text.RemoteText;

/**
 * The report as XHTML for the PDF renderer. Every piece of text passes through {@link #text}, so a
 * banner such as {@code <script>} is shown, never interpreted.
 */
public final class HtmlReport {

  static final String CSS_RESOURCE = "/report/report.css";

  private final List<ReportSection> sections;

  public HtmlReport() {
    this(ReportSections.ALL);
  }

  public HtmlReport(List<ReportSection> sections) {
    this.sections = List.copyOf(sections);
  }

  public String render(ReportContext context) {
    return document(
        "mailpath report: " + context.report().domain(),
        context.report().toolVersion(),
        "mailpath report · "
            + context.report().domain()
            + " · "
            + context.date(context.report().started()),
        ReportSections.render(sections, context));
  }

  /**
   * Any document made of blocks: its {@code title} for the PDF's metadata, {@code header} at the
   * top of every page after the first.
   */
  static String document(String title, String version, String header, List<Block> blocks) {
    StringBuilder h = new StringBuilder(64 * 1024);
    h.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html lang=\"en\"><head>")
        .append("<meta charset=\"UTF-8\"/>")
        .append("<title>")
        .append(text(title))
        .append("</title><meta name=\"author\" content=\"mailpath ")
        .append(text(version))
        .append("\"/><style>\n")
        .append(css())
        .append("</style></head><body>");
    h.append("<div class=\"running-header\">").append(text(header)).append("</div>");
    List<String> chapters = chapters(blocks);
    int chapter = 0;
    for (Block block : blocks) {
      if (block instanceof Block.Contents) {
        contents(h, chapters);
      } else if (block instanceof Block.Heading hd && hd.level() == 1) {
        h.append("<h2 id=\"s").append(++chapter).append("\">").append(text(hd.text()));
        h.append("</h2>");
      } else {
        block(h, block);
      }
    }
    return h.append("</body></html>").toString();
  }

  private static void block(StringBuilder h, Block block) {
    // Java 17: no pattern matching in switch yet. Contents and level-1 headings, which need the
    // whole document, are drawn by render().
    if (block instanceof Block.Title t) {
      h.append("<div class=\"cover\"><div class=\"brand\">mailpath</div><h1 class=\"title\">")
          .append(text(t.title()))
          .append("</h1><div class=\"subtitle\">")
          .append(text(t.subtitle()))
          .append("</div></div>");
    } else if (block instanceof Block.Heading hd) {
      String tag = "h" + (hd.level() + 1);
      h.append('<').append(tag).append('>').append(text(hd.text())).append("</").append(tag);
      h.append('>');
    } else if (block instanceof Block.Paragraph p) {
      h.append("<p class=\"").append(p.tone().cssClass()).append("\">");
      h.append(lines(p.text())).append("</p>");
    } else if (block instanceof Block.Bullets b) {
      h.append("<ul>");
      b.items().forEach(i -> h.append("<li>").append(lines(i)).append("</li>"));
      h.append("</ul>");
    } else if (block instanceof Block.Facts f) {
      facts(h, f.facts());
    } else if (block instanceof Block.Table t) {
      table(h, t);
    } else if (block instanceof Block.Transcript t) {
      transcript(h, t);
    } else if (block instanceof Block.Card c) {
      card(h, c);
    } else if (block instanceof Block.PageBreak) {
      h.append("<div class=\"page-break\"></div>");
    } else {
      throw new IllegalArgumentException("no HTML for " + block.getClass().getSimpleName());
    }
  }

  static List<String> chapters(List<Block> blocks) {
    return blocks.stream()
        .filter(b -> b instanceof Block.Heading hd && hd.level() == 1)
        .map(b -> ((Block.Heading) b).text())
        .toList();
  }

  /** Section titles linked to their headings, page numbers filled in by the layout. */
  private static void contents(StringBuilder h, List<String> chapters) {
    h.append("<div class=\"contents\"><div class=\"contents-title\">Contents</div>");
    for (int i = 0; i < chapters.size(); i++) {
      h.append("<div class=\"toc-entry\"><a href=\"#s").append(i + 1).append("\">");
      h.append(text(chapters.get(i))).append("</a></div>");
    }
    h.append("</div>");
  }

  private static void facts(StringBuilder h, List<Fact> facts) {
    h.append("<table class=\"facts\"><tbody>");
    for (Fact f : facts) {
      h.append("<tr><th>")
          .append(text(f.label()))
          .append("</th><td class=\"")
          .append(f.tone().cssClass())
          .append(f.mono() ? " mono" : "")
          .append("\">")
          .append(lines(f.value()))
          .append("</td></tr>");
    }
    h.append("</tbody></table>");
  }

  private static void table(StringBuilder h, Block.Table t) {
    h.append(t.compact() ? "<table class=\"grid compact\">" : "<table class=\"grid\">");
    h.append("<thead><tr>");
    for (Column c : t.columns()) {
      h.append("<th");
      if (c.width() > 0) {
        h.append(" style=\"width: ").append(c.width()).append("%\"");
      }
      h.append(">").append(text(c.header())).append("</th>");
    }
    h.append("</tr></thead><tbody>");
    for (List<Cell> row : t.rows()) {
      h.append("<tr>");
      for (int i = 0; i < row.size(); i++) {
        Cell cell = row.get(i);
        boolean mono = i < t.columns().size() && t.columns().get(i).mono();
        h.append("<td class=\"")
            .append(cell.tone().cssClass())
            .append(mono ? " mono" : "")
            .append("\">")
            .append(lines(cell.text()))
            .append("</td>");
      }
      h.append("</tr>");
    }
    h.append("</tbody></table>");
  }

  private static void transcript(StringBuilder h, Block.Transcript t) {
    h.append("<table class=\"transcript\"><thead><tr><th class=\"at\">At</th>")
        .append("<th class=\"dir\"></th><th>Line</th></tr></thead><tbody>");
    for (Block.TranscriptRow row : t.rows()) {
      String who =
          switch (row.direction()) {
            case "C" -> "client";
            case "S" -> "server";
            default -> "note";
          };
      h.append("<tr class=\"")
          .append(who)
          .append("\"><td class=\"at\">")
          .append(text(row.time()))
          .append("</td><td class=\"dir\">")
          .append(text(row.direction()))
          .append("</td><td class=\"line\">")
          .append(text(row.text()))
          .append("</td></tr>");
    }
    h.append("</tbody></table>");
  }

  private static void card(StringBuilder h, Block.Card c) {
    h.append("<div class=\"card ")
        .append(c.tone().cssClass())
        .append("\">")
        .append("<div class=\"card-head\"><span class=\"badge ")
        .append(c.tone().cssClass())
        .append("\">")
        .append(text(c.badge()))
        .append("</span> <span class=\"card-title\">")
        .append(text(c.title()))
        .append("</span>");
    if (c.subtitle() != null && !c.subtitle().isBlank()) {
      h.append(" <span class=\"card-subtitle\">").append(text(c.subtitle())).append("</span>");
    }
    h.append("</div>");
    if (c.body() != null) {
      h.append("<p class=\"card-body\">").append(lines(c.body())).append("</p>");
    }
    if (!c.facts().isEmpty()) {
      facts(h, c.facts());
    }
    if (!c.evidence().isEmpty()) {
      h.append("<div class=\"evidence-label\">Evidence</div><div class=\"evidence\">");
      c.evidence().forEach(e -> h.append("<div>").append(text(e)).append("</div>"));
      h.append("</div>");
    }
    h.append("</div>");
  }

  /** Escaped for XML text and attributes, with control characters made visible. */
  static String text(String s) {
    String visible = s == null ? "" : RemoteText.visible(s);
    StringBuilder out = new StringBuilder(visible.length() + 16);
    for (int i = 0; i < visible.length(); i++) {
      char c = visible.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        case '\n' -> out.append(' ');
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** Like {@link #text}, with line breaks kept. */
  private static String lines(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    String[] parts = s.split("\n", -1);
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        out.append("<br/>");
      }
      out.append(text(parts[i]));
    }
    return out.toString();
  }

  private static String css() {
    return Css.TEXT;
  }

  /** The style sheet, read once per process, when the first report is drawn. */
  private static final class Css {
    static final String TEXT = read();

    private Css() {}
  }

  private static String read() {
    try (InputStream in = HtmlReport.class.getResourceAsStream(CSS_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + CSS_RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
