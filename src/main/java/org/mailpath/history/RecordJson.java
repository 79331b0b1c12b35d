package org.mailpath.history;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The history's JSON for records, read and written with Jackson's streaming parser alone: a record
 * is an object of its components by name, a {@code List} an array, an enum its constant's name,
 * {@code Instant} and {@code Duration} ISO-8601 text, {@code String}, {@code int}, {@code long} and
 * {@code boolean} (boxed or not) themselves, and null is null. That is what Jackson's data binding
 * wrote for {@link ReportCodec#FORMAT_1}, and it is read as leniently: a property the record does
 * not have is skipped; one it lacks is null, or 0 or false for a primitive.
 *
 * <p>Why not the data binding: to read the first stored report, it loaded some 640 classes and took
 * about half a second, a fifth of a cold {@code mailpath report} process.
 */
final class RecordJson {

  private static final JsonFactory FACTORY = new JsonFactory();

  private RecordJson() {}

  /** The record as JSON text. */
  static String write(Record value) {
    StringWriter text = new StringWriter();
    try (JsonGenerator out = FACTORY.createGenerator(text)) {
      write(out, value, value.getClass());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write JSON to a string", e);
    }
    return text.toString();
  }

  /**
   * The {@code type} record that {@code json} holds, or null for the JSON literal null. Text after
   * the first value is ignored, as the data binding did.
   *
   * @throws IOException if the text is not JSON, a value is not of its component's type, or the
   *     record refuses the values (its constructor throws)
   */
  static <T extends Record> T read(String json, Class<T> type) throws IOException {
    try (JsonParser in = FACTORY.createParser(json)) {
      if (in.nextToken() == null) {
        throw new JsonParseException(in, "no JSON value");
      }
      return type.cast(read(in, type));
    }
  }

  private static void write(JsonGenerator out, Object value, Type type) throws IOException {
    Class<?> raw = raw(type);
    if (value == null) {
      out.writeNull();
    } else if (value instanceof String text) {
      out.writeString(text);
    } else if (value instanceof Integer number) {
      out.writeNumber(number);
    } else if (value instanceof Long number) {
      out.writeNumber(number);
    } else if (value instanceof Boolean yes) {
      out.writeBoolean(yes);
    } else if (value instanceof Instant || value instanceof Duration) {
      out.writeString(value.toString()); // ISO-8601, as Instant.parse and Duration.parse read
    } else if (value instanceof Enum<?> constant) {
      out.writeString(constant.name());
    } else if (value instanceof List<?> list) {
      Type element = elementType(type);
      out.writeStartArray();
      for (Object item : list) {
        write(out, item, element);
      }
      out.writeEndArray();
    } else if (raw.isRecord()) {
      RecordShape shape = RecordShape.of(raw);
      out.writeStartObject();
      for (int i = 0; i < shape.size(); i++) {
        out.writeFieldName(shape.name(i));
        write(out, shape.component(value, i), shape.type(i));
      }
      out.writeEndObject();
    } else {
      throw new IllegalArgumentException("no JSON form for " + type.getTypeName());
    }
  }

  /** The value at the parser's current token, as {@code type}. */
  private static Object read(JsonParser in, Type type) throws IOException {
    Class<?> raw = raw(type);
    JsonToken token = in.currentToken();
    if (token == JsonToken.VALUE_NULL) {
      return RecordShape.absent(raw);
    }
    if (raw == String.class) {
      return expect(in, JsonToken.VALUE_STRING, type).getText();
    }
    if (raw == int.class || raw == Integer.class) {
      return expect(in, JsonToken.VALUE_NUMBER_INT, type).getIntValue();
    }
    if (raw == long.class || raw == Long.class) {
      return expect(in, JsonToken.VALUE_NUMBER_INT, type).getLongValue();
    }
    if (raw == boolean.class || raw == Boolean.class) {
      if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
        throw mismatch(in, type);
      }
      return token == JsonToken.VALUE_TRUE;
    }
    if (raw == Instant.class || raw == Duration.class || raw.isEnum()) {
      return parsed(in, raw, expect(in, JsonToken.VALUE_STRING, type).getText());
    }
    if (raw == List.class) {
      return list(in, type);
    }
    if (raw.isRecord()) {
      return record(in, RecordShape.of(raw));
    }
    throw new IllegalArgumentException("no JSON form for " + type.getTypeName());
  }

  private static List<Object> list(JsonParser in, Type type) throws IOException {
    expect(in, JsonToken.START_ARRAY, type);
    Type element = elementType(type);
    List<Object> items = new ArrayList<>();
    while (in.nextToken() != JsonToken.END_ARRAY) {
      items.add(read(in, element));
    }
    return Collections.unmodifiableList(items);
  }

  private static Object record(JsonParser in, RecordShape shape) throws IOException {
    expect(in, JsonToken.START_OBJECT, shape.type());
    Object[] values = shape.absentValues();
    while (in.nextToken() == JsonToken.FIELD_NAME) {
      int index = shape.indexOf(in.currentName());
      in.nextToken();
      if (index < 0) {
        in.skipChildren(); // a component an earlier or later mailpath had
      } else {
        values[index] = read(in, shape.type(index));
      }
    }
    return shape.construct(values);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object parsed(JsonParser in, Class<?> type, String text) throws IOException {
    try {
      if (type == Instant.class) {
        return Instant.parse(text);
      }
      if (type == Duration.class) {
        return Duration.parse(text);
      }
      return Enum.valueOf((Class<? extends Enum>) type, text);
    } catch (DateTimeParseException | IllegalArgumentException e) {
      throw new JsonParseException(in, "not a " + type.getSimpleName() + ": " + text, e);
    }
  }

  private static JsonParser expect(JsonParser in, JsonToken token, Type type) throws IOException {
    if (in.currentToken() != token) {
      throw mismatch(in, type);
    }
    return in;
  }

  private static JsonParseException mismatch(JsonParser in, Type type) {
    return new JsonParseException(
        in, "expected " + type.getTypeName() + " but found " + words(in.currentToken()));
  }

  private static String words(JsonToken token) {
    if (token == null) {
      return "the end of the text";
    }
    return switch (token) {
      case VALUE_STRING -> "text";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "true or false";
      case START_OBJECT -> "an object";
      case START_ARRAY -> "a list";
      default -> "'" + token.asString() + "'";
    };
  }

  private static Class<?> raw(Type type) {
    return type instanceof ParameterizedType generic
        ? (Class<?>) generic.getRawType()
        : (Class<?>) type;
  }

  private static Type elementType(Type listType) {
    if (listType instanceof ParameterizedType generic) {
      return generic.getActualTypeArguments()[0];
    }
    throw new IllegalArgumentException("a list without its element type: " + listType);
  }
}
