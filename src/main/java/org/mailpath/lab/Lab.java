package org.mailpath.lab;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.mailpath.context.Dialer;
import org.mailpath.lab.attacker.AttackerFleet;
import org.mailpath.lab.attacker.OnPathDialer;
import org.mailpath.lab.dns.LabDnsServer;
import org.mailpath.lab.dns.LabZone;
import org.mailpath.lab.pki.CertificateProfile;
import org.mailpath.lab.pki.LabCertificateAuthority;
import org.mailpath.lab.pki.ServerCredentials;
import org.mailpath.lab.scenario.AttackMode;
import org.mailpath.lab.scenario.BulkFamily;
import org.mailpath.lab.scenario.LabAddressPlan;
import org.mailpath.lab.scenario.LabHost;
import org.mailpath.lab.scenario.ScenarioCatalog;
import org.mailpath.lab.scenario.ScenarioDefinition;
import org.mailpath.lab.scenario.TlsProfile;
import org.mailpath.lab.smtp.SmtpFleet;
import org.mailpath.lab.web.PolicyHostFleet;

/**
 * mailpath's internet in a box: DNSSEC-signed authoritative DNS, SMTP servers with chosen TLS
 * behaviour, HTTPS hosts serving MTA-STS policies and a lab CA, all on loopback, for every name
 * under {@code .test} (RFC 6761 §6.2).
 *
 * <p>Starting a lab signs its zone and binds its DNS server (127.0.0.1, UDP and TCP on one port),
 * reserves one SMTP port on every lab host address (127.0.2.x) and one HTTPS port on every policy
 * host address; {@link #prepare} then starts the servers of one scenario, and nothing else, the
 * first time a name of that scenario is traced.
 */
public final class Lab implements AutoCloseable {

  private static Lab shared;

  private final LabAddressPlan plan;
  private final LabDnsServer dns;
  private final String dnssecTrustAnchor;
  private final SmtpFleet smtp;
  private final PolicyHostFleet https;
  private final AttackerFleet attackers = new AttackerFleet();
  private final Set<String> preparedDomains = new HashSet<>();
  private boolean closed;

  private Lab(
      LabAddressPlan plan,
      LabDnsServer dns,
      String dnssecTrustAnchor,
      SmtpFleet smtp,
      PolicyHostFleet https) {
    this.plan = plan;
    this.dns = dns;
    this.dnssecTrustAnchor = dnssecTrustAnchor;
    this.smtp = smtp;
    this.https = https;
  }

