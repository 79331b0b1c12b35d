package org.mailpath.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mailpath.address.TargetParser;
import org.mailpath.context.StepKind;
import org.mailpath.context.StepStatus;
import org.mailpath.finding.Finding;

/** RFC 5321 §4.2, §4.2.1, §4.3.2: which reply is a failure of which kind, on a real socket. */
class ReplyCodeTraceTest {

  private static final Duration DEADLINE = Duration.ofSeconds(5);

  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final TraceEngine engine =
      TraceEngine.builder().executor(executor).clock(Clock.systemUTC()).build();

  @AfterEach
  void stop() {
    executor.shutdownNow();
  }

  private List<String> codes(HostileServer server) throws Exception {
    TraceReport report =
        engine
            .trace(
                TargetParser.parse("[127.0.0.1]:" + server.port()),
                TraceOptions.builder().timeout(DEADLINE).quick(true).build(),
                TraceListener.NONE)
            .get(20, TimeUnit.SECONDS);
    return report.findings().stream().map(Finding::code).toList();
  }

  /** Greets with 220, then answers EHLO and HELO (if it comes) with the given lines. */
  private static HostileServer answeringHello(String ehloReply, String heloReply)
      throws IOException {
    return new HostileServer(
        (s, in, out) -> {
          HostileServer.send(out, "220 hostile.invalid ESMTP\r\n");
          while (true) {
            String command = HostileServer.readLine(in);
            if (command.isEmpty()) {
              return;
            }
            if (command.startsWith("EHLO")) {
              HostileServer.send(out, ehloReply);
            } else if (command.startsWith("HELO")) {
              HostileServer.send(out, heloReply);
            } else {
              HostileServer.send(out, "221 bye\r\n");
              return;
            }
          }
        });
  }

  @Test
  void trace_greeting999_isProtocolError() throws Exception {
    try (HostileServer server =
        new HostileServer(
            (s, in, out) -> {
              HostileServer.send(out, "999 hostile.invalid what\r\n");
              HostileServer.readLine(in);
            })) {
      assertThat(codes(server)).containsExactly("smtp-protocol-error");
    }
  }

  @Test
  void trace_550ToEhloAndHelo_isPermanentFailure() throws Exception {
    try (HostileServer server = answeringHello("550 go away\r\n", "550 go away\r\n")) {
      assertThat(codes(server)).containsExactly("smtp-permanent-failure");
    }
  }

  @Test
  void trace_999ToEhlo_isProtocolErrorNotStartTlsMissing() throws Exception {
    try (HostileServer server = answeringHello("999 what\r\n", "250 hostile.invalid\r\n")) {
      assertThat(codes(server)).containsExactly("smtp-protocol-error");
    }
  }

  @Test
  void trace_220ToEhlo_isProtocolErrorNotSuccess() throws Exception {
    try (HostileServer server =
        answeringHello("220-hostile.invalid\r\n220 STARTTLS\r\n", "250 hostile.invalid\r\n")) {
      assertThat(codes(server)).containsExactly("smtp-protocol-error");
    }
  }

  @Test
  void trace_cancelledWhileServerThinks_raisesNoServerFinding() throws Exception {
    CountDownLatch ehloSent = new CountDownLatch(1);
    CountDownLatch ehloStepEnded = new CountDownLatch(1);
    List<TraceEvent.FindingRaised> findings = new CopyOnWriteArrayList<>();
    List<StepStatus> ehloStatus = new CopyOnWriteArrayList<>();
    try (HostileServer server =
        new HostileServer(
            (s, in, out) -> {
              HostileServer.send(out, "220 hostile.invalid ESMTP\r\n");
              HostileServer.readLine(in);
              ehloSent.countDown();
              Thread.sleep(60_000);
            })) {
      var future =
          engine.trace(
              TargetParser.parse("[127.0.0.1]:" + server.port()),
              TraceOptions.builder().timeout(Duration.ofSeconds(60)).quick(true).build(),
              event -> {
                if (event instanceof TraceEvent.FindingRaised f) {
                  findings.add(f);
                } else if (event instanceof TraceEvent.StepFinished f
                    && f.step().kind() == StepKind.EHLO) {
                  ehloStatus.add(f.step().status());
                  ehloStepEnded.countDown();
                }
              });
      assertThat(ehloSent.await(10, TimeUnit.SECONDS)).isTrue();

      future.cancel(true);

      assertThat(ehloStepEnded.await(10, TimeUnit.SECONDS)).isTrue();
      assertThat(findings).isEmpty();
      assertThat(ehloStatus).containsExactly(StepStatus.CANCELLED);
    }
  }
}
