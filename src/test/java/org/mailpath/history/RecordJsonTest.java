package org.mailpath.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** The history's record JSON on records of its own, for what a stored report never shows. */
class RecordJsonTest {

  enum Colour {
    RED,
    BLUE
  }

  record Part(String label, Colour colour) {}

  record Sample(
      String name,
      int count,
      long big,
      boolean on,
      Integer maybe,
      Instant at,
      Duration took,
      List<Part> parts) {}

  record Strict(String name) {
    Strict {
      Objects.requireNonNull(name, "name");
    }
  }

  @Test
  void write_thenRead_equalsOriginal() throws IOException {
    Sample sample =
        new Sample(
            "a \"quoted\" \\ name\n",
            -7,
            Long.MAX_VALUE,
            true,
            null,
            Instant.parse("2026-11-30T07:00:00.000000001Z"),
            Duration.ofMillis(1834),
            List.of(new Part("x", Colour.BLUE), new Part(null, null)));

    String json = RecordJson.write(sample);

    assertThat(json).contains("\"took\":\"PT1.834S\"", "\"colour\":\"BLUE\"", "\"maybe\":null");
    assertThat(RecordJson.read(json, Sample.class)).isEqualTo(sample);
  }

  @Test
  void read_missingComponents_nullOrZeroOrFalse() throws IOException {
    Sample sample = RecordJson.read("{}", Sample.class);

    assertThat(sample).isEqualTo(new Sample(null, 0, 0L, false, null, null, null, null));
  }

  @Test
  void read_nullForPrimitive_zero() throws IOException {
    assertThat(RecordJson.read("{\"count\":null,\"on\":null}", Sample.class).count()).isZero();
  }

  @Test
  void read_propertiesTheRecordHasNot_skippedWithWhatTheyHold() throws IOException {
    String json =
        "{\"gone\":{\"deep\":[1,{\"x\":[]}]},\"name\":\"kept\",\"also\":[[]],\"count\":3}";

    Sample sample = RecordJson.read(json, Sample.class);

    assertThat(sample.name()).isEqualTo("kept");
    assertThat(sample.count()).isEqualTo(3);
  }

  @Test
  void read_jsonNull_null() throws IOException {
    assertThat(RecordJson.read("null", Sample.class)).isNull();
  }

  @Test
  void read_textWhereNumber_failsNamingTheType() {
    assertThatThrownBy(() -> RecordJson.read("{\"count\":\"3\"}", Sample.class))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("expected int but found text");
  }

  @Test
  void read_numberTooLargeForInt_fails() {
    assertThatThrownBy(() -> RecordJson.read("{\"count\":3000000000}", Sample.class))
        .isInstanceOf(IOException.class);
  }

  @Test
  void read_unknownEnumConstant_fails() {
    assertThatThrownBy(() -> RecordJson.read("{\"parts\":[{\"colour\":\"GREEN\"}]}", Sample.class))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("not a Colour: GREEN");
  }

  @Test
  void read_badInstant_fails() {
    assertThatThrownBy(() -> RecordJson.read("{\"at\":\"yesterday\"}", Sample.class))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("not a Instant");
  }

  @Test
  void read_valuesTheRecordRefuses_fails() {
    assertThatThrownBy(() -> RecordJson.read("{}", Strict.class))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("Strict refuses the stored values")
        .hasRootCauseInstanceOf(NullPointerException.class);
  }

  @Test
  void read_noValue_fails() {
    assertThatThrownBy(() -> RecordJson.read("  ", Sample.class))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("no JSON value");
  }

  @Test
  void read_arrayWhereRecord_fails() {
    assertThatThrownBy(() -> RecordJson.read("[]", Sample.class))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("but found a list");
  }
}
