package org.mailpath.pki;

import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.NoSuchAlgorithmException;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/** The CAs a PKIX check trusts: the OS/JDK store plus any the user or the lab names. */
public final class TrustStore {

  private static volatile Set<TrustAnchor> platformAnchors;

  private final Set<TrustAnchor> anchors;

  private TrustStore(Set<TrustAnchor> anchors) {
    this.anchors = Set.copyOf(anchors);
  }

  /** The platform store plus {@code extra}. */
  public static TrustStore withExtra(List<X509Certificate> extra) {
    Set<TrustAnchor> all = new HashSet<>(platform());
    extra.forEach(c -> all.add(new TrustAnchor(c, null)));
    return new TrustStore(all);
  }

  public Set<TrustAnchor> anchors() {
    return anchors;
  }

  private static Set<TrustAnchor> platform() {
    Set<TrustAnchor> loaded = platformAnchors;
    if (loaded == null) {
      loaded = loadPlatform();
      platformAnchors = loaded;
    }
    return loaded;
  }

  private static Set<TrustAnchor> loadPlatform() {
    try {
      TrustManagerFactory factory =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      factory.init((KeyStore) null);
      Set<TrustAnchor> anchors = new HashSet<>();
      for (TrustManager manager : factory.getTrustManagers()) {
        if (manager instanceof X509TrustManager x509) {
          for (X509Certificate ca : x509.getAcceptedIssuers()) {
            anchors.add(new TrustAnchor(ca, null));
          }
        }
      }
      return Set.copyOf(anchors);
    } catch (NoSuchAlgorithmException | KeyStoreException e) {
      throw new IllegalStateException("the JDK trust store cannot be read", e);
    }
  }
}
