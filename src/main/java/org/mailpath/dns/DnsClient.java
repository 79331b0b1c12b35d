package org.mailpath.dns;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.mailpath.bounds.Deadline;
import org.mailpath.text.Faults;
import org.xbill.DNS.CNAMERecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.ExtendedResolver;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Resolver;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.TXTRecord;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;
import org.xbill.DNS.dnssec.ValidatingResolver;

/** Asks one resolver questions over the wire (dnsjava), following CNAME chains. */
public final class DnsClient {

  // RFC 1034 §3.6.2 forbids CNAME chains in principle; resolvers bound them. 8 is generous.
  static final int MAX_CNAME_CHAIN = 8;

  /** Per-question wait; the trace's overall deadline bounds the total. */
  static final Duration QUERY_TIMEOUT = Duration.ofSeconds(5);

  private final Resolver resolver;
  private final String serverLabel;
  private final Deadline deadline;
  private final boolean validating;

  private DnsClient(Resolver resolver, String serverLabel, Deadline deadline, boolean validating) {
    this.resolver = resolver;
    this.serverLabel = serverLabel;
    this.deadline = deadline;
    this.validating = validating;
  }

  /**
   * A validating client: every answer carries a DNSSEC status judged in-process by dnsjava's
   * validating resolver from {@code trustAnchors} (zone-file DS/DNSKEY text), not read from the AD
   * bit of the upstream resolver (RFC 4035 §4.9.3: a stub should not trust it blindly).
   */
  public static DnsClient validating(
      InetSocketAddress server, Deadline deadline, String trustAnchors, java.time.Clock clock) {
    DnsClient plain = forServer(server, deadline);
    ValidatingResolver validator = new ValidatingResolver(plain.resolver, clock);
    try {
      validator.loadTrustAnchors(
          new java.io.ByteArrayInputStream(
              trustAnchors.getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "The DNSSEC trust anchors cannot be read: " + Faults.describe(e) + ".", e);
    }
    validator.setTimeout(QUERY_TIMEOUT);
    return new DnsClient(validator, plain.serverLabel, deadline, true);
  }

  /**
   * A client for {@code server}, or for the system's resolvers when it is null; no question waits
   * past {@code deadline}.
   */
  public static DnsClient forServer(InetSocketAddress server, Deadline deadline) {
    Resolver resolver;
    String label;
    if (server == null) {
      resolver = new ExtendedResolver();
      label = "system";
    } else {
      resolver = new SimpleResolver(server);
      label = server.getHostString() + ":" + server.getPort();
    }
    resolver.setTimeout(QUERY_TIMEOUT);
    return new DnsClient(resolver, label, deadline, false);
  }

  public String serverLabel() {
    return serverLabel;
  }

  /** Looks up {@code name}/{@code type}, following CNAMEs up to {@link #MAX_CNAME_CHAIN}. */
  public DnsAnswer lookup(String name, int type) {
    Verdict verdict = new Verdict();
    DnsAnswer answer = lookup(name, type, verdict);
    if (!validating) {
      return answer;
    }
    if (verdict.status == null) {
      return answer.withDnssec(DnssecStatus.INDETERMINATE, answer.problem());
    }
    return answer.withDnssec(verdict.status, verdict.reason);
  }

  /** The DNSSEC verdict accumulated over the queries of one lookup. */
  private static final class Verdict {
    DnssecStatus status;
    String reason;

    void add(DnssecStatus next, String why) {
      if (status == null || next.worse(status) == next && next != status) {
        status = next;
        reason = why;
      }
    }
  }

  private DnsAnswer lookup(String name, int type, Verdict verdict) {
    Name current;
    try {
      current = Name.fromString(name.endsWith(".") ? name : name + ".");
    } catch (TextParseException e) {
      return new DnsAnswer(
          DnsAnswer.Status.SERVFAIL, List.of(), List.of(), name + " is not a valid DNS name");
    }
    List<String> chain = new ArrayList<>();
    Set<Name> seen = new HashSet<>();
    seen.add(current);
    for (int hop = 0; hop <= MAX_CNAME_CHAIN; hop++) {
      Message response;
      try {
        response = send(Message.newQuery(Record.newRecord(current, type, DClass.IN)));
      } catch (SocketTimeoutException e) {
        return new DnsAnswer(
            DnsAnswer.Status.TIMEOUT, List.of(), chain, "no answer from " + serverLabel);
      } catch (IOException e) {
        String why = Faults.describe(e);
        DnsAnswer.Status status =
            String.valueOf(e.getMessage()).toLowerCase().contains("timed out")
                ? DnsAnswer.Status.TIMEOUT
                : DnsAnswer.Status.SERVFAIL;
        return new DnsAnswer(status, List.of(), chain, why + " (" + serverLabel + ")");
      }
      int rcode = response.getRcode();
      if (validating) {
        judge(response, verdict);
      }
      if (rcode == Rcode.SERVFAIL && verdict.status == DnssecStatus.BOGUS) {
        return new DnsAnswer(
            DnsAnswer.Status.SERVFAIL,
            List.of(),
            chain,
            "DNSSEC validation failed: " + verdict.reason);
      }
      if (rcode == Rcode.NXDOMAIN) {
        return new DnsAnswer(
            DnsAnswer.Status.NXDOMAIN, List.of(), chain, current + " does not exist");
      }
      if (rcode != Rcode.NOERROR) {
        return new DnsAnswer(
            DnsAnswer.Status.SERVFAIL,
            List.of(),
            chain,
            Rcode.string(rcode)
                + " from "
                + serverLabel
                + " for "
                + current
                + " "
                + Type.string(type));
      }
      List<Record> matching = new ArrayList<>();
      Name alias = null;
      for (Record r : response.getSection(Section.ANSWER)) {
        if (r.getType() == type && r.getName().equals(current)) {
          matching.add(r);
        } else if (r instanceof CNAMERecord cname && cname.getName().equals(current)) {
          alias = cname.getTarget();
        }
      }
      if (!matching.isEmpty() || alias == null || type == Type.CNAME) {
        // The resolver may have followed the chain itself: collect records of the type anywhere.
        if (matching.isEmpty() && alias != null) {
          chain.add(strip(alias));
        }
        return new DnsAnswer(
            matching.isEmpty() ? DnsAnswer.Status.NODATA : DnsAnswer.Status.OK,
            matching,
            chain,
            null);
      }
      chain.add(strip(alias));
      if (!seen.add(alias)) {
        return new DnsAnswer(
            DnsAnswer.Status.SERVFAIL, List.of(), chain, "CNAME loop at " + strip(alias));
      }
      Name next = alias;
      List<Record> fromChain = recordsAt(response, next, type, chain, seen);
      if (!fromChain.isEmpty()) {
        return new DnsAnswer(DnsAnswer.Status.OK, fromChain, chain, null);
      }
      current = lastName(chain);
    }
    return new DnsAnswer(
        DnsAnswer.Status.SERVFAIL, List.of(), chain, "CNAME chain longer than " + MAX_CNAME_CHAIN);
  }

  /**
   * dnsjava's validator sets AD on a secure answer, and answers SERVFAIL with the reason in a TXT
   * record of class VALIDATION_REASON_QCLASS in ADDITIONAL when the answer is bogus.
   */
  private static void judge(Message response, Verdict verdict) {
    String reason = null;
    for (Record r : response.getSection(Section.ADDITIONAL)) {
      if (r.getDClass() == ValidatingResolver.VALIDATION_REASON_QCLASS
          && r instanceof TXTRecord txt) {
        reason = String.join(" ", txt.getStrings());
      }
    }
    if (response.getHeader().getFlag(Flags.AD)) {
      verdict.add(DnssecStatus.SECURE, null);
    } else if (response.getRcode() == Rcode.SERVFAIL && reason != null) {
      verdict.add(DnssecStatus.BOGUS, reason);
    } else if (response.getRcode() == Rcode.SERVFAIL) {
      verdict.add(DnssecStatus.INDETERMINATE, "the validating resolver could not complete");
    } else {
      verdict.add(DnssecStatus.INSECURE, reason);
    }
  }

  private Message send(Message query) throws IOException {
    long waitNanos = Math.min(QUERY_TIMEOUT.toNanos(), deadline.remainingNanos());
    if (waitNanos <= 0) {
      throw new SocketTimeoutException("deadline reached");
    }
    CompletableFuture<Message> answer = resolver.sendAsync(query).toCompletableFuture();
    try {
      return answer.get(waitNanos, TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      answer.cancel(true);
      throw new SocketTimeoutException("timed out");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SocketTimeoutException("interrupted");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      throw new IOException(cause == null ? "DNS query failed" : cause.getMessage(), cause);
    }
  }

  /** Follows a chain the server already expanded in the same answer section. */
  private static List<Record> recordsAt(
      Message response, Name start, int type, List<String> chain, Set<Name> seen) {
    Name at = start;
    for (int hop = 0; hop < MAX_CNAME_CHAIN; hop++) {
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

  private static Name lastName(List<String> chain) {
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
