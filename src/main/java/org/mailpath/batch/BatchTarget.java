package org.mailpath.batch;

/**
 * One target of a batch.
 *
 * @param position its position in the whole input, from 0 (stable across shards and resumes)
 * @param target the target as written in the input
 */
public record BatchTarget(int position, String target) {}
