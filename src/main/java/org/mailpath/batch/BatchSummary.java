package org.mailpath.batch;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a batch found, counted over its targets: equal for equal sets of reports, whichever order or
 * shards they came in.
 *
 * @param targets targets with a result
 * @param failedToRun targets whose trace could not run
 * @param worstSeverity targets per worst severity
 * @param findings targets raising each finding code
 * @param bestTls targets per highest TLS version accepted
 * @param ems targets per Extended Master Secret answer
 * @param adoption targets adopting DANE, MTA-STS (enforce, testing), TLS-RPT, REQUIRETLS
 * @param outcomes per sender profile, targets per delivery word
 */
public record BatchSummary(
    int targets,
    int failedToRun,
    SortedMap<String, Integer> worstSeverity,
    SortedMap<String, Integer> findings,
    SortedMap<String, Integer> bestTls,
    SortedMap<String, Integer> ems,
    SortedMap<String, Integer> adoption,
    SortedMap<String, SortedMap<String, Integer>> outcomes) {

  /** The adoption rows, in the order they are shown. */
  public static final String DANE = "DANE";

  public static final String STS_ENFORCE = "MTA-STS enforce";
  public static final String STS_TESTING = "MTA-STS testing";
  public static final String TLS_RPT = "TLS-RPT";
  public static final String REQUIRETLS = "REQUIRETLS";

  /** Counts facts one at a time; not thread-safe. */
  public static final class Builder {
    private int targets;
    private int failed;
    private final SortedMap<String, Integer> worst = new TreeMap<>();
    private final SortedMap<String, Integer> findings = new TreeMap<>();
    private final SortedMap<String, Integer> bestTls = new TreeMap<>();
    private final SortedMap<String, Integer> ems = new TreeMap<>();
    private final SortedMap<String, Integer> adoption = new TreeMap<>();
    private final SortedMap<String, SortedMap<String, Integer>> outcomes = new TreeMap<>();

    public Builder() {
      for (String row : new String[] {DANE, STS_ENFORCE, STS_TESTING, TLS_RPT, REQUIRETLS}) {
        adoption.put(row, 0);
      }
    }

    public Builder add(TargetFacts facts) {
      targets++;
      count(worst, facts.worstSeverity());
      facts.findingCodes().forEach(code -> count(findings, code));
      count(bestTls, facts.bestTls());
      count(ems, facts.ems());
      if (facts.dane().equals("yes")) {
        count(adoption, DANE);
      }
      if (facts.stsMode().equals("enforce")) {
        count(adoption, STS_ENFORCE);
      }
      if (facts.stsMode().equals("testing")) {
        count(adoption, STS_TESTING);
      }
      if (facts.tlsRpt().equals("present")) {
        count(adoption, TLS_RPT);
      }
      if (facts.requireTls().equals("deliverable")) {
        count(adoption, REQUIRETLS);
      }
      facts
          .outcomes()
          .forEach(
              (profile, word) ->
                  count(outcomes.computeIfAbsent(profile, p -> new TreeMap<>()), word));
      return this;
    }

    public Builder addFailure() {
      failed++;
      return this;
    }

    public BatchSummary build() {
      SortedMap<String, SortedMap<String, Integer>> frozen = new TreeMap<>();
      outcomes.forEach(
          (k, v) -> frozen.put(k, Collections.unmodifiableSortedMap(new TreeMap<>(v))));
      return new BatchSummary(
          targets,
          failed,
          copy(worst),
          copy(findings),
          copy(bestTls),
          copy(ems),
          copy(adoption),
          Collections.unmodifiableSortedMap(frozen));
    }

    private static void count(Map<String, Integer> map, String key) {
      map.merge(key, 1, Integer::sum);
    }

    private static SortedMap<String, Integer> copy(SortedMap<String, Integer> map) {
      return Collections.unmodifiableSortedMap(new TreeMap<>(map));
    }
  }
}
