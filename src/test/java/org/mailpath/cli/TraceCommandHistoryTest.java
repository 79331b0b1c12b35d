package org.mailpath.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.mailpath.history.HistoryStore;
import org.mailpath.history.HostileFiles;
import org.mailpath.report.ReportJson;
import picocli.CommandLine;

/**
 * Results are never lost: when the history cannot take the session, {@code trace} still prints it,
 * keeps its exit status, and says on stderr that it was not stored. The target is a loopback port
 * nobody listens on, so each trace takes milliseconds and needs no network.
 */
@Timeout(60)
class TraceCommandHistoryTest {

  private static String target;
  private static int statusWithoutHistory;

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeAll
  static void closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      target = "[127.0.0.1]:" + socket.getLocalPort();
    }
    statusWithoutHistory =
        new CommandLine(new TraceCommand())
            .execute(target, "--quick", "--timeout=20", "--no-store");
  }

  private int trace(Path database, String... more) {
    CommandLine cli = new CommandLine(new TraceCommand(database));
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    String[] args = new String[more.length + 3];
    args[0] = target;
    args[1] = "--quick";
    args[2] = "--timeout=20";
    System.arraycopy(more, 0, args, 3, more.length);
    return cli.execute(args);
  }

  @Test
  void trace_writableHistory_storesSessionAndSaysNothingOnStderr() {
    Path db = dir.resolve("history.db");

    int status = trace(db);

    assertThat(status).isEqualTo(statusWithoutHistory);
    assertThat(out.toString()).contains("stored as session #");
    assertThat(err.toString()).isEmpty();
    try (HistoryStore store = HistoryStore.open(db)) {
      assertThat(store.list(10)).hasSize(1);
    }
  }

  @Test
  void trace_historyIsAnotherProgramsDatabase_printsTraceKeepsStatusAndSaysNotStored()
      throws Exception {
    Path db = HostileFiles.otherProgramsDatabase(dir.resolve("history.db"));

    int status = trace(db);

    assertThat(status).isEqualTo(statusWithoutHistory);
    assertThat(out.toString()).contains(target).contains("(not stored)");
    assertThat(err.toString())
        .startsWith("mailpath: this trace was not stored in history: ")
        .contains("not a mailpath history")
        .doesNotContain("Exception");
    assertThat(HostileFiles.pragma(db, "journal_mode")).isEqualTo("delete");
  }

  @Test
  void trace_jsonWithDamagedHistory_printsWholeReportAndSaysNotStored() throws Exception {
    Path db = HostileFiles.damagedHistory(dir.resolve("history.db"));

    int status = trace(db, "--json");

    assertThat(status).isEqualTo(statusWithoutHistory);
    assertThat(ReportJson.read(out.toString()).target()).isEqualTo(target);
    assertThat(err.toString()).contains("not stored in history").contains("damaged");
  }

  @Test
  void trace_readOnlyHistory_printsTraceAndSaysReadOnly() throws Exception {
    Path db = dir.resolve("history.db");
    HistoryStore.open(db).close();
    HostileFiles.readOnly(db);
    try {
      int status = trace(db);

      assertThat(status).isEqualTo(statusWithoutHistory);
      assertThat(out.toString()).contains("(not stored)");
      assertThat(err.toString()).contains("not stored in history").contains("read-only");
    } finally {
      HostileFiles.writable(db);
    }
  }

  @Test
  void trace_historyPathIsAFolder_printsTraceAndSaysNotStored() throws Exception {
    Path db = Files.createDirectory(dir.resolve("history.db"));

    int status = trace(db);

    assertThat(status).isEqualTo(statusWithoutHistory);
    assertThat(err.toString()).contains("not stored in history").contains("not a regular file");
  }
}
