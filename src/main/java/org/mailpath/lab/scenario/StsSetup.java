package org.mailpath.lab.scenario;

import java.util.List;
import org.mailpath.lab.pki.CertificateProfile;

/**
 * A scenario's MTA-STS publication (RFC 8461): the {@code _mta-sts} TXT record and the policy host
 * {@code mta-sts.<domain>} that serves the policy over HTTPS.
 *
 * @param mode "enforce", "testing" or "none" (RFC 8461 §5)
 * @param mxPatterns the policy's "mx" lines (RFC 8461 §3.2, §4.1)
 * @param maxAgeSeconds the policy's "max_age"
 * @param serving how the policy host answers
 * @param certificate the HTTPS certificate of the policy host
 */
public record StsSetup(
    String mode,
    List<String> mxPatterns,
    long maxAgeSeconds,
    StsServing serving,
    CertificateProfile certificate) {

  /** One week, a common production value; RFC 8461 §3.2 allows up to 31557600. */
  public static final long ONE_WEEK = 604_800;

  /** The policy id; RFC 8461 §3.1: 1–32 alphanumeric characters, changed with every policy. */
  public static final String POLICY_ID = "20261128T000000";

  public StsSetup {
    mxPatterns = List.copyOf(mxPatterns);
  }

  public static StsSetup enforce(List<String> mxPatterns) {
    return new StsSetup(
        "enforce", mxPatterns, ONE_WEEK, StsServing.POLICY, CertificateProfile.GOOD_EC);
  }

  public StsSetup withMode(String newMode) {
    return new StsSetup(newMode, mxPatterns, maxAgeSeconds, serving, certificate);
  }

  public StsSetup servedAs(StsServing newServing) {
    return new StsSetup(mode, mxPatterns, maxAgeSeconds, newServing, certificate);
  }

  public StsSetup withCertificate(CertificateProfile newCertificate) {
    return new StsSetup(mode, mxPatterns, maxAgeSeconds, serving, newCertificate);
  }

  /** RFC 8461 §3.3: the policy host is "mta-sts" prepended to the policy domain. */
  public static String policyHost(String domain) {
    return "mta-sts." + domain;
  }

  /** RFC 8461 §3.1: the TXT record at {@code _mta-sts.<domain>}. */
  public String txtRecord() {
    return "v=STSv1; id=" + POLICY_ID;
  }

  /** RFC 8461 §3.2: key/value lines; the lab ends each with CRLF, which the grammar allows. */
  public String policyText() {
    StringBuilder text = new StringBuilder("version: STSv1\r\nmode: ").append(mode).append("\r\n");
    mxPatterns.forEach(mx -> text.append("mx: ").append(mx).append("\r\n"));
    return text.append("max_age: ").append(maxAgeSeconds).append("\r\n").toString();
  }
}
