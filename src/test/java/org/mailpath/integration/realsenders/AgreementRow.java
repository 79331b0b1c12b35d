package org.mailpath.integration.realsenders;

import java.util.Optional;
import org.mailpath.policy.senders.SenderOutcome;

/**
 * One scenario and profile: what the real sender did and what mailpath predicted for it.
 *
 * @param known the known difference that excuses a disagreement, if one does
 */
public record AgreementRow(
    String scenario,
    String profile,
    RealOutcome real,
    SenderOutcome predicted,
    Optional<KnownDifferences.Entry> known) {

  /** mailpath's prediction written like {@link RealOutcome#shown()}. */
  public String predictedShown() {
    return shown(predicted);
  }

  /** A prediction written like {@link RealOutcome#shown()}: the word, and the TLS version. */
  public static String shown(SenderOutcome predicted) {
    if (predicted == null) {
      return "no-prediction";
    }
    boolean tls = predicted.delivery().startsWith("deliver-") && predicted.tlsVersion() != null;
    return tls ? predicted.delivery() + " " + predicted.tlsVersion() : predicted.delivery();
  }

  /** Same outcome word and, when both deliver over TLS, the same TLS version. */
  public boolean agrees() {
    return real.shown().equals(predictedShown());
  }

  /** Agrees, or the disagreement is a listed known difference. */
  public boolean passes() {
    return agrees() || known.isPresent();
  }
}
