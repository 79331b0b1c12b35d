package org.mailpath.history;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.HashMap;
import java.util.Map;

/**
 * A record class's components, as {@link RecordJson} reads and writes them: their names and generic
 * types in declaration order, their accessors and the canonical constructor. Looked up once per
 * class.
 */
final class RecordShape {

  private static final ClassValue<RecordShape> SHAPES =
      new ClassValue<>() {
        @Override
        protected RecordShape computeValue(Class<?> type) {
          return new RecordShape(type);
        }
      };

  private final Class<?> type;
  private final String[] names;
  private final Type[] types;
  private final Method[] accessors;
  private final Map<String, Integer> indexByName = new HashMap<>();
  private final Constructor<?> canonical;

  private RecordShape(Class<?> type) {
    this.type = type;
    RecordComponent[] components = type.getRecordComponents();
    names = new String[components.length];
    types = new Type[components.length];
    accessors = new Method[components.length];
    Class<?>[] parameterTypes = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      names[i] = components[i].getName();
      types[i] = components[i].getGenericType();
      accessors[i] = components[i].getAccessor();
      accessors[i].setAccessible(true); // records nested in a package-private type
      parameterTypes[i] = components[i].getType();
      indexByName.put(names[i], i);
    }
    try {
      canonical = type.getDeclaredConstructor(parameterTypes);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("a record without its canonical constructor: " + type, e);
    }
    canonical.setAccessible(true);
  }

  static RecordShape of(Class<?> recordType) {
    return SHAPES.get(recordType);
  }

  Class<?> type() {
    return type;
  }

  int size() {
    return names.length;
  }

  String name(int index) {
    return names[index];
  }

  Type type(int index) {
    return types[index];
  }

  /** The component's index, or -1 when the record has no component of that name. */
  int indexOf(String name) {
    Integer index = indexByName.get(name);
    return index == null ? -1 : index;
  }

  Object component(Object record, int index) {
    try {
      return accessors[index].invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException(
          "cannot read " + type.getSimpleName() + "." + names[index], e);
    }
  }

  /** The values of components missing from the JSON: null, or 0 or false for a primitive. */
  Object[] absentValues() {
    Object[] values = new Object[names.length];
    for (int i = 0; i < values.length; i++) {
      values[i] = absent(accessors[i].getReturnType());
    }
    return values;
  }

  /** What a missing or null value of {@code type} is: null, or 0 or false for a primitive. */
  static Object absent(Class<?> type) {
    if (type == int.class) {
      return 0;
    }
    if (type == long.class) {
      return 0L;
    }
    if (type == boolean.class) {
      return false;
    }
    if (type.isPrimitive()) {
      throw new IllegalArgumentException("no JSON form for " + type);
    }
    return null;
  }

  /**
   * The record of these values.
   *
   * @throws IOException wrapping what the record's constructor threw, when it refuses them
   */
  Object construct(Object[] values) throws IOException {
    try {
      return canonical.newInstance(values);
    } catch (InvocationTargetException e) {
      throw new IOException(type.getSimpleName() + " refuses the stored values", e.getCause());
    } catch (InstantiationException | IllegalAccessException e) {
      throw new IllegalStateException("cannot construct " + type, e);
    }
  }
}
