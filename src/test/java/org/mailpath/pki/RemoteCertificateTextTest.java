package org.mailpath.pki;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mailpath.policy.TestCertificates;
import org.mailpath.text.HiddenCharacters;

class RemoteCertificateTextTest {

  @Test
  void describe_subjectWithEscapeAndBidiOverride_isShownEscaped() {
    var ca = TestCertificates.ca("evil \u001b[2J\u009b31m\u202egro.elpmaxe");

    CertificateInfo info = CertificateInspector.describe(0, ca.certificate());

    HiddenCharacters.assertNone(info.subject());
    HiddenCharacters.assertNone(info.issuer());
    assertThat(info.subject()).contains("\\x1b[2J\\u009b31m\\u202egro.elpmaxe");
  }

  @Test
  void chainVerdict_problemQuotingACertificate_isShownEscaped() {
    ChainVerdict verdict =
        new ChainVerdict(false, "bad \u001b[2J", false, "DNS:\u202ex", true, null, null);

    assertThat(verdict.pkixProblem()).isEqualTo("bad \\x1b[2J");
    assertThat(verdict.matchedName()).isEqualTo("DNS:\\u202ex");
  }

  @Test
  void describe_plainChain_isUnchanged() {
    var ca = TestCertificates.ca("mailpath test CA");

    assertThat(CertificateInspector.describe(List.of(ca.certificate())).get(0).subject())
        .isEqualTo("CN=mailpath test CA");
  }
}
