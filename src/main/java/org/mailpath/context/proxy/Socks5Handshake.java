package org.mailpath.context.proxy;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Inet4Address;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.mailpath.bounds.Deadline;
import org.mailpath.context.proxy.ProxyException.Kind;

/**
 * The client side of a SOCKS5 CONNECT (RFC 1928) with optional username/password authentication
 * (RFC 1929), on a socket already connected to the proxy. Every read has a fixed size (the longest
 * is a 255-byte domain name) and a deadline.
 */
final class Socks5Handshake {

  /** RFC 1928 §3: VER is 5. */
  static final int VERSION = 5;

  /** RFC 1928 §3: METHOD 0x00 "NO AUTHENTICATION REQUIRED". */
  static final int METHOD_NONE = 0x00;

  /** RFC 1928 §3: METHOD 0x02 "USERNAME/PASSWORD" (RFC 1929). */
  static final int METHOD_USERNAME = 0x02;

  /** RFC 1928 §3: 0xFF "NO ACCEPTABLE METHODS". */
  static final int NO_ACCEPTABLE_METHOD = 0xFF;

  /** RFC 1929 §2: the subnegotiation's own version is 1. */
  static final int AUTH_VERSION = 1;

  /** RFC 1928 §4: CMD 0x01 is CONNECT. */
  static final int CMD_CONNECT = 0x01;

  /** RFC 1928 §5: ATYP values. */
  static final int ATYP_IPV4 = 0x01;

  static final int ATYP_DOMAIN = 0x03;
  static final int ATYP_IPV6 = 0x04;

  /** RFC 1928 §5: a domain name is preceded by one length octet, so at most 255 bytes. */
  static final int MAX_DOMAIN_BYTES = 255;

  /**
   * A proxy answers method selection and authentication at once; the CONNECT reply waits for the
   * proxy's own connection to the server, which the caller's deadline bounds.
   */
  static final Duration NEGOTIATION_TIMEOUT = Duration.ofSeconds(10);

  private final Socket socket;
  private final InputStream in;
  private final OutputStream out;
  private final Socks5Proxy proxy;

  Socks5Handshake(Socket socket, Socks5Proxy proxy) throws IOException {
    this.socket = socket;
    this.in = socket.getInputStream();
    this.out = socket.getOutputStream();
    this.proxy = proxy;
  }

  /** Negotiates a method, authenticates if asked, and CONNECTs to {@code target}. */
  void connect(InetSocketAddress target, Deadline deadline) throws IOException {
    Deadline negotiation = deadline.atMost(NEGOTIATION_TIMEOUT);
    int method = selectMethod(negotiation);
    if (method == METHOD_USERNAME) {
      authenticate(negotiation);
    }
    requestConnect(target, deadline);
  }

  /** RFC 1928 §3: VER, NMETHODS, METHODS; the proxy answers VER, METHOD. */
  private int selectMethod(Deadline deadline) throws IOException {
    if (proxy.authenticates()) {
      out.write(new byte[] {VERSION, 2, METHOD_NONE, METHOD_USERNAME});
    } else {
      out.write(new byte[] {VERSION, 1, METHOD_NONE});
    }
    out.flush();
    byte[] reply = read(2, deadline, "its choice of authentication method");
    requireVersion(reply[0]);
    int method = reply[1] & 0xFF;
    if (method == METHOD_NONE || (method == METHOD_USERNAME && proxy.authenticates())) {
      return method;
    }
    if (method == NO_ACCEPTABLE_METHOD || method == METHOD_USERNAME) {
      throw new ProxyException(
          Kind.AUTH_FAILED,
          proxy.authenticates()
              ? "The proxy " + proxy.endpoint() + " accepts none of the offered login methods."
              : "The proxy " + proxy.endpoint() + " requires a username and password.");
    }
    throw new ProxyException(
        Kind.REFUSED,
        "The proxy " + proxy.endpoint() + " chose a login method mailpath did not offer.");
  }

