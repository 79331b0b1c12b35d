package org.mailpath.policy.sts;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Parses the body of {@code /.well-known/mta-sts.txt} (RFC 8461 §3.2). */
public final class StsPolicyParser {
  private StsPolicyParser() {}

  /** RFC 8461 §3.2: "max_age ... up to 31557600" seconds (about one year). */
  static final long MAX_AGE_LIMIT = 31_557_600L;

  // RFC 8461 §3.2: sts-policy-term = LF / CRLF
  private static final Pattern LINE_END = Pattern.compile("\r?\n");
  // RFC 8461 §3.2: sts-policy-max-age-value = 1*10(DIGIT)
  private static final Pattern MAX_AGE = Pattern.compile("[0-9]{1,10}");
  // RFC 8461 §3.2: sts-policy-mx-value = ["*."] Domain (Domain as in RFC 5321 §4.1.2)
  private static final Pattern MX =
      Pattern.compile(
          "(\\*\\.)?[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*\\.?");
  // RFC 8461 §3.2: sts-policy-ext-name = (ALPHA / DIGIT) *31(ALPHA / DIGIT / "_" / "-" / ".")
  private static final Pattern FIELD_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,31}");

  /**
   * The policy or, when it is malformed, why (an RFC 8460 §4.3.2 "sts-policy-invalid").
   *
   * @param policy the policy, or null
   * @param problem why there is none, or null
   */
  public record Result(StsPolicy policy, String problem) {
    public boolean valid() {
      return policy != null;
    }
  }

  public static Result parse(String body) {
    String version = null;
    String mode = null;
    String maxAge = null;
    List<String> mx = new ArrayList<>();
    String[] lines = LINE_END.split(body, -1);
    // RFC 8461 §3.2: the last field may end with a terminator. Blank lines after it are not in
    // the ABNF, but they are common and harmless, so they are tolerated; a blank line between
    // fields is not.
    int end = lines.length;
    while (end > 0 && lines[end - 1].isBlank()) {
      end--;
    }
    for (int i = 0; i < end; i++) {
      String line = lines[i];
      int colon = line.indexOf(':');
      if (colon < 0) {
        return invalid("line " + (i + 1) + " is not \"key: value\": \"" + line + "\"");
      }
      String key = line.substring(0, colon);
      // RFC 8461 §3.2: sts-policy-field-delim = ":" *WSP, and *WSP may follow each field
      String value = line.substring(colon + 1).strip();
      if (!FIELD_NAME.matcher(key).matches()) {
        return invalid("line " + (i + 1) + " has a malformed key: \"" + key + "\"");
      }
      switch (key) {
        case "version" -> {
          if (version != null) {
            return invalid("\"version\" appears twice");
          }
          version = value;
        }
        case "mode" -> {
          if (mode != null) {
            return invalid("\"mode\" appears twice");
          }
          mode = value;
        }
        case "max_age" -> {
          if (maxAge != null) {
            return invalid("\"max_age\" appears twice");
          }
          maxAge = value;
        }
        case "mx" -> {
          if (!MX.matcher(value).matches()) {
            return invalid("malformed mx pattern: \"" + value + "\"");
          }
          mx.add(value);
        }
        default -> {
          // RFC 8461 §3.2: "Unknown fields MUST be ignored to allow for future extension."
        }
      }
    }
    return assemble(version, mode, maxAge, mx);
  }

  private static Result assemble(String version, String mode, String maxAge, List<String> mx) {
    // RFC 8461 §3.2: version, mode and max_age are each required exactly once.
    if (version == null) {
      return invalid("the policy has no \"version\" field");
    }
    if (!version.equals("STSv1")) {
      return invalid("version must be STSv1, found \"" + version + "\"");
    }
    if (mode == null) {
      return invalid("the policy has no \"mode\" field");
    }
    StsMode parsedMode = StsMode.byKeyword(mode).orElse(null);
    if (parsedMode == null) {
      return invalid("mode must be enforce, testing or none, found \"" + mode + "\"");
    }
    if (maxAge == null) {
      return invalid("the policy has no \"max_age\" field");
    }
    if (!MAX_AGE.matcher(maxAge).matches()) {
      return invalid("max_age must be 1 to 10 digits, found \"" + maxAge + "\"");
    }
    long seconds = Long.parseLong(maxAge);
    if (seconds > MAX_AGE_LIMIT) {
      return invalid(
          "max_age " + seconds + " exceeds " + MAX_AGE_LIMIT + " seconds (RFC 8461 §3.2)");
    }
    // RFC 8461 §3.2 ABNF: mx is "required at least once, except when mode is 'none'".
    if (mx.isEmpty() && parsedMode != StsMode.NONE) {
      return invalid("the policy has no \"mx\" field, required unless mode is none");
    }
    return new Result(new StsPolicy(parsedMode, seconds, mx), null);
  }

  private static Result invalid(String problem) {
    return new Result(null, problem);
  }
}
