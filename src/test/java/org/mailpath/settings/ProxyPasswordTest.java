package org.mailpath.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.mailpath.context.proxy.Socks5Proxy;

class ProxyPasswordTest {

  private final ProxyPassword memory = new ProxyPassword();

  @Test
  void remember_proxyWithPassword_returnsTheUrlWithoutIt() {
    String saved = memory.remember(Socks5Proxy.parse("socks5://me:secret@proxy.example:1080"));

    assertThat(saved).isEqualTo("socks5://me@proxy.example:1080");
  }

  @Test
  void resolve_savedFormOfTheRememberedProxy_hasThePassword() {
    String saved = memory.remember(Socks5Proxy.parse("socks5://me:secret@proxy.example:1080"));

    assertThat(memory.resolve(saved).password()).isEqualTo("secret");
  }

  @Test
  void resolve_userWithoutRememberedPassword_asksForIt() {
    assertThatThrownBy(() -> memory.resolve("socks5://me@proxy.example:1080"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs its password");
  }

  @Test
  void resolve_noUser_parsesTheUrl() {
    assertThat(memory.resolve("socks5://[::1]:1080").endpoint()).isEqualTo("[::1]:1080");
  }
}
