/**
 * The details of the timeline row selected: its step facts, the DNS answers, the SMTP transcript,
 * and (from {@link org.mailpath.ui.tls}) the TLS facts and certificate chain.
 */
package org.mailpath.ui.details;
