package org.mailpath.trace;

import java.net.InetSocketAddress;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import org.mailpath.context.AddressSlots;
import org.mailpath.context.Dialer;
import org.mailpath.context.ResolverFactory;
import org.mailpath.context.proxy.DialedResolvers;
import org.mailpath.policy.senders.SenderLineup;

/**
 * How one trace is run. Made with {@link #builder()} or changed with {@link #toBuilder()}.
 *
 * @param timeout the overall deadline for the whole trace
 * @param smtpPort the port MX hosts and address literals are dialled on (25 unless testing)
 * @param httpsPort the port MTA-STS policy hosts are fetched from (443 unless testing)
 * @param dnsServer the DNS server to ask, or null for the system's resolvers
 * @param extraTrustAnchors CA certificates trusted besides the OS/JDK store (--ca-file, the lab CA)
 * @param quick one STARTTLS session per host, no version sweep
 * @param deep also enumerate the TLS 1.2 cipher suites each host accepts
 * @param network "lab" or "internet", recorded in the report
 * @param ehloName the name mailpath gives in EHLO
 * @param trustAnchors DNSSEC trust anchors in zone-file syntax; null for IANA's root anchors; empty
 *     to skip DNSSEC validation (a network whose zones are not signed)
 * @param dialer how connections leave this machine (direct, or through a proxy)
 * @param resolvers where DNS questions go, or null to ask {@code dnsServer} (or the system's)
 * @param addressSlots connections per address shared with other traces (a batch), or null for the
 *     trace's own
 * @param proxyDns DNS questions go over TCP through {@code dialer} (--proxy-dns) to {@code
 *     dnsServer} or the system's first server, instead of directly; ignored when {@code resolvers}
 *     is set
 * @param senders the sender profiles played (the built-in ones chosen, and the user's own)
 * @param labAttacker the lab's on-path attacker to put in front of the MX hosts ("strip", "454",
 *     "cert", "cert-ca", "downgrade"), or null for none; only a lab target may have one, and the
 *     app, not the core, puts it on the path
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
    String trustAnchors,
    Dialer dialer,
    ResolverFactory resolvers,
    AddressSlots addressSlots,
    boolean proxyDns,
    SenderLineup senders,
    String labAttacker) {

  /** RFC 5321 §4.5.3.2 allows minutes per step; a diagnostic tool should answer sooner. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

  /** RFC 5321 §4.5.4.1 / RFC 5321 §2.3.5: SMTP relays listen on port 25. */
  public static final int SMTP_PORT = 25;

  /** RFC 8461 §3.3: the policy is fetched over HTTPS, port 443. */
  public static final int HTTPS_PORT = 443;

  public TraceOptions {
    extraTrustAnchors = List.copyOf(extraTrustAnchors);
    dialer = dialer == null ? Dialer.direct() : dialer;
    senders = senders == null ? SenderLineup.ALL : senders;
  }

  public static TraceOptions defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    Builder b = new Builder();
    b.timeout = timeout;
    b.smtpPort = smtpPort;
    b.httpsPort = httpsPort;
    b.dnsServer = dnsServer;
    b.extraTrustAnchors = extraTrustAnchors;
    b.quick = quick;
    b.deep = deep;
    b.network = network;
    b.ehloName = ehloName;
    b.trustAnchors = trustAnchors;
    b.dialer = dialer;
    b.resolvers = resolvers;
    b.addressSlots = addressSlots;
    b.proxyDns = proxyDns;
    b.senders = senders;
    b.labAttacker = labAttacker;
    return b;
  }

  public boolean validatesDnssec() {
    return trustAnchors == null || !trustAnchors.isBlank();
  }

  /** Where this trace's DNS questions go. */
  public ResolverFactory resolverFactory() {
    if (resolvers != null) {
      return resolvers;
    }
    return proxyDns ? DialedResolvers.of(dnsServer, dialer) : ResolverFactory.of(dnsServer);
  }

  /** Builds {@link TraceOptions}; unset values are the defaults of a trace of the internet. */
  public static final class Builder {
    private Duration timeout = DEFAULT_TIMEOUT;
    private int smtpPort = SMTP_PORT;
    private int httpsPort = HTTPS_PORT;
    private InetSocketAddress dnsServer;
    private List<X509Certificate> extraTrustAnchors = List.of();
    private boolean quick;
    private boolean deep;
    private String network = "internet";
    private String ehloName = "mailpath.invalid";
    private String trustAnchors;
    private Dialer dialer = Dialer.direct();
    private ResolverFactory resolvers;
    private AddressSlots addressSlots;
    private boolean proxyDns;
    private SenderLineup senders = SenderLineup.ALL;
    private String labAttacker;

    private Builder() {}

    public Builder timeout(Duration value) {
      timeout = value;
      return this;
    }

    public Builder smtpPort(int value) {
      smtpPort = value;
      return this;
    }

    public Builder httpsPort(int value) {
      httpsPort = value;
      return this;
    }

    public Builder dnsServer(InetSocketAddress value) {
      dnsServer = value;
      return this;
    }

    public Builder extraTrustAnchors(List<X509Certificate> value) {
      extraTrustAnchors = value;
      return this;
    }

    public Builder quick(boolean value) {
      quick = value;
      return this;
    }

    public Builder deep(boolean value) {
      deep = value;
      return this;
    }

    public Builder network(String value) {
      network = value;
      return this;
    }

    public Builder ehloName(String value) {
      ehloName = value;
      return this;
    }

    /** DNSSEC trust anchors in zone-file syntax (null: IANA's root anchors). */
    public Builder trustAnchors(String value) {
      trustAnchors = value;
      return this;
    }

    /** For a network whose zones are not signed: every answer's DNSSEC status is "not checked". */
    public Builder withoutDnssecValidation() {
      trustAnchors = "";
      return this;
    }

    public Builder dialer(Dialer value) {
      dialer = value;
      return this;
    }

    public Builder resolvers(ResolverFactory value) {
      resolvers = value;
      return this;
    }

    public Builder addressSlots(AddressSlots value) {
      addressSlots = value;
      return this;
    }

    /** Ask DNS over TCP through the dialer (--proxy-dns) instead of directly. */
    public Builder proxyDns(boolean value) {
      proxyDns = value;
      return this;
    }

    /** The senders whose outcomes the trace predicts. */
    public Builder senders(SenderLineup value) {
      senders = value;
      return this;
    }

    /** The lab's on-path attacker mode (lab targets only), or null for none. */
    public Builder labAttacker(String value) {
      labAttacker = value;
      return this;
    }

    public TraceOptions build() {
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
          trustAnchors,
          dialer,
          resolvers,
          addressSlots,
          proxyDns,
          senders,
          labAttacker);
    }
  }
}
