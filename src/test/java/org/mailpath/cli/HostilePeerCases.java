package org.mailpath.cli;

import static org.mailpath.finding.Severity.ERROR;
import static org.mailpath.finding.Severity.INCONCLUSIVE;
import static org.mailpath.trace.HostilePeers.NO_STARTTLS;
import static org.mailpath.trace.HostilePeers.OFFERS_STARTTLS;
import static org.mailpath.trace.HostilePeers.afterStartTls;
import static org.mailpath.trace.HostilePeers.drain;
import static org.mailpath.trace.HostilePeers.dribble;
import static org.mailpath.trace.HostilePeers.greetingAndEhlo;
import static org.mailpath.trace.HostilePeers.hear;
import static org.mailpath.trace.HostilePeers.repeat;
import static org.mailpath.trace.HostilePeers.reset;
import static org.mailpath.trace.HostilePeers.say;
import static org.mailpath.trace.HostilePeers.sayBytes;
import static org.mailpath.trace.HostilePeers.sayUtf8;
import static org.mailpath.trace.HostilePeers.script;
import static org.mailpath.trace.HostilePeers.silence;
import static org.mailpath.trace.HostilePeers.tls;

import java.util.stream.Stream;
import org.mailpath.finding.Severity;
import org.mailpath.trace.HostilePeers.Act;
import org.mailpath.trace.HostileServer.Behaviour;
import org.mailpath.trace.HostileTlsPeer;

/**
 * The hostile peers of {@link HostilePeerSuiteTest}, each with the finding and severity it must end
 * in: delays, resets and 4xx replies are inconclusive (RFC 5321 §4.2.1, §4.5.3.2); broken replies,
 * 5xx and broken TLS are errors.
 */
final class HostilePeerCases {
  private HostilePeerCases() {}

  record Case(String name, Behaviour peer, String code, Severity severity) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static Case c(String name, Behaviour peer, String code, Severity severity) {
    return new Case(name, peer, code, severity);
  }

  private static Behaviour greeting(Act greeting) {
    return script(greeting, hear(), say("221 bye\r\n"));
  }

  private static Behaviour ehlo(Act reply) {
    return greetingAndEhlo(say("220 hostile.invalid ESMTP\r\n"), reply);
  }

  private static Behaviour starttls(Act reply) {
    return script(
        say("220 hostile.invalid ESMTP\r\n"), hear(), say(OFFERS_STARTTLS), hear(), reply, hear());
  }

