package org.mailpath.lab.pki;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * A lab server's certificate chain, leaf first, as the server sends it, and its private key.
 *
 * @param chain leaf first, then the intermediate when the profile sends it (never the root)
 * @param privateKey the leaf's private key
 * @param keyKind the leaf key's algorithm
 */
public record ServerCredentials(
    List<X509Certificate> chain, PrivateKey privateKey, KeyKind keyKind) {

  public ServerCredentials {
    chain = List.copyOf(chain);
    if (chain.isEmpty()) {
      throw new IllegalArgumentException("a server chain needs at least the leaf");
    }
  }

  public X509Certificate leaf() {
    return chain.get(0);
  }
}
