package org.mailpath.policy.sts;

import java.util.List;
import org.mailpath.pki.ChainVerdict;

/**
 * What one HTTPS GET showed.
 *
 * @param failure what stopped the exchange before a complete response, or null
 * @param detail a sentence on the failure, or null
 * @param verdict the PKIX, name and date checks of the server's chain, or null before a handshake
 * @param status the HTTP status code, or 0 without a response
 * @param contentType the Content-Type header, or null
 * @param location the Location header, or null
 * @param body the body bytes read (at most the bound)
 * @param bodyTruncated the body was longer than the bound and was not read to its end
 * @param evidence the status line and headers as received, and the certificate names
 */
public record HttpsExchange(
    Failure failure,
    String detail,
    ChainVerdict verdict,
    int status,
    String contentType,
    String location,
    byte[] body,
    boolean bodyTruncated,
    List<String> evidence) {

  public enum Failure {
    CONNECT,
    TIMEOUT,
    TLS_HANDSHAKE,
    /** The chain does not validate for the host (PKIX, name or dates). */
    CERTIFICATE,
    /** The response is not HTTP as this client speaks it. */
    PROTOCOL
  }

  public HttpsExchange {
    body = body == null ? new byte[0] : body.clone();
    evidence = evidence == null ? List.of() : List.copyOf(evidence);
  }

  @Override
  public byte[] body() {
    return body.clone();
  }

  static HttpsExchange failed(
      Failure failure, String detail, ChainVerdict verdict, List<String> evidence) {
    return new HttpsExchange(failure, detail, verdict, 0, null, null, null, false, evidence);
  }
}