  static Stream<Case> peers() {
    String esc = "\u001b[2J\u001b]0;owned\u0007";
    return Stream.of(
        // --- the greeting (RFC 5321 §4.3.1, §4.5.3.2) ---
        c("greeting never sent", script(silence()), "connection-timeout", INCONCLUSIVE),
        c(
            "greeting one byte a second",
            script(dribble("220 slow ESMTP\r\n", 1000)),
            "connection-timeout",
            INCONCLUSIVE),
        c(
            "greeting without final line",
            greeting(say("220-hello\r\n")),
            "connection-timeout",
            INCONCLUSIVE),
        c(
            "greeting without line end, then close",
            script(say("220 hello")),
            "smtp-temporary-failure",
            INCONCLUSIVE),
        c("close at once", script(), "smtp-temporary-failure", INCONCLUSIVE),
        c("reset at once", script(reset()), "smtp-temporary-failure", INCONCLUSIVE),
        c(
            "close mid-line with escapes",
            script(say("220 half a gree" + esc)),
            "smtp-temporary-failure",
            INCONCLUSIVE),
        c(
            "421 greeting",
            greeting(say("421 4.3.2 busy\r\n")),
            "smtp-temporary-failure",
            INCONCLUSIVE),
        c(
            "554 greeting",
            greeting(say("554 5.7.1 no service\r\n")),
            "smtp-permanent-failure",
            ERROR),
        c("999 greeting", greeting(say("999 what\r\n")), "smtp-protocol-error", ERROR),
        c("250 greeting", greeting(say("250 hello\r\n")), "smtp-protocol-error", ERROR),
        c("SSH banner", greeting(say("SSH-2.0-OpenSSH_9.2\r\n")), "smtp-protocol-error", ERROR),
        c("two-digit code", greeting(say("22\r\n")), "smtp-protocol-error", ERROR),
        c("bad separator", greeting(say("220*hello\r\n")), "smtp-protocol-error", ERROR),
        c(
            "1 MB single line",
            greeting(repeat("220 " + "x".repeat(1 << 20) + "\r\n", 1)),
            "smtp-protocol-error",
            ERROR),
        c(
            "endless multi-line greeting",
            greeting(repeat("220-still greeting\r\n", 100_000)),
            "smtp-protocol-error",
            ERROR),
        c(
            "greeting lines with different codes",
            greeting(say("220-one\r\n250 two\r\n")),
            "smtp-protocol-error",
            ERROR),
        c(
            "NUL bytes in greeting",
            greetingAndEhlo(say("220 nul\0\0 ESMTP\0\r\n"), say(NO_STARTTLS)),
            "starttls-not-supported",
            ERROR),
        c(
            "ANSI and raw C1 in greeting",
            greetingAndEhlo(say("220 " + esc + "\u009b2J ESMTP\r\n"), say(NO_STARTTLS)),
            "starttls-not-supported",
            ERROR),
        c(
            "UTF-8 U+009B in greeting",
            greetingAndEhlo(sayUtf8("220 \u009b2J\u202e ESMTP\r\n"), say(NO_STARTTLS)),
            "starttls-not-supported",
            ERROR),
        c(
            "bare LF line endings",
            greetingAndEhlo(say("220 lf\n"), say("250-lf\n250 SIZE 1\n")),
            "starttls-not-supported",
            ERROR),
        // --- EHLO (RFC 5321 §4.1.1.1, §4.2) ---
        c("EHLO never answered", ehlo(silence()), "connection-timeout", INCONCLUSIVE),
        c(
            "EHLO answered one byte a second",
            ehlo(dribble("250 slow\r\n", 1000)),
            "connection-timeout",
            INCONCLUSIVE),
        c("reset after greeting", ehlo(reset()), "smtp-temporary-failure", INCONCLUSIVE),
        c(
            "421 to EHLO",
            ehlo(say("421 4.3.2 closing\r\n")),
            "smtp-temporary-failure",
            INCONCLUSIVE),
        c("220 to EHLO", ehlo(say("220 again\r\n")), "smtp-protocol-error", ERROR),
        c("354 to EHLO", ehlo(say("354 go on\r\n")), "smtp-protocol-error", ERROR),
        c(
            "EHLO of 10,000 lines",
            ehlo(repeat("250-EXT\r\n", 10_000)),
            "smtp-protocol-error",
            ERROR),
        c("EHLO with 1,000 extensions", ehlo(sayBuilt(1000)), "smtp-protocol-error", ERROR),
        c(
            "EHLO lines with different codes",
            ehlo(say("250-one\r\n251 two\r\n")),
            "smtp-protocol-error",
            ERROR),
        c(
            "NUL and escapes in EHLO",
            ehlo(say("250-x\0" + esc + "\u009b\r\n250 SIZE 1\r\n")),
            "starttls-not-supported",
            ERROR),
        c(
            "EHLO reply without final line",
            ehlo(say("250-hostile.invalid\r\n")),
            "connection-timeout",
            INCONCLUSIVE),
        // --- STARTTLS (RFC 3207 §4) ---
        c(
            "454 to STARTTLS",
            starttls(say("454 4.7.0 TLS not available\r\n")),
            "smtp-temporary-failure",
            INCONCLUSIVE),
        c("502 to STARTTLS", starttls(say("502 5.5.1 no\r\n")), "tls-handshake-failed", ERROR),
        c("STARTTLS never answered", starttls(silence()), "connection-timeout", INCONCLUSIVE),
        c("reset after STARTTLS", starttls(reset()), "smtp-temporary-failure", INCONCLUSIVE),
        // --- the TLS handshake (RFC 8446 §4, §6) ---
        c("220 then silence", afterStartTls(silence()), "connection-timeout", INCONCLUSIVE),
        c(
            "plain text after 220",
            afterStartTls(drain(), say("250 OK not TLS\r\n")),
            "tls-handshake-failed",
            ERROR),
        c(
            "escapes instead of TLS",
            afterStartTls(drain(), sayUtf8(esc + "\u009b0m\r\n")),
            "tls-handshake-failed",
            ERROR),
        c(
            "garbage instead of ServerHello",
            afterStartTls(drain(), repeat("\u0016\u00ff", 500)),
            "tls-handshake-failed",
            ERROR),
        c(
            "TLS alert",
            afterStartTls(drain(), sayBytes(0x15, 3, 3, 0, 2, 2, 40)),
            "tls-handshake-failed",
            ERROR),
        c("reset during TLS", afterStartTls(drain(), reset()), "tls-handshake-failed", ERROR),
        c(
            "5 MB Certificate",
            afterStartTls(tls(HostileTlsPeer.oneCertificateOf(5 << 20))),
            "tls-certificate-message-too-large",
            ERROR),
        c(
            "200-certificate chain",
            afterStartTls(tls(HostileTlsPeer.chainOf(200))),
            "tls-chain-too-long",
            ERROR));
  }

  private static Act sayBuilt(int extensions) {
    StringBuilder reply = new StringBuilder("250-hostile.invalid\r\n");
    for (int i = 0; i < extensions; i++) {
      reply.append("250-X-EXTENSION-").append(i).append("\r\n");
    }
    return say(reply.append("250 STARTTLS\r\n").toString());
  }
}
