/**
 * The window's Lessons menu: a lesson's trace fills the address field and the attacker toggle, and
 * a side panel shows the narrative and what to notice, ticked once the trace shows it.
 */
package org.mailpath.ui.lessons;
