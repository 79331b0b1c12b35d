package org.mailpath.ui.lessons;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.mailpath.lab.scenario.AttackMode;
import org.mailpath.lesson.Lesson;
import org.mailpath.lesson.LessonBook;
import org.mailpath.lesson.LessonStep;
import org.mailpath.lesson.Notice;
import org.mailpath.trace.TraceReport;

/**
 * Walks through the lessons one trace at a time. Commands: {@link #open}, {@link #next}, {@link
 * #previous}, {@link #close}. Properties: whether the panel shows (the View menu and the panel's
 * hide button set it; opening a lesson shows it), whether a lesson is open, the heading and the
 * text. Each step hands its address to the window (which clears a trace of another address) and
 * sets the attacker toggle it is given; the trace itself is the user's to start. Changed only on
 * the FX thread.
 */
public final class LessonsViewModel {

  private final LessonBook book;
  private final Consumer<String> address;
  private final ObjectProperty<AttackMode> attacker;
  private final ReadOnlyObjectProperty<TraceReport> report;

  /** Every step of every lesson, in course order: Next and Previous cross lesson boundaries. */
  private final List<Position> positions = new ArrayList<>();

  static final String NO_LESSON_HEADING = "Lessons";
  static final String NO_LESSON_TEXT =
      "No lesson open. Choose one from the Lessons menu: each walks through lab traces, with what"
          + " to notice in each. PageDown and PageUp step through them.";

  private final BooleanProperty showing = new SimpleBooleanProperty(this, "showing");
  private final ReadOnlyBooleanWrapper lessonOpen = new ReadOnlyBooleanWrapper(this, "lessonOpen");
  private final ReadOnlyStringWrapper heading =
      new ReadOnlyStringWrapper(this, "heading", NO_LESSON_HEADING);
  private final ReadOnlyStringWrapper text =
      new ReadOnlyStringWrapper(this, "text", NO_LESSON_TEXT);
  private int at = -1;

  private record Position(Lesson lesson, int step) {
    LessonStep current() {
      return lesson.steps().get(step);
    }
  }

  public LessonsViewModel(
      LessonBook book,
      Consumer<String> address,
      ObjectProperty<AttackMode> attacker,
      ReadOnlyObjectProperty<TraceReport> report) {
    this.book = book;
    this.address = address;
    this.attacker = attacker;
    this.report = report;
    for (Lesson lesson : book.lessons()) {
      for (int i = 0; i < lesson.steps().size(); i++) {
        positions.add(new Position(lesson, i));
      }
    }
    report.addListener((o, before, now) -> describe());
  }

  public List<Lesson> lessons() {
    return book.lessons();
  }

  /** Shows lesson {@code number} at its first trace. */
  public void open(int number) {
    for (int i = 0; i < positions.size(); i++) {
      if (positions.get(i).lesson().number() == number && positions.get(i).step() == 0) {
        go(i);
        return;
      }
    }
  }

  /** The next trace, of this lesson or the next one. */
  public void next() {
    if (at >= 0 && at + 1 < positions.size()) {
      go(at + 1);
    }
  }

  /** The previous trace, of this lesson or the one before. */
  public void previous() {
    if (at > 0) {
      go(at - 1);
    }
  }

  /** Hides the panel; the lesson stays where it was for when the panel comes back. */
  public void close() {
    showing.set(false);
  }

  /** Whether the side panel shows; hidden until a lesson is opened or the user shows it. */
  public BooleanProperty showingProperty() {
    return showing;
  }

  /** Whether a lesson is open (Previous and Next have somewhere to go). */
  public ReadOnlyBooleanProperty lessonOpenProperty() {
    return lessonOpen.getReadOnlyProperty();
  }

  /** E.g. "Lesson 4 of 5 · trace 2 of 5: The attacker: …". */
  public ReadOnlyStringProperty headingProperty() {
    return heading.getReadOnlyProperty();
  }

  /** The narrative, the trace's caption and what to notice, ticked where the report shows it. */
  public ReadOnlyStringProperty textProperty() {
    return text.getReadOnlyProperty();
  }

  private void go(int index) {
    at = index;
    LessonStep step = positions.get(at).current();
    address.accept(step.target());
    attacker.set(step.attacker() == null ? null : AttackMode.byFlag(step.attacker()).orElse(null));
    lessonOpen.set(true);
    showing.set(true);
    describe();
  }

  private void describe() {
    if (at < 0) {
      return;
    }
    Position p = positions.get(at);
    LessonStep step = p.current();
    heading.set(
        "Lesson "
            + p.lesson().number()
            + " of "
            + book.lessons().size()
            + " · trace "
            + (p.step() + 1)
            + " of "
            + p.lesson().steps().size()
            + ": "
            + p.lesson().title());
    StringBuilder body = new StringBuilder();
    if (p.step() == 0) {
      p.lesson().narrative().forEach(paragraph -> body.append(paragraph).append("\n\n"));
    }
    body.append(step.commandLine()).append("\n").append(step.caption()).append("\n\n");
    TraceReport shown = report.get();
    boolean traced = shown != null && shown.target().equalsIgnoreCase(step.target());
    body.append(traced ? "What to notice:\n" : "What to notice (press Trace):\n");
    for (Notice notice : step.notices()) {
      String mark = !traced ? "•" : notice.check().holds(shown) ? "✓" : "✗";
      body.append(mark).append(' ').append(notice.text()).append('\n');
    }
    text.set(body.toString());
  }
}
