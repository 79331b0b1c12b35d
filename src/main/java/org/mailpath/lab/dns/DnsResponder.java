package org.mailpath.lab.dns;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.xbill.DNS.CNAMERecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.ExtendedFlags;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Header;
import org.xbill.DNS.Message;
import org.xbill.DNS.NSECRecord;
import org.xbill.DNS.Name;
import org.xbill.DNS.OPTRecord;
import org.xbill.DNS.Opcode;
import org.xbill.DNS.RRset;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.Type;

/**
 * Answers one DNS query from the lab zone, as an authoritative server does (RFC 1034 §4.3.2). Pure:
 * wire bytes in, wire bytes out, no sockets, so both transports share it.
 */
public final class DnsResponder {

  /** RFC 1035 §4.1.1: a message starts with a 12-octet header. */
  private static final int HEADER_LENGTH = 12;

  /** RFC 1035 §4.1.1: QR is the top bit of the header's third octet. */
  private static final int QR_OCTET = 2;

  private static final int QR_MASK = 0x80;

  /** RFC 1035 §2.3.4: without EDNS, a UDP message carries at most 512 octets. */
  public static final int CLASSIC_UDP_LIMIT = 512;

  /**
   * The largest UDP answer the lab sends even when a client offers more: 1232 octets avoids IP
   * fragmentation (DNS Flag Day 2020 recommendation).
   */
  public static final int EDNS_UDP_LIMIT = 1232;

  /** RFC 1035 §4.2.2: a TCP message is prefixed by a 16-bit length. */
  public static final int TCP_LIMIT = 65_535;

  /** A CNAME chain longer than this is a loop or a mistake; lab data has at most one link. */
  private static final int MAX_CNAME_CHAIN = 8;

  private final LabZone zone;
  private final BulkAnswers bulk;

  public DnsResponder(LabZone zone) {
    this.zone = zone;
    this.bulk = new BulkAnswers(zone);
  }

  /**
   * The answer to {@code query}, or empty when the query deserves none (a response, or garbage too
   * short to carry a message ID).
   *
   * @param udp whether the answer goes over UDP (and must fit the client's payload size)
   */
  public Optional<byte[]> answer(byte[] query, boolean udp) {
    Message request;
    try {
      request = new Message(query);
    } catch (Exception unparseable) { // dnsjava throws IOException and runtime exceptions alike
      return formatError(query);
    }
    Header header = request.getHeader();
    // RFC 1035 §4.1.1: QR=1 marks a response; answering it could start a loop between servers.
    if (header.getFlag(Flags.QR)) {
      return Optional.empty();
    }
    Message response = newResponse(header);
    Record question = request.getQuestion();
    OPTRecord clientOpt = request.getOPT();
    // RFC 3225 §3: RRSIG, NSEC and DNSKEY go only to a client that set the DO bit.
    boolean dnssec = clientOpt != null && (clientOpt.getFlags() & ExtendedFlags.DO) != 0;
    if (header.getOpcode() != Opcode.QUERY) {
      response.getHeader().setRcode(Rcode.NOTIMP);
    } else if (header.getCount(Section.QUESTION) != 1 || question == null) {
      // RFC 9619: a query carries exactly one question.
      response.getHeader().setRcode(Rcode.FORMERR);
    } else {
      response.addRecord(question, Section.QUESTION);
      resolve(question, response, dnssec);
    }
    if (clientOpt != null) {
      // RFC 6891 §6.1.1: answer EDNS with EDNS, stating the payload size we accept; RFC 3225 §3:
      // the DO bit is copied into the response.
      response.addRecord(
          new OPTRecord(EDNS_UDP_LIMIT, 0, 0, dnssec ? ExtendedFlags.DO : 0), Section.ADDITIONAL);
    }
    return Optional.of(response.toWire(udp ? udpLimit(clientOpt) : TCP_LIMIT));
  }

