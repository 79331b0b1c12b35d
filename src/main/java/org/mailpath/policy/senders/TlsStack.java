package org.mailpath.policy.senders;

import org.mailpath.tls.TlsVersion;

/**
 * What a sender's TLS library does as a client, each fact with its source; a null fact is "not
 * known" and the simulator says so in the row that needs it.
 *
 * @param name the library as the sender is built with it
 * @param floor the lowest TLS version it offers at the profile's level, or null when not known
 * @param floorSource where {@code floor} comes from
 * @param keyUsageEnforced aborts a signed handshake when the server certificate's keyUsage lacks
 *     digitalSignature (RFC 8446 §4.4.2.2, RFC 5280 §4.2.1.3), or null when not known
 * @param keyUsageSource where that comes from
 * @param ekuEnforcedWhenVerifying refuses a certificate without EKU serverAuth when it verifies
 *     (RFC 5280 §4.2.1.12), or null when not known
 * @param ekuSource where that comes from
 * @param ems whether it requires Extended Master Secret (RFC 7627), in words with the source
 * @param weakCertificateRefusedWhenVerifying refuses, when it verifies, a certificate signed with
 *     SHA-1 or with an RSA key under 2048 bits, or null when not known
 * @param weakCertificateSource where that comes from
 */
public record TlsStack(
    String name,
    TlsVersion floor,
    String floorSource,
    Boolean keyUsageEnforced,
    String keyUsageSource,
    Boolean ekuEnforcedWhenVerifying,
    String ekuSource,
    String ems,
    Boolean weakCertificateRefusedWhenVerifying,
    String weakCertificateSource) {}
