package org.mailpath.policy.senders;

import java.util.List;
import org.mailpath.tls.TlsVersion;

/**
 * What one sender does at one address.
 *
 * @param kind deliver here, or move on (and how)
 * @param delivery how it delivers, when {@link Kind#DELIVER}
 * @param reason one sentence
 * @param rfc the clause (and MTA documentation) that decides it
 * @param version the TLS version it uses, or null without TLS
 * @param assumes facts no source gives that this step needed
 */
record Step(
    Kind kind,
    Delivery delivery,
    String reason,
    String rfc,
    TlsVersion version,
    List<String> assumes) {

  Step {
    assumes = List.copyOf(assumes);
  }

  enum Kind {
    DELIVER,
    /** Try the next address or MX; if none delivers, the message is deferred. */
    NEXT_TEMPORARY,
    /** Try the next address or MX; this host refused for good (5xx). */
    NEXT_PERMANENT,
    /**
     * Opportunistic TLS failed in the handshake: try the others, and if none delivers, fall back to
     * clear text here, at a time that depends on the MTA (see {@link MtaBehaviour}).
     */
    CLEAR_FALLBACK
  }

  Step(Kind kind, Delivery delivery, String reason, String rfc) {
    this(kind, delivery, reason, rfc, null, List.of());
  }

  static Step deliver(Delivery delivery, String reason, String rfc) {
    return new Step(Kind.DELIVER, delivery, reason, rfc);
  }

  static Step next(String reason, String rfc) {
    return new Step(Kind.NEXT_TEMPORARY, null, reason, rfc);
  }

  Step with(TlsVersion tlsVersion, List<String> needed) {
    return new Step(kind, delivery, reason, rfc, tlsVersion, needed);
  }
}
