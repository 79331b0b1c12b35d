package org.mailpath.lab;

import java.net.InetSocketAddress;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * How a trace reaches the lab: the lab's DNS server, the port its SMTP servers listen on, the lab
 * CA to trust, and the DNSSEC trust anchor of the lab's signed {@code test.} zone.
 *
 * @param dnssecTrustAnchors zone-file DS/DNSKEY text for {@code test.}, or null while the lab's
 *     zones are unsigned (then the trace does not validate)
 */
public record LabRoute(
    InetSocketAddress dnsServer,
    int smtpPort,
    List<X509Certificate> trustAnchors,
    String dnssecTrustAnchors) {

  public LabRoute {
    trustAnchors = List.copyOf(trustAnchors);
  }

  /** A route to unsigned lab zones. */
  public LabRoute(InetSocketAddress dnsServer, int smtpPort, List<X509Certificate> trustAnchors) {
    this(dnsServer, smtpPort, trustAnchors, null);
  }
}
