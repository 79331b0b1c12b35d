package org.mailpath.batch;

import java.util.ArrayList;
import java.util.List;

/**
 * One of {@code count} deterministic shares of a target list: the targets whose position (from 0,
 * in file order) leaves remainder {@code index} when divided by {@code count}. Every process that
 * reads the same file with the same count takes disjoint shares that together cover it, with no
 * coordination (a Kubernetes Indexed Job's JOB_COMPLETION_INDEX, a Slurm array's task id).
 *
 * @param index which share, from 0
 * @param count how many shares
 */
public record Shard(int index, int count) {

  /** The whole list. */
  public static final Shard ALL = new Shard(0, 1);

  public Shard {
    if (count < 1 || index < 0 || index >= count) {
      throw new IllegalArgumentException(
          "a shard is K/N with 0 <= K < N, not " + index + "/" + count);
    }
  }

  /** "K/N", e.g. "0/4". */
  public static Shard parse(String text) {
    int slash = text.indexOf('/');
    if (slash < 0) {
      throw new IllegalArgumentException("--shard takes K/N (e.g. 0/4), not " + text);
    }
    try {
      return new Shard(
          Integer.parseInt(text.substring(0, slash).strip()),
          Integer.parseInt(text.substring(slash + 1).strip()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--shard takes K/N (e.g. 0/4), not " + text);
    }
  }

  /** The targets of this share, each with its position in the whole list. */
  public List<BatchTarget> select(List<String> targets) {
    List<BatchTarget> mine = new ArrayList<>();
    for (int i = index; i < targets.size(); i += count) {
      mine.add(new BatchTarget(i, targets.get(i)));
    }
    return mine;
  }

  @Override
  public String toString() {
    return index + "/" + count;
  }
}
