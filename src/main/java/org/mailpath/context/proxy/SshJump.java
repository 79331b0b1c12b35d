package org.mailpath.context.proxy;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.mailpath.bounds.Deadline;
import org.mailpath.context.Dialer;
import org.mailpath.context.SocketRegistry;
import org.mailpath.context.proxy.ProxyException.Kind;

/**
 * A SOCKS5 proxy made by the user's own ssh: {@code ssh -N -D 127.0.0.1:PORT HOST} with the user's
 * SSH configuration and keys (mailpath handles no key and no password; BatchMode forbids prompts).
 * Started before the trace (or at the first connection), stopped by {@link #close()}.
 */
public final class SshJump implements Dialer, AutoCloseable {

  /** Long enough for a slow login; ssh's own ConnectTimeout is set below it. */
  public static final Duration START_TIMEOUT = Duration.ofSeconds(20);

  /** What ssh says is kept up to this size; the rest is read and dropped. */
  static final int MAX_SSH_OUTPUT_BYTES = 4096;

  private static final Duration POLL = Duration.ofMillis(100);
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(3);

  private final SshJumpHost host;
  private final List<String> sshCommand;
  private final BoundedOutput output = new BoundedOutput(MAX_SSH_OUTPUT_BYTES);
  private Process process;
  private Socks5Dialer socks;
  private ProxyException failure;
  private boolean closed;

  /** {@code sshCommand} is {@code ssh} and any options of its own (tests give {@code -F FILE}). */
  public SshJump(SshJumpHost host, List<String> sshCommand) {
    this.host = host;
    this.sshCommand = List.copyOf(sshCommand);
  }

  public SshJump(SshJumpHost host) {
    this(host, List.of("ssh"));
  }

  /** Starts ssh and waits until its SOCKS port accepts; does nothing when it already runs. */
  public synchronized void start(Duration timeout) throws ProxyException {
    if (closed) {
      throw new ProxyException(Kind.UNREACHABLE, "The SSH tunnel to " + host + " was stopped.");
    }
    if (socks != null) {
      return;
    }
    if (failure != null) {
      throw failure; // one ssh per trace: a failed login is not retried for every MX
    }
    try {
      launch(timeout);
    } catch (ProxyException e) {
      failure = e;
      stop();
      throw e;
    }
  }

  private void launch(Duration timeout) throws ProxyException {
    int port = freeLoopbackPort();
    List<String> command = new ArrayList<>(sshCommand);
    command.addAll(
        List.of(
            "-N",
            "-D",
            "127.0.0.1:" + port,
            "-o",
            "ExitOnForwardFailure=yes",
            "-o",
            "BatchMode=yes",
            "-o",
            "ConnectTimeout=" + Math.max(1, timeout.toSeconds() - 2)));
    if (host.port() != 0) {
      command.addAll(List.of("-p", Integer.toString(host.port())));
    }
    command.add(host.destination());
    try {
      process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectInput(ProcessBuilder.Redirect.PIPE)
              .start();
      process.getOutputStream().close();
    } catch (IOException e) {
      throw new ProxyException(
          Kind.UNREACHABLE, "ssh could not be started; is OpenSSH's ssh installed?", e);
    }
    output.drain(process.getInputStream());
    waitForPort(port, Deadline.after(timeout));
    socks = new Socks5Dialer(new Socks5Proxy("127.0.0.1", port, null, null));
  }

  private void waitForPort(int port, Deadline deadline) throws ProxyException {
    InetSocketAddress at = new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
    while (true) {
      if (!process.isAlive()) {
        output.awaitEnd(STOP_TIMEOUT);
        throw new ProxyException(
            Kind.UNREACHABLE,
            "ssh to " + host + " ended before the tunnel was ready" + said() + ".");
      }
      try (Socket probe = new Socket()) {
        probe.connect(at, (int) POLL.toMillis());
        return;
      } catch (IOException notYet) {
        // ssh listens only after it has logged in.
      }
      if (deadline.expired()) {
        stop();
        throw new ProxyException(
            Kind.TIMEOUT, "ssh to " + host + " did not open its tunnel in time" + said() + ".");
      }
      try {
        Thread.sleep(POLL.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        stop();
        throw new ProxyException(Kind.UNREACHABLE, "Starting ssh to " + host + " was cancelled.");
      }
    }
  }

  private String said() {
    String text = output.text().strip();
    return text.isEmpty() ? "" : "; ssh said: " + text.replaceAll("\\s*\\R\\s*", " / ");
  }

  @Override
  public Socket dial(InetSocketAddress address, Deadline deadline, SocketRegistry sockets)
      throws IOException {
    Socks5Dialer dialer;
    synchronized (this) {
      start(START_TIMEOUT);
      dialer = socks;
    }
    return dialer.dial(address, deadline, sockets);
  }

  @Override
  public synchronized String description() {
    return socks == null
        ? "ssh -D through " + host
        : socks.description() + " (ssh -D through " + host + ")";
  }

  /** Stops ssh; idempotent. */
  @Override
  public synchronized void close() {
    closed = true;
    stop();
  }

  private void stop() {
    if (process == null) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  private static int freeLoopbackPort() throws ProxyException {
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return probe.getLocalPort();
    } catch (IOException e) {
      throw new ProxyException(Kind.UNREACHABLE, "No free local port for the SSH tunnel.", e);
    }
  }

  /** The first bytes of a stream, read to its end on a daemon thread so ssh never blocks. */
  static final class BoundedOutput {
    private final int limit;
    private final StringBuffer kept = new StringBuffer();
    private Thread reader;

    BoundedOutput(int limit) {
      this.limit = limit;
    }

    void drain(InputStream in) {
      reader =
          new Thread(
              () -> {
                byte[] buffer = new byte[512];
                int total = 0;
                try (in) {
                  for (int n; (n = in.read(buffer)) >= 0; ) {
                    int keep = Math.max(0, Math.min(n, limit - total));
                    if (keep > 0) {
                      kept.append(new String(buffer, 0, keep, StandardCharsets.UTF_8));
                    }
                    total += n;
                  }
                } catch (IOException ignored) {
                  // ssh has gone; what it said is kept.
                }
              },
              "ssh-output");
      reader.setDaemon(true);
      reader.start();
    }

    /** Waits, at most {@code timeout}, for the stream to end (the process has exited). */
    void awaitEnd(Duration timeout) {
      try {
        reader.join(timeout.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    String text() {
      return kept.toString();
    }
  }
}
