package org.mailpath.policy.senders;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Postfix's configuration syntax as postconf(5) defines it: "name = value" lines, "#" comment
 * lines, and lines that start with whitespace continuing the one before; and the inline map type
 * "inline:{ key=value, { key = value with spaces } }" (Postfix 3.0 and later, DATABASE_README).
 */
final class MainCfSyntax {
  private MainCfSyntax() {}

  /** At most this many characters are read: a main.cf excerpt, not a file system. */
  static final int MAX_CHARS = 64 * 1024;

  static Map<String, String> settings(String text) {
    if (text.length() > MAX_CHARS) {
      throw new IllegalArgumentException(
          "the main.cf excerpt is longer than " + MAX_CHARS + " characters");
    }
    Map<String, String> out = new LinkedHashMap<>();
    String name = null;
    StringBuilder value = new StringBuilder();
    for (String line : text.split("\r?\n")) {
      if (line.isBlank() || line.stripLeading().startsWith("#")) {
        continue;
      }
      if (Character.isWhitespace(line.charAt(0))) {
        if (name == null) {
          throw new IllegalArgumentException("a continuation line before any setting: " + line);
        }
        value.append(' ').append(line.strip());
        continue;
      }
      if (name != null) {
        out.put(name, value.toString().strip());
      }
      int eq = line.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("not a \"name = value\" line: " + line.strip());
      }
      name = line.substring(0, eq).strip().toLowerCase(Locale.ROOT);
      value = new StringBuilder(line.substring(eq + 1).strip());
    }
    if (name != null) {
      out.put(name, value.toString().strip());
    }
    return out;
  }

  /** The entries of an inline table; any other map type cannot be read from here. */
  static Map<String, String> inlineTable(String maps) {
    String m = maps.strip();
    if (!m.startsWith("inline:{") || !m.endsWith("}")) {
      throw new IllegalArgumentException(
          PostfixMainCf.POLICY_MAPS
              + " must be an inline:{ … } table here; mailpath cannot read "
              + m.split("\\s")[0]);
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (String entry : entries(m.substring("inline:{".length(), m.length() - 1))) {
      int eq = entry.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("not a key=value entry in the inline table: " + entry);
      }
      out.put(
          entry.substring(0, eq).strip().toLowerCase(Locale.ROOT), entry.substring(eq + 1).strip());
    }
    return out;
  }

  /** Splits at commas and whitespace outside braces; "{ … }" is one entry, braces removed. */
  private static List<String> entries(String body) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int depth = 0;
    for (char c : body.toCharArray()) {
      if (c == '{') {
        depth++;
        if (depth == 1) {
          continue;
        }
      } else if (c == '}') {
        depth--;
        if (depth < 0) {
          throw new IllegalArgumentException("unbalanced braces in the inline table");
        }
        if (depth == 0) {
          flush(current, out);
          continue;
        }
      }
      if (depth == 0 && (c == ',' || Character.isWhitespace(c))) {
        flush(current, out);
      } else {
        current.append(c);
      }
    }
    if (depth != 0) {
      throw new IllegalArgumentException("unbalanced braces in the inline table");
    }
    flush(current, out);
    return out;
  }

  private static void flush(StringBuilder current, List<String> out) {
    if (!current.toString().isBlank()) {
      out.add(current.toString().strip());
    }
    current.setLength(0);
  }
}
