package org.mailpath.history;

import java.util.List;

/**
 * One step of the schema: the statements that take the database from {@code version - 1} to {@code
 * version}. Applied once, in its own transaction, and never edited after release: a change to the
 * schema is a new migration.
 */
record Migration(int version, String description, List<String> statements) {

  Migration {
    statements = List.copyOf(statements);
  }
}
