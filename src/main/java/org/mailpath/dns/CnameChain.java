package org.mailpath.dns;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.xbill.DNS.CNAMERecord;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.TextParseException;

/** Following CNAME chains within and across answers. */
final class CnameChain {

  // RFC 1034 §3.6.2 forbids CNAME chains in principle; resolvers bound them. 8 is generous.
  static final int MAX_LENGTH = 8;

  private CnameChain() {}

  /** Follows a chain the server already expanded in the same answer section. */
  static List<Record> recordsAt(
      Message response, Name start, int type, List<String> chain, Set<Name> seen) {
    Name at = start;
    for (int hop = 0; hop < MAX_LENGTH; hop++) {
      List<Record> found = new ArrayList<>();
      Name nextAlias = null;
      for (Record r : response.getSection(Section.ANSWER)) {
        if (r.getName().equals(at) && r.getType() == type) {
          found.add(r);
        } else if (r instanceof CNAMERecord c && c.getName().equals(at)) {
          nextAlias = c.getTarget();
        }
      }
      if (!found.isEmpty()) {
        return found;
      }
      if (nextAlias == null || !seen.add(nextAlias)) {
        return List.of();
      }
      chain.add(strip(nextAlias));
      at = nextAlias;
    }
    return List.of();
  }

  static Name lastName(List<String> chain) {
    try {
      return Name.fromString(chain.get(chain.size() - 1) + ".");
    } catch (TextParseException e) {
      throw new IllegalStateException(e);
    }
  }

  static String strip(Name name) {
    String text = name.toString();
    return text.endsWith(".") && text.length() > 1 ? text.substring(0, text.length() - 1) : text;
  }
}
