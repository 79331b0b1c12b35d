/**
 * Running a trace from the window: the target bar, the trace's view model (input, findings, report,
 * status), the status bar, and the bridge that moves the engine's events onto the FX thread in
 * batches.
 */
package org.mailpath.ui.trace;
