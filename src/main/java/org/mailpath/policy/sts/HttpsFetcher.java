package org.mailpath.policy.sts;

import java.net.InetSocketAddress;
import org.mailpath.bounds.Deadline;

/**
 * One HTTPS GET to a named host at a given address — the seam that lets a trace (and a test) dial
 * the lab's or a user's {@code --https-port} while SNI and the certificate check still use the host
 * name. Implementations never throw for what the network did; they describe it.
 */
public interface HttpsFetcher {

  /**
   * @param host the name in the URL: sent as SNI and Host, and checked against the certificate
   * @param connectTo the address and port to dial (the engine resolves {@code host})
   * @param path the request target, e.g. "/.well-known/mta-sts.txt"
   * @param maxBodyBytes read at most this many body bytes; more sets {@code bodyTruncated}
   * @param deadline connect, handshake and every read end by then
   */
  HttpsExchange get(
      String host, InetSocketAddress connectTo, String path, int maxBodyBytes, Deadline deadline);
}
