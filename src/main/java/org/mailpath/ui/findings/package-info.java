/** The findings of the trace on screen, worst first, and the explanation of the selected one. */
package org.mailpath.ui.findings;
