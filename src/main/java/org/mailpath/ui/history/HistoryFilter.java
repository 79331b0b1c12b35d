package org.mailpath.ui.history;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.mailpath.finding.Severity;
import org.mailpath.history.HistoryQuery;

/**
 * What the history list is narrowed to: a domain, a range of days (both ends inclusive, in the
 * user's time zone) and the least worst severity. Every criterion may be empty, meaning "any".
 */
public final class HistoryFilter {

  /** The ranges offered as one click. */
  public enum Preset {
    TODAY("Today"),
    WEEK("7 days"),
    ALL("All");

    private final String label;

    Preset(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  private final Clock clock;
  private final StringProperty domain = new SimpleStringProperty(this, "domain", "");
  private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
  private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
  private final ObjectProperty<Severity> worstAtLeast =
      new SimpleObjectProperty<>(this, "worstAtLeast");

  public HistoryFilter(Clock clock) {
    this.clock = clock;
  }

  /** Sets the date range to a preset relative to today. */
  public void use(Preset preset) {
    LocalDate today = LocalDate.now(clock);
    switch (preset) {
      case TODAY -> range(today, today);
      case WEEK -> range(today.minusDays(6), today);
      case ALL -> range(null, null);
    }
  }

  private void range(LocalDate first, LocalDate last) {
    from.set(first);
    to.set(last);
  }

  /** The query for the database, at most {@code limit} sessions. */
  public HistoryQuery query(int limit) {
    ZoneId zone = clock.getZone();
    LocalDate first = from.get();
    LocalDate last = to.get();
    return HistoryQuery.newest(limit)
        .forDomain(domainOf(domain.get()))
        .startedBetween(
            first == null ? null : first.atStartOfDay(zone).toInstant(),
            last == null ? null : last.plusDays(1).atStartOfDay(zone).toInstant())
        .worstAtLeast(worstAtLeast.get());
  }

  /** A typed address counts as its domain, so "alice@example.org" finds example.org. */
  static String domainOf(String text) {
    if (text == null) {
      return null;
    }
    String value = text.strip();
    int at = value.lastIndexOf('@');
    value = at >= 0 ? value.substring(at + 1) : value;
    return value.endsWith(".") ? value.substring(0, value.length() - 1) : value;
  }

  /** Everything a change of which should re-read the list. */
  Observable[] criteria() {
    return new Observable[] {domain, from, to, worstAtLeast};
  }

  public StringProperty domainProperty() {
    return domain;
  }

  public ObjectProperty<LocalDate> fromProperty() {
    return from;
  }

  public ObjectProperty<LocalDate> toProperty() {
    return to;
  }

  public ObjectProperty<Severity> worstAtLeastProperty() {
    return worstAtLeast;
  }
}
