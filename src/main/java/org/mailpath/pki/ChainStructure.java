package org.mailpath.pki;

/**
 * How the presented chain is put together.
 *
 * @param ordered each certificate is issued by the next (RFC 5246 §7.4.2 requires it; RFC 8446
 *     §4.4.2 only asks for the leaf first)
 * @param leafSelfSigned the leaf signs itself: no CA vouches for it
 * @param incomplete the chain stops at a certificate whose issuer was neither sent nor trusted
 * @param missingIssuer the subject of the issuer that was not sent, or null
 */
public record ChainStructure(
    boolean ordered, boolean leafSelfSigned, boolean incomplete, String missingIssuer) {}
