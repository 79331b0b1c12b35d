package org.mailpath.policy.dane;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TlsaNamesTest {

  @Test
  void tlsaOwners_noAlias_mxHostOnly() {
    assertThat(TlsaNames.tlsaOwners("MX1.Mail.Test.", List.of(), true))
        .containsExactly("_25._tcp.mx1.mail.test");
  }

  @Test
  void tlsaOwners_secureAliasChain_expandedNameThenInitial() {
    assertThat(
            TlsaNames.tlsaOwners("mx.mail.test", List.of("a.hoster.test", "b.hoster.test."), true))
        .containsExactly("_25._tcp.b.hoster.test", "_25._tcp.mx.mail.test");
  }

  @Test
  void tlsaOwners_insecureAliasChain_noLookup() {
    assertThat(TlsaNames.tlsaOwners("mx.mail.test", List.of("b.hoster.test"), false)).isEmpty();
  }

  @Test
  void referenceIdentifiers_secureAliasChain_expandedAndInitial() {
    assertThat(TlsaNames.referenceIdentifiers("mx.mail.test", List.of("b.hoster.test"), true))
        .containsExactly("b.hoster.test", "mx.mail.test");
  }

  @Test
  void referenceIdentifiers_insecureAliasChain_initialOnly() {
    assertThat(TlsaNames.referenceIdentifiers("mx.mail.test", List.of("b.hoster.test"), false))
        .containsExactly("mx.mail.test");
  }
}
