package org.mailpath.policy.sts;

import java.util.List;
import java.util.regex.Pattern;
import org.mailpath.text.RemoteText;

/**
 * What the {@code _mta-sts.<domain>} TXT RRset announces (RFC 8461 §3.1).
 *
 * @param status whether a policy is announced
 * @param id the policy id when {@link Status#ANNOUNCED}, else null
 * @param record the one STSv1 record considered, or null
 * @param problem why the RRset announces no usable policy, or null
 */
public record StsTxtRecord(Status status, String id, String record, String problem) {

  /** The record and the problem quote a DNS TXT string: remote text (RemoteText). */
  public StsTxtRecord {
    record = RemoteText.visible(record);
    problem = RemoteText.visible(problem);
  }

  public enum Status {
    /** Exactly one valid STSv1 record: senders go on to fetch the policy. */
    ANNOUNCED("announced"),
    /** No record begins with "v=STSv1": the domain has not implemented MTA-STS. */
    NONE("no record"),
    /**
     * STSv1 records exist but not exactly one valid one; RFC 8461 §3.1 says senders then assume no
     * policy, yet the publisher meant one, so mailpath reports it apart from {@link #NONE}.
     */
    INVALID("invalid record");

    private final String label;

    Status(String label) {
      this.label = label;
    }

    /** The record in words: "announced", "no record", "invalid record". */
    public String label() {
      return label;
    }
  }

  // RFC 8461 §3.1: "records that do not begin with "v=STSv1;" are discarded". A record that is
  // only "v=STSv1" (no ";") is kept here so that it is reported as invalid (it lacks the id).
  private static final Pattern VERSION = Pattern.compile("^v=STSv1[ \\t]*(;|$)");
  // RFC 8461 §3.1 ABNF: sts-field-delim = *WSP ";" *WSP
  private static final Pattern DELIMITER = Pattern.compile("[ \\t]*;[ \\t]*");
  // RFC 8461 §3.1: sts-id = %s"id=" 1*32(ALPHA / DIGIT)
  private static final Pattern ID = Pattern.compile("id=([A-Za-z0-9]{1,32})");
  // RFC 8461 §3.1: sts-ext-name = (ALPHA / DIGIT) 0*31(ALPHA / DIGIT / "_" / "-" / ".");
  // sts-ext-value = 1*(%x21-3A / %x3C / %x3E-7E), i.e. visible characters but ";" and "="
  private static final Pattern EXTENSION =
      Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,31}=[\\x21-\\x3A\\x3C\\x3E-\\x7E]+");

  /**
   * Parses the TXT RRset.
   *
   * @param txtRecords one string per TXT record, its character-strings already concatenated (RFC
   *     8461 §3.1 defers to RFC 7208 §3.3 for records split into several strings)
   */
  public static StsTxtRecord parse(List<String> txtRecords) {
    List<String> sts = txtRecords.stream().filter(r -> VERSION.matcher(r).find()).toList();
    if (sts.isEmpty()) {
      return new StsTxtRecord(Status.NONE, null, null, null);
    }
    // RFC 8461 §3.1: "If the number of resulting records is not one ... senders MUST assume the
    // recipient domain does not have an available MTA-STS Policy."
    if (sts.size() > 1) {
      return new StsTxtRecord(
          Status.INVALID,
          null,
          null,
          sts.size() + " TXT records begin with v=STSv1; exactly one is allowed");
    }
    return parseOne(sts.get(0));
  }

  private static StsTxtRecord parseOne(String record) {
    String[] fields = DELIMITER.split(record.strip(), -1);
    String id = null;
    // fields[0] is "v=STSv1" (checked by VERSION)
    for (int i = 1; i < fields.length; i++) {
      String field = fields[i];
      if (field.isEmpty() && i == fields.length - 1) {
        continue; // RFC 8461 §3.1: a trailing delimiter is allowed
      }
      if (field.startsWith("id=")) {
        var m = ID.matcher(field);
        if (!m.matches()) {
          return invalid(record, "the id must be 1 to 32 letters or digits: " + field);
        }
        if (id != null) {
          return invalid(record, "the record has two id fields");
        }
        id = m.group(1);
      } else if (!EXTENSION.matcher(field).matches()) {
        return invalid(record, "malformed field: \"" + field + "\"");
      }
    }
    if (id == null) {
      return invalid(record, "the record has no id field (RFC 8461 §3.1 requires one)");
    }
    return new StsTxtRecord(Status.ANNOUNCED, id, record, null);
  }

  private static StsTxtRecord invalid(String record, String problem) {
    return new StsTxtRecord(Status.INVALID, null, record, problem);
  }
}