  private void resolve(Record question, Message response, boolean dnssec) {
    Name name = question.getName();
    int type = question.getType();
    if (question.getDClass() != DClass.IN || !zone.contains(name)) {
      // Not authoritative and no recursion offered: RFC 1035 §4.1.1 "Refused".
      response.getHeader().setRcode(Rcode.REFUSED);
      return;
    }
    response.getHeader().setFlag(Flags.AA);
    if (bulk.covers(name)) {
      bulk.resolve(name, type, response, dnssec);
      return;
    }
    Set<Name> visited = new HashSet<>();
    while (visited.add(name) && visited.size() <= MAX_CNAME_CHAIN) {
      Optional<RRset> exact = zone.find(name, type);
      if (exact.isPresent()) {
        add(exact.get(), Section.ANSWER, response, dnssec);
        return;
      }
      Optional<RRset> alias = type == Type.CNAME ? Optional.empty() : zone.find(name, Type.CNAME);
      if (alias.isEmpty()) {
        break;
      }
      // RFC 1034 §4.3.2 step 3a: give the CNAME, then restart with its target.
      Record cname = alias.get().first();
      add(alias.get(), Section.ANSWER, response, dnssec);
      name = ((CNAMERecord) cname).getTarget();
      if (!zone.contains(name)) {
        return; // the target is outside the lab; the client resolves it elsewhere
      }
    }
    boolean nxdomain = !zone.exists(name);
    if (nxdomain) {
      response.getHeader().setRcode(Rcode.NXDOMAIN);
    }
    // RFC 2308 §3 (NXDOMAIN) and §2.2 (NODATA): the SOA in AUTHORITY gives the negative TTL.
    add(zone.find(LabZone.ORIGIN, Type.SOA).orElseThrow(), Section.AUTHORITY, response, dnssec);
    if (dnssec) {
      // RFC 4035 §3.1.3: prove the denial with signed NSEC records in AUTHORITY.
      List<NSECRecord> proof =
          nxdomain ? zone.nxdomainProof(name) : List.of(zone.nodataProof(name));
      for (NSECRecord nsec : proof) {
        add(zone.find(nsec.getName(), Type.NSEC).orElseThrow(), Section.AUTHORITY, response, true);
      }
    }
  }

  /** Adds an RRset to a section, followed by its RRSIG when the client asked for DNSSEC. */
  private void add(RRset rrset, int section, Message response, boolean dnssec) {
    rrset.rrs().forEach(r -> response.addRecord(r, section));
    if (dnssec) {
      zone.signatureOf(rrset).ifPresent(signature -> response.addRecord(signature, section));
    }
  }

  private static Message newResponse(Header requestHeader) {
    Message response = new Message(requestHeader.getID());
    Header header = response.getHeader();
    header.setFlag(Flags.QR);
    header.setOpcode(requestHeader.getOpcode());
    // RFC 1035 §4.1.1: RD is copied into the response; RA stays clear (no recursion here).
    if (requestHeader.getFlag(Flags.RD)) {
      header.setFlag(Flags.RD);
    }
    return response;
  }

  /** RFC 1035 §4.1.1 rcode 1: the server could not interpret the query. */
  private static Optional<byte[]> formatError(byte[] query) {
    if (query.length < HEADER_LENGTH || (query[QR_OCTET] & QR_MASK) != 0) {
      return Optional.empty(); // no header to answer, or a response: stay silent
    }
    int id = ((query[0] & 0xff) << 8) | (query[1] & 0xff);
    Message response = new Message(id);
    response.getHeader().setFlag(Flags.QR);
    response.getHeader().setRcode(Rcode.FORMERR);
    return Optional.of(response.toWire());
  }

  private static int udpLimit(OPTRecord clientOpt) {
    if (clientOpt == null) {
      return CLASSIC_UDP_LIMIT;
    }
    // RFC 6891 §6.2.5: payload sizes below 512 are treated as 512.
    int offered = Math.max(CLASSIC_UDP_LIMIT, clientOpt.getPayloadSize());
    return Math.min(offered, EDNS_UDP_LIMIT);
  }
}
