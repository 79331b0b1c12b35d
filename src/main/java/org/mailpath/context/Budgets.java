package org.mailpath.context;

/**
 * What one trace may spend, whatever the answers it gets say: the engine enforces these so that a
 * hostile or broken domain cannot make it open thousands of connections or queries.
 *
 * @param connectionsPerAddress connections open at once to one IP address, whatever names point at
 *     it (politeness; the version sweep runs within it)
 * @param mxHosts MX hosts probed, lowest preference first; the rest are named in a finding
 * @param dnsQueries DNS questions asked over the whole trace
 */
public record Budgets(int connectionsPerAddress, int mxHosts, int dnsQueries) {

  /**
   * Two connections per address, as the version sweep has always kept. Postfix tries at most 5 MX
   * addresses by default (smtp_mx_address_limit, postconf(5)); a diagnostic tool looks further, but
   * not without end: 10 hosts. Each host costs about 4 queries (A, AAAA, TLSA and its CNAME steps),
   * so 200 queries cover the hosts with room for the policy lookups.
   */
  public static Budgets defaults() {
    return new Budgets(2, 10, 200);
  }
}
