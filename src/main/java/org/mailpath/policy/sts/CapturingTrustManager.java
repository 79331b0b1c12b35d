package org.mailpath.policy.sts;

import java.net.Socket;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Accepts any server chain and keeps it, so that the chain is judged after the handshake by {@code
 * ChainChecker} and its faults are reported, not thrown. Nothing is sent before that judgement (see
 * {@link SocketHttpsFetcher}).
 */
final class CapturingTrustManager extends X509ExtendedTrustManager {

  private volatile List<X509Certificate> chain = List.of();

  List<X509Certificate> chain() {
    return chain;
  }

  @Override
  public void checkServerTrusted(X509Certificate[] presented, String authType, Socket socket) {
    chain = List.of(presented);
  }

  @Override
  public void checkServerTrusted(X509Certificate[] presented, String authType, SSLEngine engine) {
    chain = List.of(presented);
  }

  @Override
  public void checkServerTrusted(X509Certificate[] presented, String authType) {
    chain = List.of(presented);
  }

  @Override
  public void checkClientTrusted(X509Certificate[] presented, String authType, Socket socket) {
    throw new UnsupportedOperationException("client side only");
  }

  @Override
  public void checkClientTrusted(X509Certificate[] presented, String authType, SSLEngine engine) {
    throw new UnsupportedOperationException("client side only");
  }

  @Override
  public void checkClientTrusted(X509Certificate[] presented, String authType) {
    throw new UnsupportedOperationException("client side only");
  }

  @Override
  public X509Certificate[] getAcceptedIssuers() {
    return new X509Certificate[0];
  }
}
