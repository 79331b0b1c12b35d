package org.mailpath.address;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.mailpath.fuzz.Fuzzing;

/** What a user may type or paste (a batch file is anyone's text) as a target. */
class TargetParserFuzzTest {

  /**
   * Any text is a target or an InvalidTargetException with a sentence; a target's name is
   * lower-case ASCII a resolver can be given (RFC 1035 §2.3.4: at most 253 characters), a port is a
   * port, and a domain parses again to itself.
   */
  @FuzzTest(maxDuration = Fuzzing.MAX_DURATION)
  void parse_anyText_dnsSafeTargetOrInvalidTarget(byte[] typed) {
    String text = new String(typed, StandardCharsets.UTF_8);
    Target target;
    try {
      target = TargetParser.parse(text);
    } catch (InvalidTargetException expected) {
      assertThat(expected.getMessage()).isNotBlank();
      return;
    }
    assertThat(target.input()).isEqualTo(text.strip());
    String name = target.asciiName();
    assertThat(name).isNotEmpty().hasSizeLessThanOrEqualTo(253).doesNotEndWith(".");
    assertThat(name).matches("[a-z0-9.:-]+");
    if (target instanceof Target.Host host) {
      assertThat(host.port()).isBetween(Target.Host.SMTP_PORT, 65535);
      if (host.ipLiteral()) {
        assertThat(IpLiteral.parse(name)).isPresent();
      } else {
        assertThat(TargetParser.toAscii(name, name)).isEqualTo(name);
      }
    } else if (target instanceof Target.Mailbox mailbox) {
      assertThat(mailbox.localPart()).isNotEmpty().hasSizeLessThanOrEqualTo(64);
      assertThat(mailbox.localPart().chars()).noneMatch(c -> c <= ' ' || c == 0x7f);
      assertThat(TargetParser.parse(name).asciiName()).isEqualTo(name);
    } else {
      assertThat(TargetParser.parse(name).asciiName()).isEqualTo(name);
      assertThat(((Target.Domain) target).unicodeName()).isNotNull();
    }
  }
}
