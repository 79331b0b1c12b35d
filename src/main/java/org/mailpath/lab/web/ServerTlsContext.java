package org.mailpath.lab.web;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.mailpath.lab.pki.ServerCredentials;

/** A JSSE server context that presents one lab certificate chain. */
final class ServerTlsContext {

  /** The in-memory key store never touches disk; its password protects nothing. */
  private static final char[] IN_MEMORY_PASSWORD = "lab".toCharArray();

  private ServerTlsContext() {}

  static SSLContext of(ServerCredentials credentials) {
    try {
      KeyStore keys = KeyStore.getInstance("PKCS12");
      keys.load(null, null);
      keys.setKeyEntry(
          "server",
          credentials.privateKey(),
          IN_MEMORY_PASSWORD,
          credentials.chain().toArray(new X509Certificate[0]));
      KeyManagerFactory factory =
          KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      factory.init(keys, IN_MEMORY_PASSWORD);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(factory.getKeyManagers(), null, null);
      return context;
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException("cannot make a TLS context for a lab policy host", e);
    }
  }
}
