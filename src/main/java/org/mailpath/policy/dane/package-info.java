/**
 * DANE for SMTP (RFC 7672, RFC 7671, RFC 6698). Per MX host the engine asks {@link
 * org.mailpath.policy.dane.TlsaNames#tlsaOwners} where to look up TLSA, decides with {@link
 * org.mailpath.policy.dane.DaneApplicability#decide} from the DNSSEC status of each lookup, and,
 * where DANE applies, authenticates each captured chain with {@link
 * org.mailpath.policy.dane.DaneVerifier#verify}.
 */
package org.mailpath.policy.dane;
