package org.mailpath.lab.dns;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.mailpath.lab.scenario.LabAddressPlan;
import org.mailpath.lab.scenario.LabHost;
import org.mailpath.lab.scenario.ScenarioDefinition;
import org.mailpath.lab.scenario.StsSetup;
import org.mailpath.lab.scenario.TlsaSpec;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.MXRecord;
import org.xbill.DNS.Master;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.TXTRecord;
import org.xbill.DNS.TextParseException;

/**
 * The records the scenario table puts into the lab zone: a TXT naming each scenario, MX and A
 * records of its hosts, its extra lines, TLSA records and MTA-STS publications.
 *
 * @param records every record, unsigned
 * @param brokenTlsaOwners owners whose TLSA RRset the zone serves with a corrupted RRSIG
 */
record ScenarioRecords(List<Record> records, Set<Name> brokenTlsaOwners) {

  private static final long TTL = LabZone.TTL;

  static ScenarioRecords of(List<ScenarioDefinition> definitions, LabAddressPlan plan) {
    List<Record> records = new ArrayList<>();
    Set<Name> brokenTlsaOwners = new HashSet<>();
    for (ScenarioDefinition definition : definitions) {
      Name domain = absolute(definition.domain());
      records.add(
          new TXTRecord(
              domain, DClass.IN, TTL, "mailpath lab scenario: " + definition.scenario().title()));
      if (definition.nullMx()) {
        // RFC 7505 §3: a single MX with preference 0 and the root as exchange.
        records.add(new MXRecord(domain, DClass.IN, TTL, 0, Name.root));
      }
      for (LabHost host : definition.hosts()) {
        Name hostName = absolute(host.name());
        records.add(
            new ARecord(hostName, DClass.IN, TTL, plan.addressOf(definition.publishedName(host))));
        host.mxPreference()
            .ifPresent(p -> records.add(new MXRecord(domain, DClass.IN, TTL, p, hostName)));
      }
      for (String line : definition.extraRecords()) {
        records.add(parse(line));
      }
      for (TlsaSpec tlsa : definition.tlsa()) {
        records.add(TlsaRecords.of(tlsa, definition, TTL));
        if (tlsa.brokenSignature()) {
          brokenTlsaOwners.add(absolute(tlsa.ownerName()));
        }
      }
      definition.sts().ifPresent(sts -> records.addAll(stsRecords(definition, sts, plan)));
    }
    return new ScenarioRecords(List.copyOf(records), Set.copyOf(brokenTlsaOwners));
  }

  /** RFC 8461 §3.1: the {@code _mta-sts} TXT record, and the policy host's address. */
  private static List<Record> stsRecords(
      ScenarioDefinition definition, StsSetup sts, LabAddressPlan plan) {
    String policyHost = StsSetup.policyHost(definition.domain());
    return List.of(
        new TXTRecord(absolute("_mta-sts." + definition.domain()), DClass.IN, TTL, sts.txtRecord()),
        new ARecord(absolute(policyHost), DClass.IN, TTL, plan.addressOf(policyHost)));
  }

  private static Name absolute(String hostName) {
    try {
      return Name.fromString(hostName, Name.root);
    } catch (TextParseException e) {
      throw new IllegalArgumentException("bad lab name " + hostName, e);
    }
  }

  private static Record parse(String zoneFileLine) {
    try (Master master =
        new Master(
            new ByteArrayInputStream(zoneFileLine.getBytes(StandardCharsets.US_ASCII)),
            Name.root,
            TTL)) {
      Record record = master.nextRecord();
      if (record == null) {
        throw new IllegalArgumentException("no record in " + zoneFileLine);
      }
      return record;
    } catch (IOException e) {
      throw new IllegalArgumentException("bad lab record " + zoneFileLine, e);
    }
  }
}
