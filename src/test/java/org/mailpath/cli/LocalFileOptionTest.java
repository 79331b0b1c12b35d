package org.mailpath.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/**
 * --ca-file and --trust-anchor refuse what is not a small regular file of the right kind before a
 * trace starts: exit status 2 and one sentence naming the file, never a Java exception.
 */
class LocalFileOptionTest {

  @TempDir Path dir;

  private Path file(String kind) throws IOException, InterruptedException {
    Path path = dir.resolve(kind);
    switch (kind) {
      case "fifo" -> {
        Process mkfifo = new ProcessBuilder("mkfifo", path.toString()).start();
        assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0);
      }
      case "directory" -> Files.createDirectory(path);
      case "empty" -> Files.createFile(path);
      case "comments" -> Files.writeString(path, "; nothing but a comment\n\n");
      case "garbage" -> Files.writeString(path, "this is not a zone file\n");
      case "oversized-anchor" -> Files.write(path, new byte[1024 * 1024 + 1]);
      case "oversized-ca" -> Files.write(path, new byte[10 * 1024 * 1024 + 1]);
      case "missing" -> {}
      case "device" -> path = Path.of("/dev/zero");
      default -> throw new IllegalArgumentException(kind);
    }
    return path;
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          --trust-anchor | fifo             | is not a regular file
          --trust-anchor | device           | is not a regular file
          --trust-anchor | directory        | is a directory
          --trust-anchor | missing          | does not exist
          --trust-anchor | empty            | holds no DS or DNSKEY record
          --trust-anchor | comments         | holds no DS or DNSKEY record
          --trust-anchor | garbage          | line 1: not a DS or DNSKEY record
          --trust-anchor | oversized-anchor | is larger than 1 MiB
          --ca-file      | fifo             | is not a regular file
          --ca-file      | device           | is not a regular file
          --ca-file      | directory        | is a directory
          --ca-file      | missing          | does not exist
          --ca-file      | empty            | holds no PEM certificate
          --ca-file      | garbage          | holds no PEM certificate
          --ca-file      | oversized-ca     | is larger than 10 MiB
          """)
  void trace_unusableLocalFile_exitsTwoWithASentenceNamingIt(
      String option, String kind, String words) throws Exception {
    Path path = file(kind);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new TraceCommand());
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));

    int status = cli.execute("alice@example.org", "--no-store", option, path.toString());

    assertThat(status).isEqualTo(ExitStatus.BAD_INPUT);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString().strip())
        .startsWith("mailpath: " + option + ": " + path)
        .contains(words)
        .endsWith(".")
        .doesNotContain("\n")
        .doesNotContainPattern("[A-Za-z]+Exception|java\\.");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          a DS line with a bad digest | . IN DS 20326 8 2 ZZZZ                        | line 1:
          a record that is no anchor  | example. 3600 IN TXT "hello"                  | holds a TXT record
          an include                  | $INCLUDE /dev/zero                            | line 1:
          a second line that is bad   | . IN DS 20326 8 2 E06D44B80B8F1D39A95C0B0D7C65D08458E880409BBC683457104237C7F8EC8D\\nis this a record | line 2:
          """)
  void trace_malformedAnchorFile_namesTheLine(String name, String content, String words)
      throws Exception {
    Path path = dir.resolve("anchors.txt");
    Files.writeString(path, content.replace("\\n", "\n") + "\n", StandardCharsets.US_ASCII);
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new TraceCommand());
    cli.setOut(new PrintWriter(new StringWriter()));
    cli.setErr(new PrintWriter(err));

    int status = cli.execute("alice@example.org", "--no-store", "--trust-anchor", path.toString());

    assertThat(status).isEqualTo(ExitStatus.BAD_INPUT);
    assertThat(err.toString().strip())
        .contains(words)
        .doesNotContain("<none>")
        .doesNotContainPattern("[A-Za-z]+Exception|java\\.");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          no END line     | -----BEGIN CERTIFICATE-----\\nMIIB                                        | line 1: the certificate that begins here has no END line
          not base64      | # bundle\\n-----BEGIN CERTIFICATE-----\\n!!!!\\n-----END CERTIFICATE----- | line 2: the certificate that begins here is not valid base64
          not a cert      | -----BEGIN CERTIFICATE-----\\nAAAA\\n-----END CERTIFICATE-----             | line 1: the certificate that begins here is not an X.509 certificate
          """)
  void trace_malformedCaFile_namesTheLine(String name, String content, String words)
      throws Exception {
    Path path = dir.resolve("ca.pem");
    Files.writeString(path, content.replace("\\n", "\n") + "\n", StandardCharsets.US_ASCII);
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new TraceCommand());
    cli.setOut(new PrintWriter(new StringWriter()));
    cli.setErr(new PrintWriter(err));

    int status = cli.execute("alice@example.org", "--no-store", "--ca-file", path.toString());

    assertThat(status).isEqualTo(ExitStatus.BAD_INPUT);
    assertThat(err.toString().strip())
        .contains(words)
        .doesNotContainPattern("[A-Za-z]+Exception|java\\.");
  }
}
