/**
 * Stored sessions: the filtered list, opening, re-running, deleting, comparing and exporting a
 * session, and the archive the window reads them through.
 */
package org.mailpath.ui.history;
