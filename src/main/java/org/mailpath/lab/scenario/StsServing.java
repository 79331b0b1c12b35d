package org.mailpath.lab.scenario;

/** How the lab's policy host answers {@code GET /.well-known/mta-sts.txt}. */
public enum StsServing {
  /** 200 with the policy, as RFC 8461 §3.3 expects. */
  POLICY,
  /**
   * 302 to another path that does serve the policy: RFC 8461 §3.3 says redirects "MUST NOT" be
   * followed, so a correct sender treats this as a fetch failure.
   */
  REDIRECT
}
