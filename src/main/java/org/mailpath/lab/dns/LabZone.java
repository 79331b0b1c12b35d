package org.mailpath.lab.dns;

import java.net.InetAddress;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.mailpath.lab.scenario.LabAddressPlan;
import org.mailpath.lab.scenario.ScenarioDefinition;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.NSECRecord;
import org.xbill.DNS.NSRecord;
import org.xbill.DNS.Name;
import org.xbill.DNS.NameTooLongException;
import org.xbill.DNS.RRSIGRecord;
import org.xbill.DNS.RRset;
import org.xbill.DNS.Record;
import org.xbill.DNS.SOARecord;
import org.xbill.DNS.Type;

/**
 * The lab's one zone, {@code test.}, as RRsets keyed by owner name and type, signed with DNSSEC
 * (RFC 4033–4035): a DNSKEY at the apex, one RRSIG per RRset and an NSEC chain over every owner, so
 * that answers, NODATA and NXDOMAIN can all be proven. Some RRsets are served with a broken RRSIG
 * on purpose, when a scenario asks for it.
 */
public final class LabZone {

  /** RFC 6761 §6.2: the lab is authoritative for the whole reserved TLD. */
  public static final Name ORIGIN = Name.fromConstantString("test.");

  /** One hour: lab data never changes while a lab runs, so the value is only cosmetic. */
  static final long TTL = 3600;

  /** RFC 2308 §5: the SOA minimum is the negative-caching TTL; short, so lab edits show fast. */
  static final long NEGATIVE_TTL = 60;

  /** The zone never changes while a lab runs, so its serial (RFC 1035 §3.3.13) stays 1. */
  private static final long SERIAL = 1;

  /**
   * SOA refresh, retry and expire (RFC 1035 §3.3.13) matter only to secondaries, which the lab has
   * none of; common values keep the record plausible.
   */
  private static final long REFRESH = 3600;

  private static final long RETRY = 600;
  private static final long EXPIRE = 86400;

  private static final Name NAME_SERVER = Name.fromConstantString("ns.lab.test.");
  private static final Name HOSTMASTER = Name.fromConstantString("hostmaster.lab.test.");
  private static final InetAddress NAME_SERVER_ADDRESS = InetAddress.getLoopbackAddress();

  /** RFC 4592 §2.1.1: the asterisk label of a wildcard owner name. */
  private static final Name WILDCARD = Name.fromConstantString("*");

  private final Map<Name, Map<Integer, RRset>> rrsets = new HashMap<>();
  private final Map<Name, Map<Integer, RRSIGRecord>> signatures = new HashMap<>();
  private final Set<Name> existingNames = new HashSet<>();
  private final SOARecord soa;
  private final ZoneKey key;
  private final NsecChain nsec;

  private LabZone(List<Record> records, Set<Name> brokenTlsaOwners, Instant now) {
    this.soa =
        new SOARecord(
            ORIGIN,
            DClass.IN,
            TTL,
            NAME_SERVER,
            HOSTMASTER,
            SERIAL,
            REFRESH,
            RETRY,
            EXPIRE,
            NEGATIVE_TTL);
    add(soa);
    add(new NSRecord(ORIGIN, DClass.IN, TTL, NAME_SERVER));
    add(new ARecord(NAME_SERVER, DClass.IN, TTL, NAME_SERVER_ADDRESS));
    records.forEach(this::add);
    this.key = ZoneKey.generate(ORIGIN, TTL, now);
    add(key.dnskey());
    this.nsec = new NsecChain(typesByOwner(), NEGATIVE_TTL);
    nsec.all().forEach(this::add);
    signEveryRRset(brokenTlsaOwners);
  }

  /** The zone for {@code definitions}, with every host at its address in {@code plan}. */
  public static LabZone of(List<ScenarioDefinition> definitions, LabAddressPlan plan) {
    ScenarioRecords scenarios = ScenarioRecords.of(definitions, plan);
    return new LabZone(scenarios.records(), scenarios.brokenTlsaOwners(), Instant.now());
  }

