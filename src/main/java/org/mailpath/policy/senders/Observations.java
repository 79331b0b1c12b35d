package org.mailpath.policy.senders;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mailpath.pki.CertificateInfo;
import org.mailpath.pki.ChainVerdict;
import org.mailpath.policy.dane.DaneResult;
import org.mailpath.smtp.EhloCapabilities;
import org.mailpath.smtp.SmtpObservation;
import org.mailpath.tls.TlsObservation;
import org.mailpath.tls.TlsVersion;
import org.mailpath.tls.VersionResult;

/** Builds the simulator's input from what a connection probe recorded. */
public final class Observations {
  private Observations() {}

  /** 112-bit security needs RSA 2048 (NIST SP 800-57 Part 1, Table 2). */
  private static final int MIN_RSA_BITS = 2048;

  /** The CN attribute of an RFC 4514 DN string. */
  private static final Pattern COMMON_NAME = Pattern.compile("(?:^|,)\\s*CN=([^,]+)");

  /**
   * @param address the address dialled
   * @param smtp the SMTP facts of the connection
   * @param tls the TLS facts, or null when STARTTLS was not reached
   * @param versions the version sweep (may be empty, e.g. with --quick)
   * @param dane the DANE result for the captured chain, or null when no TLSA records applied
   */
  public static AddressObservation of(
      String address,
      SmtpObservation smtp,
      TlsObservation tls,
      List<VersionResult> versions,
      DaneResult.Status dane) {
    ChainVerdict verdict = tls == null ? null : tls.verdict();
    return new AddressObservation(
        address,
        reach(smtp),
        smtp.starttlsOffered(),
        accepted(smtp, tls, versions),
        verdict != null && verdict.pkixTrusted() && verdict.withinValidity(),
        verdict != null && verdict.hostnameMatches(),
        dane,
        EhloCapabilities.offers(smtp.capabilitiesAfterTls(), "REQUIRETLS"),
        leaf(tls) != null
            && leaf(tls).keyUsage() != null
            && !leaf(tls).keyUsage().contains("digitalSignature"),
        leaf(tls) != null
            && leaf(tls).extendedKeyUsage() != null
            && !leaf(tls).extendedKeyUsage().contains("serverAuth"),
        names(leaf(tls)),
        weak(leaf(tls)));
  }

  /**
   * A leaf signed with SHA-1 or holding an RSA key under {@value #MIN_RSA_BITS} bits (the signature
   * algorithm is RFC 5280 §4.1.1.2's field): what the verifying stacks in TlsStacks refuse.
   */
  static boolean weak(CertificateInfo leaf) {
    if (leaf == null) {
      return false;
    }
    String signature = String.valueOf(leaf.signatureAlgorithm()).toUpperCase(Locale.ROOT);
    boolean sha1 = signature.startsWith("SHA1") || signature.contains("SHA-1");
    return sha1 || ("RSA".equals(leaf.keyAlgorithm()) && leaf.keyBits() < MIN_RSA_BITS);
  }

  /** RFC 9525 §6.3: the DNS-ID names, and the CN only when there is no subjectAltName DNS-ID. */
  static List<String> names(CertificateInfo leaf) {
    if (leaf == null) {
      return List.of();
    }
    List<String> dns =
        leaf.subjectAltNames().stream()
            .filter(n -> n.startsWith("DNS:"))
            .map(n -> n.substring("DNS:".length()))
            .toList();
    if (!dns.isEmpty() || leaf.subject() == null) {
      return dns;
    }
    Matcher cn = COMMON_NAME.matcher(leaf.subject());
    return cn.find() ? List.of(cn.group(1)) : List.of();
  }

  private static CertificateInfo leaf(TlsObservation tls) {
    return tls == null || tls.chain() == null || tls.chain().isEmpty() ? null : tls.chain().get(0);
  }

  static AddressObservation.Reach reach(SmtpObservation smtp) {
    if (!smtp.connected()) {
      return AddressObservation.Reach.UNREACHABLE;
    }
    // RFC 5321 §4.2.1: the first digit says 2 positive, 4 transient, 5 permanent.
    int kind = smtp.greetingCode() / 100;
    if (kind == 4) {
      return AddressObservation.Reach.TEMPORARY_FAILURE;
    }
    if (kind == 5) {
      return AddressObservation.Reach.PERMANENT_FAILURE;
    }
    return kind == 2 ? AddressObservation.Reach.OK : AddressObservation.Reach.UNREACHABLE;
  }

  /** The versions a handshake completed with: the sweep's accepted ones plus the negotiated one. */
  static List<TlsVersion> accepted(
      SmtpObservation smtp, TlsObservation tls, List<VersionResult> versions) {
    // RFC 3207 §4: a STARTTLS answered with anything but 220 means no TLS at all.
    if (smtp.starttlsReply() != null && !smtp.starttlsReply().startsWith("220")) {
      return List.of();
    }
    List<TlsVersion> out = new ArrayList<>();
    for (VersionResult v : versions) {
      if (v.accepted()) {
        TlsVersion.byLabel(v.version()).filter(x -> !out.contains(x)).ifPresent(out::add);
      }
    }
    if (tls != null && tls.established() && tls.version() != null) {
      TlsVersion.byLabel(tls.version()).filter(x -> !out.contains(x)).ifPresent(out::add);
    }
    out.sort(null);
    return List.copyOf(out);
  }
}
