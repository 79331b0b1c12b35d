package org.mailpath.dns;

import java.io.IOException;

/** The trace's budget of DNS questions is spent: the question was not asked. */
final class QueryBudgetSpent extends IOException {
  QueryBudgetSpent() {
    super("the trace's budget of DNS questions is spent");
  }
}
