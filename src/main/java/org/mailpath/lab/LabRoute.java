package org.mailpath.lab;

import java.net.InetSocketAddress;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * How a trace reaches the lab: the lab's DNS server, the port its SMTP servers listen on, the lab
 * CA to trust, the DNSSEC trust anchor of the lab's signed {@code test.} zone, and the port of its
 * MTA-STS policy hosts.
 *
 * @param dnssecTrustAnchors zone-file DS/DNSKEY text for {@code test.}, or null while the lab's
 *     zones are unsigned (then the trace does not validate)
 * @param httpsPort the port every lab HTTPS (MTA-STS policy) host listens on, or 0 when the lab has
 *     none
 */
public record LabRoute(
    InetSocketAddress dnsServer,
    int smtpPort,
    List<X509Certificate> trustAnchors,
    String dnssecTrustAnchors,
    int httpsPort) {

  public LabRoute {
    trustAnchors = List.copyOf(trustAnchors);
  }

  /** A route to lab zones without HTTPS policy hosts. */
  public LabRoute(
      InetSocketAddress dnsServer,
      int smtpPort,
      List<X509Certificate> trustAnchors,
      String dnssecTrustAnchors) {
    this(dnsServer, smtpPort, trustAnchors, dnssecTrustAnchors, 0);
  }

  /** A route to unsigned lab zones. */
  public LabRoute(InetSocketAddress dnsServer, int smtpPort, List<X509Certificate> trustAnchors) {
    this(dnsServer, smtpPort, trustAnchors, null, 0);
  }
}
