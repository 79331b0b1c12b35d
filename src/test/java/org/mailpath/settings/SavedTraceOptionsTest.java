package org.mailpath.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.mailpath.context.proxy.Socks5Dialer;
import org.mailpath.trace.TraceOptions;

class SavedTraceOptionsTest {

  @Test
  void applyTo_nothingSaved_defaults() {
    TraceOptions options =
        SavedTraceOptions.applyTo(TraceOptions.defaults(), Settings.NONE, new ProxyPassword());

    assertThat(options.timeout()).isEqualTo(TraceOptions.DEFAULT_TIMEOUT);
    assertThat(options.dialer()).isNotInstanceOf(Socks5Dialer.class);
  }

  @Test
  void applyTo_savedProxyAndTimeout_socksDialerProxyDnsAndDeadline() {
    Settings saved =
        Settings.NONE
            .withTraceOptions("127.0.0.1:5353", null, null, 30)
            .withProxy("socks5://127.0.0.1:1080", true);

    TraceOptions options =
        SavedTraceOptions.applyTo(TraceOptions.defaults(), saved, new ProxyPassword());

    assertThat(options.timeout()).isEqualTo(Duration.ofSeconds(30));
    assertThat(options.dnsServer().getPort()).isEqualTo(5353);
    assertThat(((Socks5Dialer) options.dialer()).proxy().endpoint()).isEqualTo("127.0.0.1:1080");
    assertThat(options.proxyDns()).isTrue();
  }

  @Test
  void applyTo_missingCaFile_sentenceNamingTheSetting() {
    Settings saved =
        Settings.NONE.withTraceOptions(null, Path.of("/nonexistent/ca.pem"), null, null);

    assertThatThrownBy(
            () -> SavedTraceOptions.applyTo(TraceOptions.defaults(), saved, new ProxyPassword()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("The saved CA file: ");
  }
}
