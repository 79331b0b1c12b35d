package org.mailpath.cli;

import static org.assertj.core.api.Assertions.assertThat;

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

class HistoryCommandTest {

  private static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");

  @TempDir Path dir;
  private Path db;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private long fullId;
  private long otherId;

  @BeforeEach
  void fill() {
    db = dir.resolve("history.db");
    try (HistoryStore store = HistoryStore.open(db)) {
      otherId = store.save(SampleReports.minimal("bob@other.org", "other.org", T0, Severity.INFO));
      fullId = store.save(SampleReports.full());
    }
  }

  private int run(String... args) {
    CommandLine cli = new CommandLine(new HistoryCommand(db, ZoneOffset.ofHours(1)));
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Test
  void listNewest_withoutTheCommandLine_printsWhatListPrints() {
    run("list");
    StringWriter quick = new StringWriter();
    StringWriter quickErr = new StringWriter();

    int status =
        new HistoryCommand(db, ZoneOffset.ofHours(1))
            .listNewest(new PrintWriter(quick, true), new PrintWriter(quickErr, true));

    assertThat(status).isZero();
    assertThat(quick.toString()).isEqualTo(out.toString()).contains("bob@other.org");
    assertThat(quickErr.toString()).isEmpty();
  }

  @Test
  void answeredWithoutCommandLine_onlyHistoryAndHistoryListWithoutOptions() {
    assertThat(MailpathCommand.answeredWithoutCommandLine("history", "list", "--limit", "3"))
        .isNull();
    assertThat(MailpathCommand.answeredWithoutCommandLine("history", "show", "1")).isNull();
    assertThat(MailpathCommand.answeredWithoutCommandLine("history", "--help")).isNull();
    assertThat(MailpathCommand.answeredWithoutCommandLine("trace", "history")).isNull();
    assertThat(MailpathCommand.answeredWithoutCommandLine()).isNull();
  }

  @Test
  void list_storedSessions_printsNewestFirst() {
    run("list");

    assertThat(out.toString()).containsSubsequence("alice@good.mail.test", "bob@other.org");
  }

  @Test
  void list_storedSession_printsIdLocalTimeSeverityAndFindingCount() {
    run("list");

    assertThat(out.toString())
        .containsPattern(
            "\\s"
                + fullId
                + "\\s+2026-11-28 22:30:05 \\+01:00\\s+Error\\s+4\\s+alice@good\\.mail\\.test");
  }

  @Test
  void list_domainOption_printsOnlyThatDomain() {
    run("list", "--domain", "other.org");

    assertThat(out.toString()).contains("bob@other.org").doesNotContain("alice@");
  }

  @Test
  void list_limitOption_printsOnlyThatMany() {
    run("list", "--limit", "1");

    assertThat(out.toString()).contains("alice@").doesNotContain("bob@");
  }

  @Test
  void list_limitZero_exitsBadInput() {
    assertThat(run("list", "--limit", "0")).isEqualTo(ExitStatus.BAD_INPUT);
  }

  @Test
  void list_emptyDatabase_saysNoSessions() {
    run("delete", String.valueOf(fullId));
    run("delete", String.valueOf(otherId));

    run("list");

    assertThat(out.toString()).contains("No sessions stored");
  }

  @Test
  void history_withoutSubcommand_lists() {
    int status = run();

    assertThat(status).isEqualTo(ExitStatus.OK);
    assertThat(out.toString()).contains("alice@good.mail.test", "bob@other.org");
  }

  @Test
  void list_databaseUnusable_exitsCouldNotRun() throws Exception {
    Files.delete(db);
    Files.createDirectory(db);

    assertThat(run("list")).isEqualTo(ExitStatus.COULD_NOT_RUN);
  }

  @Test
  void show_storedId_printsTargetStartAndDuration() {
    run("show", String.valueOf(fullId));

    assertThat(out.toString())
        .contains("alice@good.mail.test", "2026-11-28 22:30:05 +01:00", "1.834 s");
  }

  @Test
  void show_storedId_printsMxHostsWithAddresses() {
    run("show", String.valueOf(fullId));

    assertThat(out.toString()).containsPattern("10 mx1\\.good\\.mail\\.test\\s+127\\.0\\.0\\.1");
  }

  @Test
  void show_storedId_printsTlsOfEachConnection() {
    run("show", String.valueOf(fullId));

    assertThat(out.toString())
        .containsSubsequence(
            "mx1.good.mail.test [127.0.0.1]:25",
            "STARTTLS  yes",
            "TLSv1.2  TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256  EMS no",
            "mx2.good.mail.test [::1]:25",
            "STARTTLS  no",
            "not reached");
  }

  @Test
  void show_storedId_printsFindingsWithSeverityAndCode() {
    run("show", String.valueOf(fullId));

    assertThat(out.toString())
        .containsPattern("Warning\\s+tls12-without-ems")
        .containsPattern("Error\\s+starttls-not-supported")
        .containsPattern("Pass\\s+tlsrpt-present");
  }

  @Test
  void show_jsonOption_printsTheStoredReport() {
    run("show", String.valueOf(fullId), "--json");

    assertThat(ReportJson.read(out.toString())).isEqualTo(SampleReports.full());
  }

  @Test
  void show_unknownId_exitsBadInput() {
    assertThat(run("show", "999")).isEqualTo(ExitStatus.BAD_INPUT);
  }

  @Test
  void show_unknownId_namesTheIdOnStandardError() {
    run("show", "999");

    assertThat(err.toString()).contains("no session with id 999");
  }

  @Test
  void show_idNotANumber_exitsBadInput() {
    assertThat(run("show", "latest")).isEqualTo(ExitStatus.BAD_INPUT);
  }

  @Test
  void delete_storedId_removesTheSession() {
    int status = run("delete", String.valueOf(fullId));

    assertThat(status).isEqualTo(ExitStatus.OK);
    try (HistoryStore store = HistoryStore.open(db)) {
      assertThat(store.load(fullId)).isEmpty();
    }
  }

  @Test
  void delete_unknownId_exitsBadInput() {
    assertThat(run("delete", "999")).isEqualTo(ExitStatus.BAD_INPUT);
  }
}
