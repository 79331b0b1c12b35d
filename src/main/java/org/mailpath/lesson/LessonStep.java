package org.mailpath.lesson;

import java.util.List;
import org.mailpath.trace.TraceOptions;

/**
 * One lab trace of a lesson and what to notice in its report.
 *
 * @param target the lab address traced, e.g. "alice@nostarttls.mail.test"
 * @param attacker the lab attacker's flag ("strip", "454", "cert", ...) or null for none
 * @param quick one STARTTLS session per host, no version sweep
 * @param caption why this trace, in a sentence or two
 * @param notices what to notice in its report
 */
public record LessonStep(
    String target, String attacker, boolean quick, String caption, List<Notice> notices) {

  public LessonStep {
    notices = List.copyOf(notices);
  }

  /** The options to trace {@link #target} with. */
  public TraceOptions options() {
    return TraceOptions.builder().quick(quick).labAttacker(attacker).build();
  }

  /** How a person would type it: "mailpath trace alice@good.mail.test --attacker strip". */
  public String commandLine() {
    return "mailpath trace "
        + target
        + (attacker == null ? "" : " --attacker " + attacker)
        + (quick ? " --quick" : "");
  }
}
