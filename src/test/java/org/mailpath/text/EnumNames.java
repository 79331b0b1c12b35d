package org.mailpath.text;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds internal enum names in text meant for people: SNAKE_CASE words, and the bare constants of
 * every mailpath enum reachable from the given types (found by reflection, so a new enum in a
 * report type is scanned without anyone listing it).
 */
public final class EnumNames {

  private static final Pattern SNAKE = Pattern.compile("\\b[A-Z]+_[A-Z_]+\\b");
  private static final Pattern CAPS_WORD = Pattern.compile("\\b[A-Z][A-Z0-9]+\\b");

  /**
   * Constants that are also protocol words, and so may appear where the protocol is quoted:
   *
   * <ul>
   *   <li>SMTP verbs and extension keywords (RFC 5321 §4.1.1, RFC 3207, RFC 8689): EHLO, STARTTLS,
   *       QUIT, REQUIRETLS;
   *   <li>the names of the protocols themselves: TLS, DANE, MX (also the DNS RR type), HTTPS;
   * </ul>
   *
   * Cipher suite names (TLS_AES_128_GCM_SHA256) end in digits, so the SNAKE pattern, which wants a
   * word boundary after letters or underscores, does not match them.
   */
  public static final Set<String> PROTOCOL_WORDS =
      Set.of("EHLO", "STARTTLS", "QUIT", "REQUIRETLS", "TLS", "DANE", "MX", "HTTPS");

  /**
   * Names from outside mailpath that text quotes as they are spelled at their source. The PDF may
   * break any of them across a line, so each matches with white space between its characters.
   *
   * <ul>
   *   <li>{@code MAIL FROM}, {@code RCPT TO}: SMTP commands (RFC 5321 §4.1.1.2, §4.1.1.3);
   *   <li>{@code 200 OK}: an HTTP status line quoted from the MTA-STS policy server (RFC 9110
   *       §15.3.1);
   *   <li>{@code TLS_README}: the Postfix document a sender profile cites;
   *   <li>{@code %ALLOW_KEY_USAGE_VIOLATION}: a GnuTLS priority-string keyword, quoted from its
   *       manual.
   * </ul>
   */
  public static final List<String> QUOTED_NAMES =
      List.of("MAIL FROM", "RCPT TO", "200 OK", "TLS_README", "%ALLOW_KEY_USAGE_VIOLATION");

  private static final List<Pattern> QUOTED =
      QUOTED_NAMES.stream().map(EnumNames::brokenAnywhere).toList();

  /** Two hex digits between colons: a byte of a certificate fingerprint, not a word. */
  private static final Pattern HEX_BYTE = Pattern.compile("[0-9A-F]{2}");

  private final Set<String> constants;

  private EnumNames(Set<String> constants) {
    this.constants = constants;
  }

  /** The constants of every org.mailpath enum reachable from {@code roots}, plus {@code extra}. */
  public static EnumNames reachableFrom(
      List<Class<?>> roots, List<Class<? extends Enum<?>>> extra) {
    Set<Class<?>> enums = new LinkedHashSet<>(extra);
    Set<Class<?>> seen = new HashSet<>();
    Deque<Type> todo = new ArrayDeque<>(roots);
    while (!todo.isEmpty()) {
      Type t = todo.pop();
      if (t instanceof ParameterizedType p) {
        todo.addAll(Arrays.asList(p.getActualTypeArguments()));
        todo.push(p.getRawType());
      } else if (t instanceof WildcardType w) {
        todo.addAll(Arrays.asList(w.getUpperBounds()));
      } else if (t instanceof Class<?> c && ours(c) && seen.add(c)) {
        if (c.isEnum()) {
          enums.add(c);
        } else if (c.isRecord()) {
          for (RecordComponent rc : c.getRecordComponents()) {
            todo.push(rc.getGenericType());
          }
        } else {
          for (Field f : c.getDeclaredFields()) {
            if (!Modifier.isStatic(f.getModifiers())) {
              todo.push(f.getGenericType());
            }
          }
        }
        Arrays.stream(c.getDeclaredClasses()).filter(Class::isEnum).forEach(enums::add);
      }
    }
    Set<String> names = new TreeSet<>();
    for (Class<?> e : enums) {
      for (Object constant : e.getEnumConstants()) {
        names.add(((Enum<?>) constant).name());
      }
    }
    return new EnumNames(names);
  }

  private static boolean ours(Class<?> c) {
    return c.getName().startsWith("org.mailpath.");
  }

  /** Every constant found, for a test that checks the scan looks at enough. */
  public Set<String> constants() {
    return constants;
  }

  /** The enum-looking words in {@code text}, each with a little context; empty when clean. */
  public List<String> leaks(String text) {
    for (Pattern quoted : QUOTED) {
      text = quoted.matcher(text).replaceAll(" ");
    }
    Map<String, String> out = new LinkedHashMap<>();
    Matcher snake = SNAKE.matcher(text);
    while (snake.find()) {
      if (!PROTOCOL_WORDS.contains(snake.group())) {
        out.putIfAbsent(snake.group(), context(text, snake));
      }
    }
    Matcher caps = CAPS_WORD.matcher(text);
    while (caps.find()) {
      if (constants.contains(caps.group())
          && !PROTOCOL_WORDS.contains(caps.group())
          && !fingerprintByte(text, caps)) {
        out.putIfAbsent(caps.group(), context(text, caps));
      }
    }
    return List.copyOf(out.values());
  }

  private static Pattern brokenAnywhere(String name) {
    StringBuilder regex = new StringBuilder();
    for (char c : name.toCharArray()) {
      if (!regex.isEmpty()) {
        regex.append("\\s*");
      }
      regex.append(c == ' ' ? "" : Pattern.quote(String.valueOf(c)));
    }
    return Pattern.compile(regex.toString());
  }

  private static boolean fingerprintByte(String text, Matcher m) {
    if (!HEX_BYTE.matcher(m.group()).matches()) {
      return false;
    }
    boolean colonAfter = m.end() < text.length() && text.charAt(m.end()) == ':';
    String before = text.substring(0, m.start()).stripTrailing();
    return colonAfter || before.endsWith(":");
  }

  private static String context(String text, Matcher m) {
    int from = Math.max(0, m.start() - 30);
    int to = Math.min(text.length(), m.end() + 30);
    return m.group() + "  in  \"" + text.substring(from, to).replace('\n', ' ') + "\"";
  }
}
