package org.mailpath.batch;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.mailpath.report.ReportJson;
import org.mailpath.trace.TraceReport;

/**
 * The files a batch writes: JSON Lines (one report per line, exactly what {@code trace --json}
 * prints, on one line) and CSV (one row of headline facts per target, a failure included), and the
 * summary counted from the same results. Either file may be absent.
 */
public final class ResultFiles implements AutoCloseable {

  /** The CSV columns, in order. */
  public static final List<String> CSV_HEADER =
      List.of(
          "target",
          "mx_count",
          "starttls",
          "best_tls",
          "ems",
          "dane",
          "mta_sts_mode",
          "tls_rpt",
          "requiretls",
          "worst_severity",
          "finding_codes",
          "could_not_run");

  private final BufferedWriter jsonLines;
  private final BufferedWriter csv;
  private final BatchSummary.Builder summary = new BatchSummary.Builder();

  private ResultFiles(BufferedWriter jsonLines, BufferedWriter csv) {
    this.jsonLines = jsonLines;
    this.csv = csv;
  }

  /** Creates (replacing) the files named; null for a file not wanted. */
  public static ResultFiles create(Path jsonLinesFile, Path csvFile) throws IOException {
    BufferedWriter json = jsonLinesFile == null ? null : writer(jsonLinesFile);
    BufferedWriter csv = null;
    try {
      csv = csvFile == null ? null : writer(csvFile);
      if (csv != null) {
        csv.write(CsvLine.join(CSV_HEADER));
        csv.write("\r\n"); // RFC 4180 §2.1
      }
    } catch (IOException e) {
      if (json != null) {
        json.close();
      }
      throw e;
    }
    return new ResultFiles(json, csv);
  }

  private static BufferedWriter writer(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    return Files.newBufferedWriter(file, StandardCharsets.UTF_8);
  }

  /** Adds one result to the files and the summary. */
  public void add(BatchResult result) {
    try {
      if (result.failedToRun()) {
        summary.addFailure();
        if (csv != null) {
          List<String> row = new ArrayList<>(List.of(result.target().target()));
          while (row.size() < CSV_HEADER.size() - 1) {
            row.add("");
          }
          row.add(result.failure());
          csv.write(CsvLine.join(row) + "\r\n");
        }
        return;
      }
      TargetFacts facts = TargetFacts.of(result.report());
      summary.add(facts);
      if (jsonLines != null) {
        jsonLines.write(ReportJson.write(result.report(), false));
        jsonLines.write('\n');
      }
      if (csv != null) {
        csv.write(CsvLine.join(row(facts)) + "\r\n");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public BatchSummary summary() {
    return summary.build();
  }

  static List<String> row(TargetFacts f) {
    return List.of(
        f.target(),
        Integer.toString(f.mxCount()),
        f.starttls(),
        f.bestTls(),
        f.ems(),
        f.dane(),
        f.stsMode(),
        f.tlsRpt(),
        f.requireTls(),
        f.worstSeverity(),
        String.join(" ", f.findingCodes()),
        "");
  }

  /**
   * Reads a JSON Lines file written by a batch (or a shard), one report at a time, in file order.
   *
   * @throws IllegalArgumentException naming the line that is not a report
   */
  public static void readJsonLines(Path file, Consumer<TraceReport> action) throws IOException {
    try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        TraceReport report;
        try {
          report = ReportJson.read(line);
        } catch (UncheckedIOException | IllegalArgumentException e) {
          throw new IllegalArgumentException(
              file + " line " + number + " is not a trace report", e);
        }
        action.accept(report);
      }
    }
  }

  @Override
  public void close() throws IOException {
    try {
      if (jsonLines != null) {
        jsonLines.close();
      }
    } finally {
      if (csv != null) {
        csv.close();
      }
    }
  }
}
