/**
 * What the STARTTLS handshake showed: each TLS version offered alone, the TLS 1.2 suites, the
 * negotiated session, and the certificate chain with the verdict on each certificate.
 */
package org.mailpath.ui.tls;
