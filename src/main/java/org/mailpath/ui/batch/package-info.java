/**
 * Many targets at once in the window: paste or open a list, run it as a batch run kept in history
 * (so it resumes), watch progress, sort and filter the results, open any target's trace, see the
 * distributions as bar charts and export them as CSV or PDF.
 */
package org.mailpath.ui.batch;
