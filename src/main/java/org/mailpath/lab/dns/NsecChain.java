package org.mailpath.lab.dns;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.xbill.DNS.DClass;
import org.xbill.DNS.NSECRecord;
import org.xbill.DNS.Name;
import org.xbill.DNS.Type;

/**
 * The zone's NSEC records (RFC 4034 §4): one per owner name, in canonical order (RFC 4034 §6.1,
 * which dnsjava's {@link Name#compareTo} implements), each naming the next owner and the types its
 * own name has. They prove that a name or a type does not exist (RFC 4035 §3.1.3).
 */
final class NsecChain {

  private final NavigableMap<Name, NSECRecord> byOwner = new TreeMap<>();

  /**
   * @param typesByOwner every owner name with the types it holds (RRSIG and NSEC are added here)
   * @param ttl RFC 4035 §2.3: the SOA minimum, the negative-caching TTL
   */
  NsecChain(Map<Name, Set<Integer>> typesByOwner, long ttl) {
    List<Name> owners = new ArrayList<>(new TreeMap<>(typesByOwner).keySet());
    for (int i = 0; i < owners.size(); i++) {
      Name owner = owners.get(i);
      // RFC 4034 §4.1.1: the last NSEC points back to the apex, closing the chain.
      Name next = owners.get((i + 1) % owners.size());
      int[] types =
          Stream.concat(typesByOwner.get(owner).stream(), Stream.of(Type.RRSIG, Type.NSEC))
              .mapToInt(Integer::intValue)
              .distinct()
              .sorted()
              .toArray();
      byOwner.put(owner, new NSECRecord(owner, DClass.IN, ttl, next, types));
    }
  }

  List<NSECRecord> all() {
    return List.copyOf(byOwner.values());
  }

  /**
   * The NSEC that denies {@code name}'s absent types when it owns records, or that covers it
   * otherwise: the last owner before it in canonical order (RFC 4035 §3.1.3.2). For an empty
   * non-terminal the covering NSEC's next name lies below it, which proves NODATA.
   */
  NSECRecord matchingOrCovering(Name name) {
    NSECRecord exact = byOwner.get(name);
    if (exact != null) {
      return exact;
    }
    Map.Entry<Name, NSECRecord> before = byOwner.lowerEntry(name);
    // Every lab name sorts after the apex, which owns an NSEC; lastEntry is only a safeguard.
    return before != null ? before.getValue() : byOwner.lastEntry().getValue();
  }
}
