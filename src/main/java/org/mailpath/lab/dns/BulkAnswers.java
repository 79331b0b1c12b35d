package org.mailpath.lab.dns;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.mailpath.lab.scenario.BulkFamily;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Message;
import org.xbill.DNS.NSECRecord;
import org.xbill.DNS.Name;
import org.xbill.DNS.NameTooLongException;
import org.xbill.DNS.RRSIGRecord;
import org.xbill.DNS.RRset;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

/**
 * Answers names of the bulk family ({@link BulkFamily}) on demand: each answer is the scenario
 * name's RRset with the owner replaced, signed online with the zone key; a missing name or type is
 * denied with a minimally covering NSEC at the query name, also signed online (RFC 4470 §3), so
 * thousands of bulk domains cost no zone records and still validate.
 */
final class BulkAnswers {

  static final Name ORIGIN = Name.fromConstantString(BulkFamily.SUFFIX + ".");

  /** A bound on the signature cache: a long batch must not grow the lab without limit. */
  private static final int MAX_CACHED = 20_000;

  private final LabZone zone;
  private final Map<String, RRSIGRecord> signatures = new ConcurrentHashMap<>();

  BulkAnswers(LabZone zone) {
    this.zone = zone;
  }

  boolean covers(Name name) {
    return name.subdomain(ORIGIN);
  }

  void resolve(Name name, int type, Message response, boolean dnssec) {
    Optional<Name> source = BulkFamily.sourceName(name.toString()).map(BulkAnswers::absolute);
    Optional<RRset> copy = source.flatMap(s -> zone.find(s, type)).map(r -> renamed(r, name));
    if (copy.isPresent()) {
      add(copy.get(), Section.ANSWER, response, dnssec);
      return;
    }
    RRset soa = zone.find(LabZone.ORIGIN, Type.SOA).orElseThrow();
    soa.rrs().forEach(r -> response.addRecord(r, Section.AUTHORITY));
    if (dnssec) {
      zone.signatureOf(soa).ifPresent(s -> response.addRecord(s, Section.AUTHORITY));
      Set<Integer> types = new TreeSet<>(source.map(zone::typesAt).orElse(Set.of()));
      types.remove(type);
      types.add(Type.RRSIG);
      types.add(Type.NSEC);
      RRset nsec = new RRset();
      nsec.addRR(
          new NSECRecord(
              name,
              DClass.IN,
              LabZone.NEGATIVE_TTL,
              next(name),
              types.stream().mapToInt(Integer::intValue).toArray()));
      add(nsec, Section.AUTHORITY, response, true);
    }
  }

  private void add(RRset rrset, int section, Message response, boolean dnssec) {
    rrset.rrs().forEach(r -> response.addRecord(r, section));
    if (dnssec) {
      response.addRecord(signature(rrset), section);
    }
  }

  private RRSIGRecord signature(RRset rrset) {
    String key = rrset.getName() + "/" + rrset.getType();
    RRSIGRecord cached = signatures.get(key);
    if (cached != null) {
      return cached;
    }
    RRSIGRecord fresh = zone.signOnline(rrset);
    if (signatures.size() >= MAX_CACHED) {
      signatures.clear();
    }
    signatures.put(key, fresh);
    return fresh;
  }

  private static RRset renamed(RRset original, Name owner) {
    RRset copy = new RRset();
    for (Record r : original.rrs()) {
      copy.addRR(r.withName(owner));
    }
    return copy;
  }

  /** RFC 4470 §3: the immediate successor of a name is the name with a \000 label in front. */
  private static Name next(Name name) {
    try {
      return Name.concatenate(Name.fromConstantString("\\000"), name);
    } catch (NameTooLongException e) {
      return name;
    }
  }

  private static Name absolute(String name) {
    try {
      return Name.fromString(name, Name.root);
    } catch (TextParseException e) {
      throw new IllegalArgumentException("bad lab name " + name, e);
    }
  }
}
