package org.mailpath.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mailpath.finding.Severity;
import org.mailpath.history.HistoryStore;
import org.mailpath.history.SampleReports;
import picocli.CommandLine;

class HistoryDiffCommandTest {

  @TempDir Path dir;
  private Path db;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private long fullId;
  private long laterId;
  private long otherId;

  @BeforeEach
  void fill() {
    db = dir.resolve("history.db");
    try (HistoryStore store = HistoryStore.open(db)) {
      fullId = store.save(SampleReports.full());
      laterId =
          store.save(
              SampleReports.minimal(
                  "alice@good.mail.test",
                  "good.mail.test",
                  SampleReports.STARTED.plusSeconds(3600),
                  Severity.PASS));
      otherId =
          store.save(
              SampleReports.minimal(
                  "bob@other.org",
                  "other.org",
                  Instant.parse("2026-12-01T08:00:00Z"),
                  Severity.PASS));
    }
  }

  private int run(String... args) {
    CommandLine cli = new CommandLine(new HistoryCommand(db, ZoneOffset.ofHours(1)));
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Test
  void diff_twoSessions_printsChangesGroupedByAspect() {
    int status = run("diff", Long.toString(fullId), Long.toString(laterId));

    assertThat(status).isEqualTo(ExitStatus.OK);
    assertThat(out.toString())
        .contains("Before  session " + fullId + "  2026-11-28 22:30:05 +01:00")
        .containsSubsequence("MX", "  - good.mail.test  10 mx1.good.mail.test", "Findings")
        .contains("  - mx2.good.mail.test [::1]:25  Error starttls-not-supported")
        .doesNotContain("different domains");
  }

  @Test
  void diff_sameSession_saysNoChange() {
    run("diff", Long.toString(fullId), Long.toString(fullId));

    assertThat(out.toString()).contains("No change in MX, Addresses, STARTTLS");
  }

  @Test
  void diff_differentDomains_saysSo() {
    int status = run("diff", Long.toString(laterId), Long.toString(otherId));

    assertThat(status).isEqualTo(ExitStatus.OK);
    assertThat(out.toString()).contains("different domains (good.mail.test, other.org)");
  }

  @Test
  void diff_unknownId_exitsBadInput() {
    int status = run("diff", Long.toString(fullId), "999");

    assertThat(status).isEqualTo(ExitStatus.BAD_INPUT);
    assertThat(err.toString()).contains("no session with id 999");
  }
}
