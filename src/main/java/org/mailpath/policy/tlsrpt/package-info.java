/** TLS-RPT (RFC 8460 §3): the {@code _smtp._tls.<domain>} TXT record and its rua URIs. */
package org.mailpath.policy.tlsrpt;
