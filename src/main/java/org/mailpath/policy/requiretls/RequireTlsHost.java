package org.mailpath.policy.requiretls;

/**
 * What one MX host showed, as far as REQUIRETLS cares (RFC 8689 §4.2.1).
 *
 * @param host the MX host name
 * @param reachable a connection was made and the server greeted and answered EHLO
 * @param mxSecured the MX lookup was DNSSEC-validated, or the host matches the domain's MTA-STS
 *     policy (RFC 8689 §4.2.1, item 1)
 * @param tlsEstablished STARTTLS was offered and the handshake completed (item 2)
 * @param certificateValidated the certificate validated by PKIX with the host's name, or by DANE
 *     (RFC 7672) (item 3)
 * @param requireTlsAdvertised the EHLO answer after STARTTLS lists REQUIRETLS (item 4)
 */
public record RequireTlsHost(
    String host,
    boolean reachable,
    boolean mxSecured,
    boolean tlsEstablished,
    boolean certificateValidated,
    boolean requireTlsAdvertised) {}