  /** RFC 1929 §2: VER 1, ULEN, UNAME, PLEN, PASSWD; the proxy answers VER, STATUS (0 = success). */
  private void authenticate(Deadline deadline) throws IOException {
    byte[] user = proxy.username().getBytes(StandardCharsets.UTF_8);
    byte[] pass = proxy.password().getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream request = new ByteArrayOutputStream();
    request.write(AUTH_VERSION);
    request.write(user.length);
    request.write(user, 0, user.length);
    request.write(pass.length);
    request.write(pass, 0, pass.length);
    out.write(request.toByteArray());
    out.flush();
    byte[] reply = read(2, deadline, "its answer to the login");
    // RFC 1929 §2: "A STATUS field of X'00' indicates success"; anything else, the proxy closes.
    if (reply[1] != 0) {
      throw new ProxyException(
          Kind.AUTH_FAILED,
          "The proxy " + proxy.endpoint() + " rejected the username and password.");
    }
  }

  /** RFC 1928 §4: VER, CMD, RSV, ATYP, DST.ADDR, DST.PORT; the reply has the same shape (§6). */
  private void requestConnect(InetSocketAddress target, Deadline deadline) throws IOException {
    ByteArrayOutputStream request = new ByteArrayOutputStream();
    request.write(VERSION);
    request.write(CMD_CONNECT);
    request.write(0);
    if (target.isUnresolved()) {
      // RFC 1928 §5: a name is resolved by the proxy, where the user chose to resolve it.
      byte[] name = target.getHostString().getBytes(StandardCharsets.US_ASCII);
      if (name.length < 1 || name.length > MAX_DOMAIN_BYTES) {
        throw new ProxyException(
            Kind.REFUSED, "The name " + target.getHostString() + " is too long for SOCKS5.");
      }
      request.write(ATYP_DOMAIN);
      request.write(name.length);
      request.write(name, 0, name.length);
    } else {
      byte[] address = target.getAddress().getAddress();
      request.write(target.getAddress() instanceof Inet4Address ? ATYP_IPV4 : ATYP_IPV6);
      request.write(address, 0, address.length);
    }
    request.write(target.getPort() >> 8);
    request.write(target.getPort() & 0xFF);
    out.write(request.toByteArray());
    out.flush();
    String what = "its answer to the request for " + Socks5Dialer.describe(target);
    byte[] head = read(4, deadline, what);
    requireVersion(head[0]);
    int reply = head[1] & 0xFF;
    if (reply != 0) {
      throw Socks5Replies.failure(reply, proxy, target);
    }
    // RFC 1928 §6: BND.ADDR and BND.PORT follow; read them so the tunnel starts clean.
    int atyp = head[3] & 0xFF;
    int length =
        switch (atyp) {
          case ATYP_IPV4 -> 4;
          case ATYP_IPV6 -> 16;
          case ATYP_DOMAIN -> read(1, deadline, what)[0] & 0xFF;
          default ->
              throw new ProxyException(
                  Kind.REFUSED,
                  "The proxy " + proxy.endpoint() + " answered with an unknown address type.");
        };
    read(length + 2, deadline, what);
  }

  private void requireVersion(byte version) throws ProxyException {
    if (version != VERSION) {
      throw new ProxyException(
          Kind.REFUSED, "The server at " + proxy.endpoint() + " does not speak SOCKS5.");
    }
  }

  /** Reads exactly {@code length} bytes before the deadline. */
  private byte[] read(int length, Deadline deadline, String what) throws IOException {
    byte[] buffer = new byte[length];
    int done = 0;
    try {
      while (done < length) {
        socket.setSoTimeout(deadline.remainingMillisOrThrow());
        int n = in.read(buffer, done, length - done);
        if (n < 0) {
          throw new EOFException();
        }
        done += n;
      }
    } catch (SocketTimeoutException e) {
      throw new ProxyException(
          Kind.TIMEOUT, "The proxy " + proxy.endpoint() + " did not send " + what + " in time.", e);
    } catch (EOFException e) {
      throw new ProxyException(
          Kind.REFUSED,
          "The proxy "
              + proxy.endpoint()
              + " closed the connection instead of sending "
              + what
              + ".",
          e);
    }
    return buffer;
  }
}
