package org.mailpath.batch;

/**
 * Where a batch puts each result as soon as it is known (the history database, a list in a test).
 * Called from worker threads, one result at a time; when it returns, the result must be durable,
 * because a resumed batch traces again only the targets the sink never accepted.
 */
@FunctionalInterface
public interface ResultSink {
  void accept(BatchResult result);
}
