package org.mailpath.lab;

import java.net.InetSocketAddress;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * How a trace reaches the lab: the lab's DNS server, the port its SMTP servers listen on, and the
 * lab CA to trust.
 */
public record LabRoute(
    InetSocketAddress dnsServer, int smtpPort, List<X509Certificate> trustAnchors) {

  public LabRoute {
    trustAnchors = List.copyOf(trustAnchors);
  }
}
