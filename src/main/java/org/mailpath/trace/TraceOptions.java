package org.mailpath.trace;

import java.net.InetSocketAddress;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;

/**
 * How one trace is run.
 *
 * @param timeout the overall deadline for the whole trace
 * @param smtpPort the port MX hosts are dialled on (25 unless testing)
 * @param httpsPort the port MTA-STS policy hosts are fetched from (443 unless testing)
 * @param dnsServer the DNS server to ask, or null for the system's resolvers
 * @param extraTrustAnchors CA certificates trusted besides the OS/JDK store (--ca-file, the lab CA)
 * @param quick one STARTTLS session per host, no version sweep
 * @param deep also enumerate the TLS 1.2 cipher suites each host accepts
 * @param network "lab" or "internet", recorded in the report
 * @param ehloName the name mailpath gives in EHLO
 * @param trustAnchors DNSSEC trust anchors in zone-file syntax; null for IANA's root anchors; empty
 *     to skip DNSSEC validation (a network whose zones are not signed)
 */
public record TraceOptions(
    Duration timeout,
    int smtpPort,
    int httpsPort,
    InetSocketAddress dnsServer,
    List<X509Certificate> extraTrustAnchors,
    boolean quick,
    boolean deep,
    String network,
    String ehloName,
    String trustAnchors) {

  /** RFC 5321 §4.5.3.2 allows minutes per step; a diagnostic tool should answer sooner. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

  public static final int SMTP_PORT = 25;

  /** RFC 8461 §3.3: the policy is fetched over HTTPS, port 443. */
  public static final int HTTPS_PORT = 443;

  public TraceOptions {
    extraTrustAnchors = List.copyOf(extraTrustAnchors);
  }

  public static TraceOptions defaults() {
    return new TraceOptions(
        DEFAULT_TIMEOUT,
        SMTP_PORT,
        HTTPS_PORT,
        null,
        List.of(),
        false,
        false,
        "internet",
        "mailpath.invalid",
        null);
  }

  public TraceOptions withTimeout(Duration value) {
    return new TraceOptions(
        value,
        smtpPort,
        httpsPort,
        dnsServer,
        extraTrustAnchors,
        quick,
        deep,
        network,
        ehloName,
        trustAnchors);
  }

  public TraceOptions withSmtpPort(int value) {
    return new TraceOptions(
        timeout,
        value,
        httpsPort,
        dnsServer,
        extraTrustAnchors,
        quick,
        deep,
        network,
        ehloName,
        trustAnchors);
  }

  public TraceOptions withHttpsPort(int value) {
    return new TraceOptions(
        timeout,
        smtpPort,
        value,
        dnsServer,
        extraTrustAnchors,
        quick,
        deep,
        network,
        ehloName,
        trustAnchors);
  }

  public TraceOptions withDnsServer(InetSocketAddress value) {
    return new TraceOptions(
        timeout,
        smtpPort,
        httpsPort,
        value,
        extraTrustAnchors,
        quick,
        deep,
        network,
        ehloName,
        trustAnchors);
  }

  public TraceOptions withExtraTrustAnchors(List<X509Certificate> value) {
    return new TraceOptions(
        timeout,
        smtpPort,
        httpsPort,
        dnsServer,
        value,
        quick,
        deep,
        network,
        ehloName,
        trustAnchors);
  }

  public TraceOptions withQuick(boolean value) {
    return new TraceOptions(
        timeout,
        smtpPort,
        httpsPort,
        dnsServer,
        extraTrustAnchors,
        value,
        deep,
        network,
        ehloName,
        trustAnchors);
  }

  public TraceOptions withDeep(boolean value) {
    return new TraceOptions(
        timeout,
        smtpPort,
        httpsPort,
        dnsServer,
        extraTrustAnchors,
        quick,
        value,
        network,
        ehloName,
        trustAnchors);
  }

  public TraceOptions withNetwork(String value) {
    return new TraceOptions(
        timeout,
        smtpPort,
        httpsPort,
        dnsServer,
        extraTrustAnchors,
        quick,
        deep,
        value,
        ehloName,
        trustAnchors);
  }

  public TraceOptions withTrustAnchors(String value) {
    return new TraceOptions(
        timeout,
        smtpPort,
        httpsPort,
        dnsServer,
        extraTrustAnchors,
        quick,
        deep,
        network,
        ehloName,
        value);
  }

  /** Answers are not validated: every DNSSEC status is UNCHECKED. */
  public TraceOptions withoutDnssecValidation() {
    return withTrustAnchors("");
  }

  public boolean validatesDnssec() {
    return trustAnchors == null || !trustAnchors.isBlank();
  }
}
