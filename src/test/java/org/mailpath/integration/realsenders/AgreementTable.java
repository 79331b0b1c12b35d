package org.mailpath.integration.realsenders;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes every row (scenario × profile) as a Markdown table a reader can open. */
public final class AgreementTable {
  private AgreementTable() {}

  public static Path write(Path file, List<AgreementRow> rows, String header) throws IOException {
    long agree = rows.stream().filter(AgreementRow::agrees).count();
    long known = rows.stream().filter(r -> !r.agrees() && r.known().isPresent()).count();
    long fail = rows.size() - agree - known;
    List<String> out = new ArrayList<>();
    out.add("# Real senders against mailpath's predictions");
    out.add("");
    out.add(header);
    out.add("");
    out.add(
        rows.size()
            + " rows: "
            + agree
            + " agree, "
            + known
            + " differ as listed in known-differences.tsv, "
            + fail
            + " differ unexplained.");
    out.add("");
    out.add("| scenario | profile | real sender | mailpath predicts | agree? | why / evidence |");
    out.add("|---|---|---|---|---|---|");
    for (AgreementRow row : rows) {
      String verdict = row.agrees() ? "yes" : row.known().isPresent() ? "known difference" : "NO";
      String why =
          row.agrees()
              ? lastLine(row.real().evidence())
              : row.known().map(KnownDifferences.Entry::reason).orElse("")
                  + " — mailpath: "
                  + (row.predicted() == null ? "no row" : row.predicted().reason())
                  + " — log: "
                  + lastLine(row.real().evidence());
      out.add(
          "| "
              + String.join(
                  " | ",
                  row.scenario(),
                  row.profile(),
                  row.real().shown(),
                  row.predictedShown(),
                  verdict,
                  cell(why))
              + " |");
    }
    Files.createDirectories(file.getParent());
    Files.write(file, out);
    return file;
  }

  private static String lastLine(String text) {
    String[] lines = text.split("\n");
    return lines[lines.length - 1];
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }
}
