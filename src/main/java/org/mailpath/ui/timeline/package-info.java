/**
 * The timeline of one trace: DNS first, then one group per SMTP connection with its steps, fed by
 * live events or by a finished report, and the tree table that shows it.
 */
package org.mailpath.ui.timeline;
