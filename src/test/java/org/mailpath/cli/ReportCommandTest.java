package org.mailpath.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mailpath.finding.Severity;
import org.mailpath.history.HistoryStore;
import org.mailpath.history.SampleReports;
import org.mailpath.report.ReportJson;
import picocli.CommandLine;

class ReportCommandTest {

  @TempDir Path dir;
  private Path db;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private long fullId;
  private long newestId;

  @BeforeEach
  void fill() {
    db = dir.resolve("history.db");
    try (HistoryStore store = HistoryStore.open(db)) {
      fullId = store.save(SampleReports.full());
      newestId =
          store.save(
              SampleReports.minimal(
                  "bob@other.org",
                  "other.org",
                  Instant.parse("2026-12-01T08:00:00Z"),
                  Severity.INFO));
    }
  }

  private int run(String... args) {
    CommandLine cli = new CommandLine(new ReportCommand(db, ZoneOffset.UTC));
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Test
  void call_pdfOption_writesPdfFile() throws IOException {
    Path pdf = dir.resolve("r.pdf");

    int status = run(Long.toString(fullId), "--pdf", pdf.toString());

    assertThat(status).isEqualTo(ExitStatus.OK);
    assertThat(Files.readAllBytes(pdf)).startsWith("%PDF-".getBytes());
    assertThat(out.toString()).contains("Wrote session " + fullId + " as PDF");
  }

  @Test
  void call_severalFormats_writesEach() throws IOException {
    Path md = dir.resolve("r.md");
    Path json = dir.resolve("r.json");

    int status = run(Long.toString(fullId), "--markdown", md.toString(), "--json", json.toString());

    assertThat(status).isEqualTo(ExitStatus.OK);
    assertThat(Files.readString(md))
        .contains("# Mail path report")
        .contains("tls12\\-without\\-ems");
    assertThat(ReportJson.read(Files.readString(json))).isEqualTo(SampleReports.full());
  }

  @Test
  void call_latest_exportsNewestSession() throws IOException {
    Path md = dir.resolve("latest.md");

    run("latest", "--markdown", md.toString());

    assertThat(Files.readString(md)).contains("other.org").doesNotContain("good.mail.test");
    assertThat(out.toString()).contains("session " + newestId);
  }

  @Test
  void call_unknownId_exitsBadInputWithMessage() {
    int status = run("999", "--pdf", dir.resolve("x.pdf").toString());

    assertThat(status).isEqualTo(ExitStatus.BAD_INPUT);
    assertThat(err.toString()).contains("no session with id 999");
    assertThat(dir.resolve("x.pdf")).doesNotExist();
  }

  @Test
  void call_noFormat_exitsBadInput() {
    int status = run(Long.toString(fullId));

    assertThat(status).isEqualTo(ExitStatus.BAD_INPUT);
    assertThat(err.toString()).contains("--pdf, --markdown, --json");
  }

  @Test
  void call_idNeitherNumberNorLatest_exitsBadInput() {
    int status = run("yesterday", "--json", dir.resolve("x.json").toString());

    assertThat(status).isEqualTo(ExitStatus.BAD_INPUT);
    assertThat(err.toString()).contains("'yesterday' is neither");
  }

  @Test
  void call_latestOnEmptyHistory_exitsBadInput() {
    db = dir.resolve("empty.db");

    int status = run("latest", "--json", dir.resolve("x.json").toString());

    assertThat(status).isEqualTo(ExitStatus.BAD_INPUT);
    assertThat(err.toString()).contains("no session stored yet");
  }

  @Test
  void call_unwritableTarget_exitsCouldNotRun() {
    int status = run(Long.toString(fullId), "--json", dir.resolve("no/such/dir/x.json").toString());

    assertThat(status).isEqualTo(ExitStatus.COULD_NOT_RUN);
    assertThat(err.toString()).contains("cannot write").contains("x.json: no such folder");
  }

  @Test
  void call_targetIsFolder_exitsBadInputAndWritesNothing() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("r.pdf"));
    Path md = dir.resolve("r.md");

    int status =
        run(Long.toString(fullId), "--markdown", md.toString(), "--pdf", folder.toString());

    assertThat(status).isEqualTo(ExitStatus.BAD_INPUT);
    assertThat(err.toString())
        .isEqualTo(
            "mailpath: report: "
                + folder
                + " is a folder; a report is written only to a regular file or a new name"
                + System.lineSeparator());
    assertThat(md).doesNotExist();
    assertThat(folder).isEmptyDirectory();
  }

  @Test
  void call_targetIsFifo_exitsBadInputAndLeavesIt() throws Exception {
    Path fifo = dir.resolve("r.json");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assertThat(mkfifo.waitFor()).isZero();

    int status = run(Long.toString(fullId), "--json", fifo.toString());

    assertThat(status).isEqualTo(ExitStatus.BAD_INPUT);
    assertThat(err.toString()).contains("a device, a FIFO or a socket");
    assertThat(Files.exists(fifo) && !Files.isRegularFile(fifo)).isTrue();
  }
}
