/**
 * What the traced domain asks senders to enforce — DANE, MTA-STS, TLS-RPT, REQUIRETLS — as facts
 * grouped by policy, each with its mark.
 */
package org.mailpath.ui.policy;