  public SOARecord soa() {
    return soa;
  }

  /** Whether {@code name} lies in this zone (at or below its origin). */
  public boolean contains(Name name) {
    return name.subdomain(ORIGIN);
  }

  /**
   * Whether {@code name} owns records or has descendants that do (RFC 8020 §2: an empty
   * non-terminal exists, so it answers NODATA, not NXDOMAIN).
   */
  public boolean exists(Name name) {
    return existingNames.contains(name);
  }

  public Optional<RRset> find(Name name, int type) {
    return Optional.ofNullable(rrsets.getOrDefault(name, Map.of()).get(type));
  }

  /** The RRSIG over {@code rrset} (RFC 4035 §3.1.1 puts it next to the RRset in a response). */
  public Optional<RRSIGRecord> signatureOf(RRset rrset) {
    return Optional.ofNullable(
        signatures.getOrDefault(rrset.getName(), Map.of()).get(rrset.getType()));
  }

  /**
   * RFC 4035 §3.1.3.1: NODATA is proven by the NSEC at the name (or, for an empty non-terminal, by
   * the NSEC covering it).
   */
  public NSECRecord nodataProof(Name name) {
    return nsec.matchingOrCovering(name);
  }

  /**
   * RFC 4035 §3.1.3.2: NXDOMAIN is proven by an NSEC covering the name and one covering the
   * wildcard at its closest encloser (no "*" record could have answered instead).
   */
  public List<NSECRecord> nxdomainProof(Name name) {
    Name closestEncloser = name;
    while (!exists(closestEncloser) && closestEncloser.labels() > ORIGIN.labels()) {
      closestEncloser = parent(closestEncloser);
    }
    Name wildcard;
    try {
      wildcard = Name.concatenate(WILDCARD, closestEncloser);
    } catch (NameTooLongException e) {
      return List.of(nsec.matchingOrCovering(name)); // no wildcard can exist at so long a name
    }
    Set<NSECRecord> proof = new LinkedHashSet<>();
    proof.add(nsec.matchingOrCovering(name));
    proof.add(nsec.matchingOrCovering(wildcard));
    return List.copyOf(proof);
  }

  /** The types {@code name} owns (empty for a name without records). */
  Set<Integer> typesAt(Name name) {
    return Set.copyOf(rrsets.getOrDefault(name, Map.of()).keySet());
  }

  /** An RRSIG made now with the zone key, for answers made on demand (BulkAnswers). */
  RRSIGRecord signOnline(RRset rrset) {
    return key.sign(rrset);
  }

  /** The DS of {@code test.} in zone-file syntax: the trust anchor a validator needs. */
  public String trustAnchor() {
    return key.ds().toString();
  }

  private Map<Name, Set<Integer>> typesByOwner() {
    Map<Name, Set<Integer>> types = new HashMap<>();
    rrsets.forEach((owner, byType) -> types.put(owner, new TreeSet<>(byType.keySet())));
    return types;
  }

  private void signEveryRRset(Set<Name> brokenTlsaOwners) {
    rrsets.forEach(
        (owner, byType) ->
            byType.forEach(
                (type, rrset) -> {
                  RRSIGRecord signature = key.sign(rrset);
                  if (type == Type.TLSA && brokenTlsaOwners.contains(owner)) {
                    signature = ZoneKey.corrupted(signature);
                  }
                  signatures.computeIfAbsent(owner, n -> new HashMap<>()).put(type, signature);
                }));
  }

  private void add(Record record) {
    Name owner = record.getName();
    if (!contains(owner)) {
      throw new IllegalArgumentException("outside the lab zone: " + record);
    }
    rrsets
        .computeIfAbsent(owner, n -> new HashMap<>())
        .computeIfAbsent(record.getType(), t -> new RRset())
        .addRR(record);
    for (Name name = owner; contains(name); name = parent(name)) {
      existingNames.add(name);
      if (name.equals(ORIGIN)) {
        break;
      }
    }
  }

  private static Name parent(Name name) {
    return new Name(name, 1);
  }
}
