package org.mailpath.pki;

import java.util.List;

/**
 * Which TLS client families refuse an (EC)DHE or TLS 1.3 handshake whose server certificate has a
 * keyUsage without digitalSignature (RFC 8446 §4.4.2.2, RFC 5280 §4.2.1.3), with the source of each
 * claim. Where no source was found, the answer is "not known".
 */
public final class KeyUsageEnforcement {

  /** One client family, whether it enforces, and where that is documented. */
  public record ClientFamily(String family, String usedBy, String enforces, String source) {
    public String describe() {
      return family + " (" + usedBy + "): " + enforces + " — " + source;
    }
  }

  public static final List<ClientFamily> FAMILIES =
      List.of(
          new ClientFamily(
              "OpenSSL",
              "Postfix, Sendmail, most MTAs on Linux",
              "does not enforce for the server certificate",
              "openssl/openssl issue #12721 (open); an OpenSSL 1.1.1 client completes such"
                  + " handshakes (haskell-tls/hs-tls pull request #274, comment of 2018-11-06)"),
          new ClientFamily(
              "GnuTLS",
              "Exim as built by Debian and Ubuntu",
              "enforces (aborts with a key usage violation unless the priority string has"
                  + " %ALLOW_KEY_USAGE_VIOLATION)",
              "GnuTLS tests/key-usage-rsa.c; GnuTLS manual, priority strings"),
          new ClientFamily(
              "Erlang/OTP ssl",
              "MTAs and relays on the BEAM",
              "enforces by filtering the cipher suites the key may be used with",
              "erlang/otp pull request #1820; testssl/testssl.sh issue #964"),
          new ClientFamily(
              "Bouncy Castle TLS",
              "Java MTAs using Bouncy Castle, and mailpath itself",
              "enforces (aborts the handshake)",
              "bctls BcTlsCertificate, which checks digitalSignature before verifying the"
                  + " server's signature; observed by mailpath's own handshakes"),
          new ClientFamily(
              "SunJSSE (the JDK)",
              "Java MTAs using the JDK's TLS",
              "not known for senders that skip certificate validation; enforced when the JDK's"
                  + " PKIX trust manager validates",
              "not known (no authoritative source found)"),
          new ClientFamily(
              "Microsoft SChannel",
              "Exchange Server",
              "not known",
              "not known (no authoritative source found)"));

  private KeyUsageEnforcement() {}

  /** The families, one line each, for a finding's evidence. */
  public static List<String> evidence() {
    return FAMILIES.stream().map(ClientFamily::describe).toList();
  }
}
