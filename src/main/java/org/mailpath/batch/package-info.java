/**
 * Many targets at once: reading a target list, taking a shard of it, running the traces with
 * bounded concurrency and politeness per server address, and summarising the reports. Pure Java: it
 * traces through a {@link org.mailpath.batch.Tracer} the caller supplies and hands each result to a
 * {@link org.mailpath.batch.ResultSink}, so the CLI, the window and tests can store and show
 * results as they like.
 */
package org.mailpath.batch;
