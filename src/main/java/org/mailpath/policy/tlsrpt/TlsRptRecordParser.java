package org.mailpath.policy.tlsrpt;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.mailpath.policy.tlsrpt.TlsRptRecord.ReportUri;
import org.mailpath.policy.tlsrpt.TlsRptRecord.Status;

/** Parses the TXT RRset at {@code _smtp._tls.<domain>} (RFC 8460 §3). */
public final class TlsRptRecordParser {
  private TlsRptRecordParser() {}

  // RFC 8460 §3: "records that do not begin with "v=TLSRPTv1;" are discarded"
  private static final Pattern VERSION = Pattern.compile("^v=TLSRPTv1[ \\t]*(;|$)");
  // RFC 8460 §3: field-delim = *WSP ";" *WSP
  private static final Pattern FIELD_DELIMITER = Pattern.compile("[ \\t]*;[ \\t]*");
  // RFC 8460 §3: tlsrpt-rua = %s"rua=" tlsrpt-uri *(*WSP "," *WSP tlsrpt-uri)
  private static final Pattern URI_DELIMITER = Pattern.compile("[ \\t]*,[ \\t]*");
  // RFC 8460 §3: tlsrpt-ext-name = (ALPHA / DIGIT) *31(ALPHA / DIGIT / "_" / "-" / ".")
  private static final Pattern EXTENSION =
      Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,31}=[\\x21-\\x3A\\x3C\\x3E-\\x7E]+");
  // A dot-atom local part (RFC 5322 §3.2.3), percent-encoded octets allowed (RFC 6068 §2)
  private static final Pattern LOCAL_PART = Pattern.compile("[A-Za-z0-9!#$&'*+/=^_`{|}~.%-]+");
  // A host name (RFC 5321 §4.1.2 Domain)
  private static final Pattern DOMAIN =
      Pattern.compile(
          "[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*\\.?");

  /**
   * @param txtRecords one string per TXT record, character-strings already concatenated
   */
  public static TlsRptRecord parse(List<String> txtRecords) {
    List<String> candidates = txtRecords.stream().filter(r -> VERSION.matcher(r).find()).toList();
    if (candidates.isEmpty()) {
      return new TlsRptRecord(Status.NONE, null, List.of(), null);
    }
    // RFC 8460 §3: "If the number of resulting records is not one, or if the resulting record is
    // syntactically invalid, senders MUST assume the recipient domain does not implement TLSRPT."
    if (candidates.size() > 1) {
      return new TlsRptRecord(
          Status.INVALID,
          null,
          List.of(),
          candidates.size() + " TXT records begin with v=TLSRPTv1; exactly one is allowed");
    }
    return parseOne(candidates.get(0));
  }

  private static TlsRptRecord parseOne(String record) {
    String[] fields = FIELD_DELIMITER.split(record.strip(), -1);
    List<ReportUri> uris = null;
    for (int i = 1; i < fields.length; i++) {
      String field = fields[i];
      if (field.isEmpty() && i == fields.length - 1) {
        continue; // RFC 8460 §3: a trailing field-delim is allowed
      }
      if (field.startsWith("rua=")) {
        if (uris != null) {
          return invalid(record, "the record has two rua fields");
        }
        uris = new ArrayList<>();
        for (String uri : URI_DELIMITER.split(field.substring(4), -1)) {
          String problem = uriProblem(uri);
          if (problem != null) {
            return invalid(record, problem);
          }
          uris.add(
              new ReportUri(
                  uri.regionMatches(true, 0, "mailto:", 0, 7)
                      ? ReportUri.Kind.MAILTO
                      : ReportUri.Kind.HTTPS,
                  uri));
        }
      } else if (!EXTENSION.matcher(field).matches()) {
        return invalid(record, "malformed field: \"" + field + "\"");
      }
    }
    // RFC 8460 §3: the rua field is required.
    if (uris == null) {
      return invalid(record, "the record has no rua field (RFC 8460 §3 requires one)");
    }
    return new TlsRptRecord(Status.PRESENT, record, uris, null);
  }

  /** Null when {@code uri} is a mailto: with one address or an https: URL (RFC 8460 §3). */
  static String uriProblem(String uri) {
    if (uri.isEmpty()) {
      return "an rua URI is empty";
    }
    // RFC 3986 §2: a URI is visible ASCII. java.net.URI also takes other characters, so that a
    // right-to-left override (U+202E) or a zero-width space would pass in an https: path.
    if (!uri.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
      return "\"" + uri + "\" holds characters a URI cannot (RFC 3986 §2)";
    }
    String lower = uri.toLowerCase(Locale.ROOT);
    if (lower.startsWith("mailto:")) {
      String address = uri.substring(7);
      int query = address.indexOf('?');
      if (query >= 0) {
        address = address.substring(0, query);
      }
      int at = address.lastIndexOf('@');
      if (at <= 0
          || at == address.length() - 1
          || !LOCAL_PART.matcher(address.substring(0, at)).matches()
          || !DOMAIN.matcher(address.substring(at + 1)).matches()) {
        return "\"" + uri + "\" is a mailto: URI without a usable address";
      }
      return null;
    }
    if (lower.startsWith("https:")) {
      try {
        URI parsed = new URI(uri);
        if (parsed.getHost() == null) {
          return "\"" + uri + "\" is an https: URI without a host";
        }
        return null;
      } catch (URISyntaxException e) {
        return "\"" + uri + "\" is not a valid URI: " + e.getReason();
      }
    }
    // RFC 8460 §3: "The URI schemes "mailto:" and "https:" are supported"; others are unusable.
    return "\"" + uri + "\" uses a scheme other than mailto: or https:";
  }

  private static TlsRptRecord invalid(String record, String problem) {
    return new TlsRptRecord(Status.INVALID, record, List.of(), problem);
  }
}
