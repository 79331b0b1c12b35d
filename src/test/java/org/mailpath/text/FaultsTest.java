package org.mailpath.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.PortUnreachableException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class FaultsTest {

  static Stream<Arguments> faults() {
    return Stream.of(
        Arguments.of(new EOFException(), "the other side closed the connection"),
        Arguments.of(
            new PortUnreachableException("ICMP Port Unreachable"),
            "nothing answers on that port (the host reported the port unreachable)"),
        Arguments.of(new ConnectException("Connection refused"), "the connection was refused"),
        Arguments.of(
            new SocketTimeoutException("Read timed out"), "no answer before the time limit"),
        Arguments.of(
            new SocketException("Connection reset"), "the other side reset the connection"),
        Arguments.of(
            new ExecutionException(new PortUnreachableException(null)),
            "nothing answers on that port (the host reported the port unreachable)"),
        Arguments.of(new UncheckedIOException(new IOException("Is a directory")), "is a directory"),
        Arguments.of(new IOException("java.io.IOException: Is a directory"), "is a directory"),
        Arguments.of(new IOException("<none>:1: Invalid type 'is'"), "invalid type 'is'"),
        Arguments.of(new SSLHandshakeException(null), "the TLS handshake failed"),
        Arguments.of(new IllegalStateException(), "no reason was given"),
        Arguments.of(new IOException("TLS alert 40"), "TLS alert 40"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("faults")
  void describe_fault_isWordsWithoutJavaNames(Throwable fault, String words) {
    assertThat(Faults.describe(fault))
        .isEqualTo(words)
        .doesNotContainPattern("[A-Za-z]+Exception|java\\.");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          java.net.SocketException: Connection reset         | connection reset
          sun.security.validator.ValidatorException: PKIX bad | PKIX bad
          EOFException                                        |
          null                                                |
          """)
  void words_messageWithClassNames_keepsOnlyTheWords(String message, String words) {
    assertThat(Faults.words(message)).isEqualTo(words);
  }
}
