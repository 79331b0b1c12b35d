/**
 * The lab: an internet in a box on loopback for every name under {@code .test} (RFC 6761 §6.2).
 *
 * <p>Layout:
 *
 * <ul>
 *   <li>{@link org.mailpath.lab.Lab} — the facade the app calls: start, prepare a name, close.
 *   <li>{@code scenario} — the scenarios as data: one row per domain in {@code ScenarioCatalog},
 *       each with hosts, their TLS profile and certificate profile, and the findings a trace must
 *       raise. A new scenario is a new row, not new code.
 *   <li>{@code dns} — the authoritative server for {@code test.}: the zone as RRsets (ready for
 *       DNSSEC signing to add RRSIG/NSEC per RRset), a pure responder, UDP and TCP transports.
 *   <li>{@code smtp} — one small SMTP server per host on its own 127.0.2.x address, all on one
 *       port; STARTTLS through Bouncy Castle's {@code TlsServerProtocol}.
 *   <li>{@code pki} — the lab CA (EC P-256 root and intermediate) and server certificates, made
 *       once per process.
 *   <li>{@code net} — the bounded connection pool shared by the servers.
 * </ul>
 *
 * <p>Decision — EMS under TLS 1.0: RFC 7627 defines Extended Master Secret for TLS 1.0 to 1.2, and
 * the {@code tls10} server negotiates it, so that scenario shows only the version problem; the
 * finding {@code tls12-without-ems} belongs to {@code noems} alone.
 *
 * <p>Platform note: Linux and Windows route all of 127.0.0.0/8 to loopback; macOS configures only
 * 127.0.0.1, so there the 127.0.2.x host addresses need {@code ifconfig lo0 alias} first.
 */
package org.mailpath.lab;
