/**
 * The lab: an internet in a box on loopback for every name under {@code .test} (RFC 6761 §6.2).
 *
 * <p>Layout:
 *
 * <ul>
 *   <li>{@link org.mailpath.lab.Lab} — the facade the app calls: start, prepare a name, close. Its
 *       {@link org.mailpath.lab.LabRoute} names the DNS server, the SMTP and HTTPS ports, the lab
 *       CA and the DS of the signed {@code test.} zone.
 *   <li>{@code scenario} — the scenarios as data: one row per domain, in three tables ({@code
 *       ScenarioCatalog}: transport; {@code CertificateScenarios}: TLS versions and certificate
 *       flaws; {@code PolicyScenarios}: DANE, MTA-STS, TLS-RPT, REQUIRETLS, CNAME MX), each with
 *       hosts, their TLS and certificate profile, TLSA and MTA-STS publications, and the findings a
 *       trace must raise and must not raise. A new scenario is a new row, not new code.
 *   <li>{@code dns} — the authoritative server for {@code test.}: the zone as RRsets, signed once
 *       per lab (ECDSA P-256 DNSKEY, one RRSIG per RRset, an NSEC chain), a pure responder that
 *       adds signatures and denial proofs when the query sets DO, UDP and TCP transports.
 *   <li>{@code smtp} — one small SMTP server per host on its own 127.0.2.x address, all on one
 *       port; STARTTLS through Bouncy Castle's {@code TlsServerProtocol}.
 *   <li>{@code web} — one HTTPS server per MTA-STS policy host ({@code mta-sts.<domain>}), each on
 *       its own 127.0.2.x address, all on one second port; JSSE, since only the policy and the
 *       certificate matter there.
 *   <li>{@code pki} — the lab CA (EC P-256 root and intermediate, in service for five years) and
 *       server certificates, made once per process.
 *   <li>{@code attacker} — the on-path attacker (RFC 3207 §6): a relay in front of a lab MX host
 *       that strips STARTTLS, refuses it with 454, terminates TLS with its own certificate or
 *       offers only TLS 1.0, per {@code scenario.AttackMode}. Attacker scenarios publish its
 *       address for the MX name; {@code trace --attacker} reaches it through a dialer instead, DNS
 *       untouched.
 *   <li>{@code net} — the bounded connection pool and the port reservations shared by the servers.
 * </ul>
 *
 * <p>Decision — EMS under TLS 1.0: RFC 7627 defines Extended Master Secret for TLS 1.0 to 1.2, and
 * the {@code tls10} server negotiates it, so that scenario shows only the version problem; the
 * finding {@code tls12-without-ems} belongs to {@code noems} alone.
 *
 * <p>Decision — one signed zone: the lab signs {@code test.} as a single zone with one key acting
 * as KSK and ZSK, rather than per-scenario zones with secure delegations. A validator then needs
 * one trust anchor (the DS in {@code LabRoute}) and no DS lookups; broken DNSSEC is staged per
 * RRset (a corrupted RRSIG, as for {@code dane-bogus}), which is what a DANE sender meets.
 *
 * <p>Decision — shared server keys: every lab server of one key kind shares one key pair (only the
 * certificates differ), so a DANE-EE record of one host would match another host's key too. Each
 * TLSA record names one host, so no scenario is affected; a self-signed certificate uses that
 * shared key as well.
 *
 * <p>Decision — CA age: the root and issuing CA were valid from five years ago, so an expired leaf
 * still chains to them at its own validity dates; only {@code certificate-expired} applies to it.
 *
 * <p>Platform note: Linux and Windows route all of 127.0.0.0/8 to loopback; macOS configures only
 * 127.0.0.1, so there the 127.0.2.x host addresses need {@code ifconfig lo0 alias} first.
 */
package org.mailpath.lab;
