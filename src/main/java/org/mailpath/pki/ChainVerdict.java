package org.mailpath.pki;

import org.mailpath.text.RemoteText;

/**
 * What the checks of this stage concluded about a presented chain.
 *
 * @param pkixTrusted a path to a trust anchor was built and validated
 * @param pkixProblem why not, when not
 * @param hostnameMatches the leaf names the host (RFC 9525)
 * @param matchedName the reference identity or pattern that matched, or null
 * @param withinValidity the leaf is within its validity dates at the trace's time
 * @param trustAnchor the subject of the anchor the path ended at, or null
 * @param structure order, self-signed leaf, missing intermediates
 */
public record ChainVerdict(
    boolean pkixTrusted,
    String pkixProblem,
    boolean hostnameMatches,
    String matchedName,
    boolean withinValidity,
    String trustAnchor,
    ChainStructure structure) {

  /** The problem and names quote the presented certificates: remote text (RemoteText). */
  public ChainVerdict {
    pkixProblem = RemoteText.visible(pkixProblem);
    matchedName = RemoteText.visible(matchedName);
    trustAnchor = RemoteText.visible(trustAnchor);
  }
}
