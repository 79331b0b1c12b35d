package org.mailpath.lab.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.mailpath.lab.net.ConnectionPool;
import org.mailpath.lab.scenario.StsServing;
import org.mailpath.lab.scenario.StsSetup;

/**
 * One HTTP/1.1 exchange on a lab MTA-STS policy host (RFC 9112): read the request head, answer,
 * close. Enough HTTP for a policy fetch, nothing more.
 */
final class PolicyExchange implements Runnable {

  /** RFC 8461 §3.3: the policy's well-known path. */
  static final String POLICY_PATH = "/.well-known/mta-sts.txt";

  /** Where a REDIRECT policy host points; it serves the policy, so following it would "work". */
  static final String REDIRECT_TARGET_PATH = "/.well-known/moved/mta-sts.txt";

  /** RFC 9112 §2.3 leaves head size to servers; a policy fetch needs well under 8 KiB. */
  static final int MAX_HEAD_OCTETS = 8192;

  /** A policy fetch is one small request; no honest client stays connected longer. */
  static final int READ_TIMEOUT_MILLIS = 10_000;

  private static final int CRLF_CRLF = 0x0d0a0d0a;
  private static final int LF_LF = 0x0a0a;

  private final Socket socket;
  private final String policyHost;
  private final int port;
  private final StsSetup sts;

  PolicyExchange(Socket socket, String policyHost, int port, StsSetup sts) {
    this.socket = socket;
    this.policyHost = policyHost;
    this.port = port;
    this.sts = sts;
  }

  @Override
  public void run() {
    try {
      socket.setSoTimeout(READ_TIMEOUT_MILLIS);
      String head = readHead(socket.getInputStream());
      String[] requestLine = head.split("\r?\n", 2)[0].split(" ");
      respond(requestLine, socket.getOutputStream());
    } catch (IOException | RuntimeException e) {
      // handshake failure (a client rejecting our certificate), timeout or garbage: done
    } finally {
      ConnectionPool.closeQuietly(socket);
    }
  }

  private void respond(String[] requestLine, OutputStream out) throws IOException {
    if (requestLine.length != 3 || !requestLine[2].startsWith("HTTP/1.")) {
      write(out, 400, "Bad Request", "", "");
      return;
    }
    boolean head = requestLine[0].equals("HEAD");
    if (!head && !requestLine[0].equals("GET")) {
      write(out, 405, "Method Not Allowed", "Allow: GET, HEAD\r\n", "");
      return;
    }
    String path = requestLine[1];
    String body = head ? "" : sts.policyText();
    if (path.equals(POLICY_PATH) && sts.serving() == StsServing.REDIRECT) {
      String location = "https://" + policyHost + ":" + port + REDIRECT_TARGET_PATH;
      write(out, 302, "Found", "Location: " + location + "\r\n", "");
    } else if (path.equals(POLICY_PATH)
        || (path.equals(REDIRECT_TARGET_PATH) && sts.serving() == StsServing.REDIRECT)) {
      // RFC 8461 §3.2: the policy is served as "text/plain".
      write(out, 200, "OK", "Content-Type: text/plain; charset=utf-8\r\n", body);
    } else {
      write(out, 404, "Not Found", "", "");
    }
  }

  private static void write(
      OutputStream out, int status, String reason, String headers, String body) throws IOException {
    byte[] content = body.getBytes(StandardCharsets.UTF_8);
    String head =
        "HTTP/1.1 "
            + status
            + " "
            + reason
            + "\r\n"
            + headers
            + "Content-Length: "
            + content.length
            + "\r\nConnection: close\r\n\r\n";
    out.write(head.getBytes(StandardCharsets.US_ASCII));
    out.write(content);
    out.flush();
  }

  /** The request head up to the empty line (RFC 9112 §2.1), at most {@link #MAX_HEAD_OCTETS}. */
  private static String readHead(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int lastFour = 0;
    int octet;
    while ((octet = in.read()) != -1) {
      head.write(octet);
      lastFour = (lastFour << 8) | octet;
      if (lastFour == CRLF_CRLF || (lastFour & 0xffff) == LF_LF) {
        return head.toString(StandardCharsets.ISO_8859_1);
      }
      if (head.size() >= MAX_HEAD_OCTETS) {
        throw new IOException("request head longer than " + MAX_HEAD_OCTETS + " octets");
      }
    }
    throw new IOException("connection closed inside the request head");
  }
}
