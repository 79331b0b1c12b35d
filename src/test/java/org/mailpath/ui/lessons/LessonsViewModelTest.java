package org.mailpath.ui.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.Test;
import org.mailpath.lab.scenario.AttackMode;
import org.mailpath.lesson.LessonBook;
import org.mailpath.trace.TraceReport;

class LessonsViewModelTest {

  private final SimpleStringProperty address = new SimpleStringProperty("");
  private final SimpleObjectProperty<AttackMode> attacker = new SimpleObjectProperty<>();
  private final ReadOnlyObjectWrapper<TraceReport> report = new ReadOnlyObjectWrapper<>();
  private final LessonsViewModel model =
      new LessonsViewModel(LessonBook.shipped(), address::set, attacker, report);

  @Test
  void open_lesson1_fillsTheAddressAndShowsTheNarrative() {
    model.open(1);

    assertThat(model.showingProperty().get()).isTrue();
    assertThat(address.get()).isEqualTo("alice@nostarttls.mail.test");
    assertThat(attacker.get()).isNull();
    assertThat(model.headingProperty().get()).startsWith("Lesson 1 of 5 · trace 1 of 1");
    assertThat(model.textProperty().get())
        .contains("RFC 3207 §4")
        .contains("What to notice (press Trace):")
        .contains("• The EHLO reply has no STARTTLS line");
  }

  @Test
  void next_pastTheLastTraceOfALesson_opensTheNextLesson() {
    model.open(1);

    model.next();

    assertThat(model.headingProperty().get()).startsWith("Lesson 2 of 5 · trace 1 of 4");
    assertThat(address.get()).isEqualTo("alice@tls10.mail.test");
    model.previous();
    assertThat(address.get()).isEqualTo("alice@nostarttls.mail.test");
  }

  @Test
  void open_lesson4LastTrace_setsTheAttackerToggle() {
    model.open(4);
    for (int i = 0; i < 4; i++) {
      model.next();
    }

    assertThat(address.get()).isEqualTo("alice@good.mail.test");
    assertThat(attacker.get()).isEqualTo(AttackMode.STRIP);
    model.next();
    assertThat(attacker.get()).isNull();
  }

  @Test
  void close_hidesThePanel() {
    model.open(5);
    model.close();

    assertThat(model.showingProperty().get()).isFalse();
  }

  @Test
  void showPanel_withNoLessonOpen_pointsToTheLessonsMenuAndNextGoesNowhere() {
    model.showingProperty().set(true);

    model.next();

    assertThat(model.lessonOpenProperty().get()).isFalse();
    assertThat(model.headingProperty().get()).isEqualTo("Lessons");
    assertThat(model.textProperty().get()).startsWith("No lesson open.");
    assertThat(address.get()).isEmpty();
  }
}
