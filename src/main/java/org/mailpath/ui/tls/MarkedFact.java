package org.mailpath.ui.tls;

import org.mailpath.finding.Severity;

/** A named value and, when it is a problem or a success, the severity mark it carries. */
public record MarkedFact(String name, String value, Severity mark) {}
