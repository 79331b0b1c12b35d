/**
 * What the views of several features share: the severity and status icons, the wording of
 * durations, dates, severities and statuses, the empty-list placeholder, and the fact sheet.
 */
package org.mailpath.ui.common;
