/** What changed between two stored sessions, grouped by aspect. */
package org.mailpath.ui.comparison;
