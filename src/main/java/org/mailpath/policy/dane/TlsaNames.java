package org.mailpath.policy.dane;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Where to look for an MX host's TLSA records, and which names its certificate may bear. */
public final class TlsaNames {
  private TlsaNames() {}

  /** RFC 7672 §2.2: SMTP on port 25 over TCP. */
  public static final String PREFIX = "_25._tcp.";

  /**
   * The TLSA owner names to query, in order (RFC 7672 §2.2.3). Without aliases: the MX host itself.
   * When the host's address records were reached through a CNAME chain that validated as secure,
   * first the fully expanded name, then — if that has no TLSA records — the MX host name. When the
   * chain is not secure, the address records are not secure either and no TLSA lookup is made
   * (§2.2.3): the list is empty.
   *
   * @param mxHost the MX target as published
   * @param cnameChain the alias targets followed from {@code mxHost}, in order (may be empty)
   * @param cnameChainSecure every CNAME in the chain validated as secure
   */
  public static List<String> tlsaOwners(
      String mxHost, List<String> cnameChain, boolean cnameChainSecure) {
    return baseDomains(mxHost, cnameChain, cnameChainSecure).stream().map(b -> PREFIX + b).toList();
  }

  /**
   * The reference identifiers for DANE-TA(2) name checks (RFC 7672 §3.2): the TLSA base domain (the
   * expanded name when the CNAME chain is secure) and the MX host name as published.
   */
  public static List<String> referenceIdentifiers(
      String mxHost, List<String> cnameChain, boolean cnameChainSecure) {
    List<String> names = baseDomains(mxHost, cnameChain, cnameChainSecure);
    return names.isEmpty() ? List.of(normalise(mxHost)) : names;
  }

  private static List<String> baseDomains(
      String mxHost, List<String> cnameChain, boolean cnameChainSecure) {
    String initial = normalise(mxHost);
    if (cnameChain.isEmpty()) {
      return List.of(initial);
    }
    if (!cnameChainSecure) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    out.add(normalise(cnameChain.get(cnameChain.size() - 1)));
    if (!out.contains(initial)) {
      out.add(initial);
    }
    return List.copyOf(out);
  }

  private static String normalise(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
  }
}
