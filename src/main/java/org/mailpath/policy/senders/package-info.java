/**
 * The sender simulator: what each kind of sending MTA would do with what the trace saw. The engine
 * builds one {@link org.mailpath.policy.senders.AddressObservation} per address probed ({@link
 * org.mailpath.policy.senders.Observations#of}), groups them into {@link
 * org.mailpath.policy.senders.MxObservation}s and a {@link
 * org.mailpath.policy.senders.DomainFacts}, and calls {@link
 * org.mailpath.policy.senders.SenderSimulator#simulateAll}.
 */
package org.mailpath.policy.senders;
