/**
 * MTA-STS (RFC 8461). The engine looks up {@code _mta-sts.<domain>} TXT and passes the strings to
 * {@link org.mailpath.policy.sts.StsTxtRecord#parse}; when a policy is announced it resolves {@link
 * org.mailpath.policy.sts.StsPolicyFetcher#policyHost} and calls {@link
 * org.mailpath.policy.sts.StsPolicyFetcher#fetch} with that address and port 443 (or {@code
 * --https-port}); each MX host is then checked with {@link
 * org.mailpath.policy.sts.StsPolicy#admits}.
 */
package org.mailpath.policy.sts;