  /** RFC 6761 §6.2: ".test" is reserved for testing; mailpath's lab owns it. */
  public static boolean covers(String asciiName) {
    String name = asciiName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".")) {
      name = name.substring(0, name.length() - 1);
    }
    return name.equals("test") || name.endsWith(".test");
  }

  /** The process-wide lab, started on first use and stopped when the JVM exits. */
  public static synchronized Lab shared() {
    if (shared == null) {
      Lab lab = start(Duration.ZERO);
      Runtime.getRuntime().addShutdownHook(new Thread(lab::close, "lab-shutdown"));
      shared = lab;
    }
    return shared;
  }

  /**
   * Starts a lab whose servers delay every reply by {@code replyDelay}.
   *
   * @throws UncheckedIOException if no loopback ports could be bound
   */
  public static Lab start(Duration replyDelay) {
    return start(replyDelay, 0);
  }

  /**
   * Starts a lab whose SMTP servers all listen on {@code smtpPort} (0: any free port). Real MTAs
   * deliver to port 25 and look TLSA records up at {@code _25._tcp} (RFC 7672 §2.2.1), so a lab
   * that real senders use runs its SMTP servers on 25, which needs the right to bind it.
   *
   * @throws UncheckedIOException if the loopback ports could not be bound
   */
  public static Lab start(Duration replyDelay, int smtpPort) {
    if (smtpPort < 0 || smtpPort > 65535) {
      throw new IllegalArgumentException("not a port: " + smtpPort);
    }
    Objects.requireNonNull(replyDelay, "replyDelay");
    if (replyDelay.isNegative()) {
      throw new IllegalArgumentException("a reply delay cannot be negative: " + replyDelay);
    }
    List<ScenarioDefinition> definitions = ScenarioCatalog.definitions();
    LabAddressPlan plan = LabAddressPlan.of(definitions);
    LabZone zone = LabZone.of(definitions, plan);
    LabDnsServer dns = null;
    SmtpFleet smtp = null;
    try {
      dns = LabDnsServer.start(zone);
      smtp = SmtpFleet.reserve(plan, replyDelay, smtpPort);
      PolicyHostFleet https = PolicyHostFleet.reserve(definitions, plan);
      return new Lab(plan, dns, zone.trustAnchor(), smtp, https);
    } catch (IOException e) {
      if (smtp != null) {
        smtp.close();
      }
      if (dns != null) {
        dns.close();
      }
      throw new UncheckedIOException("the lab could not bind its loopback ports", e);
    }
  }

  /** Every scenario, in the order they are listed. */
  public static List<LabScenario> scenarios() {
    return ScenarioCatalog.definitions().stream().map(ScenarioDefinition::scenario).toList();
  }

  /**
   * Makes sure the servers that {@code asciiName} needs are running (starting only those), and says
   * how to reach them. A name no scenario owns needs only DNS (which answers NXDOMAIN). Idempotent
   * and thread-safe.
   */
  public synchronized LabRoute prepare(String asciiName) {
    requireOpen();
    ScenarioCatalog.owning(asciiName)
        .or(() -> BulkFamily.definitionOf(asciiName))
        .ifPresent(this::startServers);
    return route();
  }

  /** Starts the servers of every scenario, as {@code mailpath lab} does. */
  public synchronized LabRoute prepareAll() {
    requireOpen();
    ScenarioCatalog.definitions().forEach(this::startServers);
    return route();
  }

  /** The loopback address the lab host {@code hostName} (e.g. "mx1.good.mail.test") lives at. */
  public InetAddress addressOf(String hostName) {
    return plan.addressOf(hostName.toLowerCase(Locale.ROOT));
  }

  /**
   * The loopback addresses of the mail hosts that {@code asciiName} (a scenario or bulk domain)
   * sends to: known before any DNS query, so a batch can keep its traces polite. Empty for names no
   * scenario owns.
   */
  public Set<String> mailHostAddresses(String asciiName) {
    return ScenarioCatalog.owning(asciiName)
        .or(() -> BulkFamily.definitionOf(asciiName))
        .map(
            d ->
                d.hosts().stream()
                    .map(h -> plan.addressOf(d.publishedName(h)).getHostAddress())
                    .collect(java.util.stream.Collectors.toUnmodifiableSet()))
        .orElse(Set.of());
  }

  /** The lab CA certificate: the one trust anchor of every lab server chain. */
  public static X509Certificate caCertificate() {
    return LabCertificateAuthority.instance().rootCertificate();
  }

  private LabRoute route() {
    return new LabRoute(
        dns.address(), smtp.port(), List.of(caCertificate()), dnssecTrustAnchor, https.port());
  }

  private void startServers(ScenarioDefinition definition) {
    if (!preparedDomains.add(definition.domain())) {
      return;
    }
    try {
      for (LabHost host : definition.hosts()) {
        smtp.start(host);
      }
      https.start(definition);
      if (definition.attacker().isPresent()) {
        startAttackers(definition, definition.attacker().get());
      }
    } catch (IOException e) {
      preparedDomains.remove(definition.domain());
      throw new UncheckedIOException("the lab could not start " + definition.domain(), e);
    }
  }

  /**
   * {@code inner} with the lab's on-path attacker in {@code mode} in front of every lab MX host it
   * dials on the lab's SMTP port (started per host on first use); other connections go straight.
   */
  public Dialer throughAttacker(AttackMode mode, Dialer inner) {
    return new OnPathDialer(inner, mode, address -> interception(mode, address));
  }

  private synchronized InetSocketAddress interception(AttackMode mode, InetSocketAddress address)
      throws IOException {
    requireOpen();
    if (address.getPort() != smtp.port() || address.getAddress() == null) {
      return address;
    }
    for (ScenarioDefinition definition : ScenarioCatalog.definitions()) {
      for (LabHost host : definition.hosts()) {
        if (plan.addressOf(host.name()).equals(address.getAddress())) {
          return attackers.interceptorFor(mode, address, host.name(), credentialsOf(host));
        }
      }
    }
    return address; // not a lab MX host, or already the address of a scenario's own attacker
  }

  /** RFC 3207 §6: the attacker answers at the address DNS names and relays to the real host. */
  private void startAttackers(ScenarioDefinition definition, AttackMode mode) throws IOException {
    for (LabHost host : definition.hosts()) {
      attackers.startOn(
          smtp.bindInsteadOfReservation(ScenarioDefinition.attackerFront(host.name())),
          mode,
          new InetSocketAddress(plan.addressOf(host.name()), smtp.port()),
          host.name(),
          credentialsOf(host));
    }
  }

  private static ServerCredentials credentialsOf(LabHost host) {
    CertificateProfile certificate =
        host.behaviour().starttls().map(TlsProfile::certificate).orElse(CertificateProfile.GOOD_EC);
    return LabCertificateAuthority.instance().credentialsFor(host.name(), certificate);
  }

  private void requireOpen() {
    if (closed) {
      throw new IllegalStateException("this lab has been closed");
    }
  }

  /** Stops every server of this lab; idempotent. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    attackers.close();
    https.close();
    smtp.close();
    dns.close();
  }
}
