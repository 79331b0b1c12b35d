/**
 * Evaluate: what the receiving domain demands (MTA-STS, TLS-RPT, DANE, REQUIRETLS) and what each
 * kind of sender would do with what the trace saw. Pure functions over records the engine passes
 * in; the only network access is the MTA-STS policy fetch ({@code policy.sts.HttpsFetcher}).
 */
package org.mailpath.policy;
