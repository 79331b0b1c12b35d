package org.mailpath.policy.senders;

import java.util.Locale;
import java.util.Optional;
import org.mailpath.tls.TlsVersion;

/**
 * The lowest TLS version a Postfix protocol list allows, in both of postconf(5)'s forms: the range
 * form of Postfix 3.6 and later ({@code >=TLSv1.2}, {@code <=TLSv1.3}) and the older exclusion form
 * ({@code !SSLv2, !SSLv3, !TLSv1, !TLSv1.1}). Postfix names TLS 1.0 "TLSv1".
 */
final class PostfixProtocols {
  private PostfixProtocols() {}

  /** The lowest version {@code value} leaves enabled; empty when it leaves none or is not read. */
  static Optional<TlsVersion> floor(String value) {
    TlsVersion min = TlsVersion.TLS_1_0;
    boolean[] excluded = new boolean[TlsVersion.values().length];
    for (String token : value.trim().split("[\\s,:]+")) {
      if (token.isEmpty()) {
        continue;
      }
      if (token.startsWith(">=")) {
        Optional<TlsVersion> v = version(token.substring(2));
        if (v.isEmpty()) {
          return Optional.empty();
        }
        min = v.get();
      } else if (token.startsWith("!")) {
        version(token.substring(1)).ifPresent(v -> excluded[v.ordinal()] = true);
      } else if (!token.startsWith("<=") && version(token).isEmpty() && !isSsl(token)) {
        return Optional.empty();
      }
    }
    for (TlsVersion v : TlsVersion.values()) {
      if (v.compareTo(min) >= 0 && !excluded[v.ordinal()]) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }

  private static boolean isSsl(String token) {
    String t = token.toUpperCase(Locale.ROOT);
    return t.equals("SSLV2") || t.equals("SSLV3");
  }

  private static Optional<TlsVersion> version(String name) {
    return switch (name.trim().toLowerCase(Locale.ROOT)) {
      case "tlsv1", "tlsv1.0" -> Optional.of(TlsVersion.TLS_1_0);
      case "tlsv1.1" -> Optional.of(TlsVersion.TLS_1_1);
      case "tlsv1.2" -> Optional.of(TlsVersion.TLS_1_2);
      case "tlsv1.3" -> Optional.of(TlsVersion.TLS_1_3);
      default -> Optional.empty();
    };
  }
}
