/**
 * Explain: who can read which part of a message on the path mailpath has just traced — envelope,
 * connection metadata, header fields, body, attachments, size — with and without PGP, S/MIME and
 * header protection (RFC 9788), given what the last hop's transport turned out to be.
 *
 * <p>Pure Java, immutable records, no I/O: the trace (above this package) turns what it observed
 * into {@link org.mailpath.exposure.MxConnection}s, {@link org.mailpath.exposure.LastHop#choose}
 * picks the hop a passive listener sees and the hop an active attacker can force, and {@link
 * org.mailpath.exposure.Exposure#matrix} produces the {@link org.mailpath.exposure.ExposureMatrix}.
 * The rules are tables: {@link org.mailpath.exposure.EndToEndRules} (what the message format
 * hides), {@link org.mailpath.exposure.TransportRules} (what the hop hides) and {@link
 * org.mailpath.exposure.PresenceRules} (where a part exists at all).
 */
package org.mailpath.exposure;
