package org.mailpath.trace;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.mailpath.trace.HostileServer.Behaviour;

/**
 * The ways an SMTP or TLS peer misbehaves, as {@link HostileServer} behaviours: silent, slow,
 * endless, wrong, rude. Each is one small piece of a dialogue a test puts together.
 */
public final class HostilePeers {
  private HostilePeers() {}

  /** What a peer does at one point of the dialogue. */
  public interface Act {
    void on(Socket socket, InputStream in, OutputStream out)
        throws IOException, InterruptedException;
  }

  public static final String OFFERS_STARTTLS = "250-hostile.invalid\r\n250 STARTTLS\r\n";
  public static final String NO_STARTTLS = "250-hostile.invalid\r\n250 SIZE 1000\r\n";

  /** Sends {@code text} as ISO-8859-1: one byte a character, raw C1 bytes included. */
  public static Act say(String text) {
    return (s, in, out) -> HostileServer.send(out, text);
  }

  /** Sends {@code text} as UTF-8 (U+009B becomes C2 9B). */
  public static Act sayUtf8(String text) {
    return (s, in, out) -> {
      out.write(text.getBytes(StandardCharsets.UTF_8));
      out.flush();
    };
  }

  /** Sends these octets (each int taken modulo 256). */
  public static Act sayBytes(int... octets) {
    byte[] bytes = new byte[octets.length];
    for (int i = 0; i < octets.length; i++) {
      bytes[i] = (byte) octets[i];
    }
    return (s, in, out) -> {
      out.write(bytes);
      out.flush();
    };
  }

  /** Sends {@code line} {@code times} times. */
  public static Act repeat(String line, int times) {
    return (s, in, out) -> {
      byte[] bytes = line.getBytes(StandardCharsets.ISO_8859_1);
      for (int i = 0; i < times; i++) {
        out.write(bytes);
      }
      out.flush();
    };
  }

  /** Sends {@code text} one byte every {@code millis}. */
  public static Act dribble(String text, long millis) {
    return (s, in, out) -> {
      for (byte b : text.getBytes(StandardCharsets.ISO_8859_1)) {
        out.write(b);
        out.flush();
        Thread.sleep(millis);
      }
    };
  }

  /** Reads one command line from the client. */
  public static Act hear() {
    return (s, in, out) -> HostileServer.readLine(in);
  }

  /** Says nothing for a minute, far past any test's deadline. */
  public static Act silence() {
    return (s, in, out) -> Thread.sleep(60_000);
  }

  /** Closes with a TCP reset (RFC 9293 §3.5.2) instead of a FIN. */
  public static Act reset() {
    return (s, in, out) -> {
      s.setSoLinger(true, 0);
      s.close();
    };
  }

  /** Reads whatever the client sent so far (a ClientHello), without waiting for more. */
  public static Act drain() {
    return (s, in, out) -> {
      Thread.sleep(200);
      in.skip(in.available());
    };
  }

  /** A complete Bouncy Castle TLS handshake with {@code peer}'s certificates. */
  public static Act tls(HostileTlsPeer peer) {
    return (s, in, out) -> peer.handshake(in, out);
  }

  /** The acts in order; the connection closes after the last. */
  public static Behaviour script(Act... acts) {
    return (socket, in, out) -> {
      for (Act act : acts) {
        if (socket.isClosed()) {
          return;
        }
        act.on(socket, in, out);
      }
    };
  }

  /** Greets, offers STARTTLS, grants it with 220, then does {@code afterwards}. */
  public static Behaviour afterStartTls(Act... afterwards) {
    Act[] acts = new Act[5 + afterwards.length];
    acts[0] = say("220 hostile.invalid ESMTP\r\n");
    acts[1] = hear();
    acts[2] = say(OFFERS_STARTTLS);
    acts[3] = hear();
    acts[4] = say("220 2.0.0 Ready to start TLS\r\n");
    System.arraycopy(afterwards, 0, acts, 5, afterwards.length);
    return script(acts);
  }

  /** Greets with {@code greeting}, answers EHLO with {@code ehlo}, then answers QUIT. */
  public static Behaviour greetingAndEhlo(Act greeting, Act ehlo) {
    return script(greeting, hear(), ehlo, hear(), say("221 bye\r\n"));
  }
}
