package org.mailpath.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Lab.start(replyDelay): every SMTP reply waits at least that long. */
class ReplyDelayTest {

  private static final Duration DELAY = Duration.ofMillis(300);

  @Test
  void noop_labStartedWithDelay_isAnsweredNoSoonerThanTheDelay() throws IOException {
    try (Lab lab = Lab.start(DELAY)) {
      int port = lab.prepare("good.mail.test").smtpPort();
      try (SmtpTestClient client =
          SmtpTestClient.connect(lab.addressOf("mx1.good.mail.test"), port)) {
        client.readReply();

        long start = System.nanoTime();
        client.command("NOOP");
        Duration roundTrip = Duration.ofNanos(System.nanoTime() - start);

        assertThat(roundTrip).isGreaterThanOrEqualTo(DELAY);
      }
    }
  }

  @Test
  void start_negativeDelay_isRejected() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Lab.start(Duration.ofMillis(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
