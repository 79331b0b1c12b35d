package org.mailpath.dns;

import java.io.IOException;
import java.net.PortUnreachableException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;
import org.mailpath.context.TraceContext;
import org.mailpath.text.Faults;
import org.xbill.DNS.CNAMERecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Resolver;
import org.xbill.DNS.Section;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;
import org.xbill.DNS.dnssec.ValidatingResolver;

/**
 * Asks one resolver questions over the wire (dnsjava), following CNAME chains. Questions are
 * asynchronous: a lookup is a chain of futures, each answer handled on the trace's executor, and
 * each wait bounded by a timer on its scheduler, so no thread waits for an answer.
 */
public final class DnsClient {

  /** Per-question wait; the trace's overall deadline bounds the total. */
  static final Duration QUERY_TIMEOUT = Duration.ofSeconds(5);

  private final Resolver resolver;
  private final String serverLabel;
  private final TraceContext context;
  private final boolean validating;
  private final UpstreamRcodes upstream;

  private DnsClient(
      Resolver resolver,
      String serverLabel,
      TraceContext context,
      boolean validating,
      UpstreamRcodes upstream) {
    this.resolver = resolver;
    this.serverLabel = serverLabel;
    this.context = context;
    this.validating = validating;
    this.upstream = upstream;
  }

  /**
   * A validating client: every answer carries a DNSSEC status judged in-process by dnsjava's
   * validating resolver from {@code trustAnchors} (zone-file DS/DNSKEY text), not read from the AD
   * bit of the upstream resolver (RFC 4035 §4.9.3: a stub should not trust it blindly).
   */
  public static DnsClient validating(TraceContext context, String trustAnchors) {
    UpstreamRcodes plain = new UpstreamRcodes(context.resolvers().create(QUERY_TIMEOUT));
    ValidatingResolver validator = new ValidatingResolver(plain, context.clock());
    try {
      validator.loadTrustAnchors(
          new java.io.ByteArrayInputStream(
              trustAnchors.getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "The DNSSEC trust anchors cannot be read: " + Faults.describe(e) + ".", e);
    }
    return new DnsClient(validator, context.resolvers().label(), context, true, plain);
  }

  /** A client that does not validate: every answer's DNSSEC status is "not checked". */
  public static DnsClient plain(TraceContext context) {
    return new DnsClient(
        context.resolvers().create(QUERY_TIMEOUT),
        context.resolvers().label(),
        context,
        false,
        null);
  }

  public String serverLabel() {
    return serverLabel;
  }

  /** Looks up {@code name}/{@code type}, following CNAMEs up to {@link CnameChain#MAX_LENGTH}. */
  public CompletableFuture<DnsAnswer> lookup(String name, int type) {
    DnssecVerdict verdict = new DnssecVerdict();
    Name start;
    try {
      start = Name.fromString(name.endsWith(".") ? name : name + ".");
    } catch (TextParseException e) {
      return CompletableFuture.completedFuture(
          new DnsAnswer(
              DnsAnswer.Status.SERVFAIL,
              List.of(),
              List.of(),
              "\"" + name + "\" is not a valid domain name"));
    }
    Chase chase = new Chase(type, verdict);
    chase.seen.add(start);
    return ask(start, chase, 0)
        .thenApply(
            answer -> {
              if (!validating) {
                return answer;
              }
              if (verdict.status == null) {
                return answer.withDnssec(DnssecStatus.INDETERMINATE, answer.problem());
              }
              return answer.withDnssec(verdict.status, verdict.reason);
            });
  }

  /** One lookup's state while it follows a CNAME chain. */
  private static final class Chase {
    final int type;
    final DnssecVerdict verdict;
    final List<String> chain = new ArrayList<>();
    final Set<Name> seen = new HashSet<>();

    Chase(int type, DnssecVerdict verdict) {
      this.type = type;
      this.verdict = verdict;
    }
  }

  private CompletableFuture<DnsAnswer> ask(Name current, Chase chase, int hop) {
    if (hop > CnameChain.MAX_LENGTH) {
      return CompletableFuture.completedFuture(
          new DnsAnswer(
              DnsAnswer.Status.SERVFAIL,
              List.of(),
              chase.chain,
              "CNAME chain longer than " + CnameChain.MAX_LENGTH));
    }
    return send(Message.newQuery(Record.newRecord(current, chase.type, DClass.IN)))
        .handle(
            (response, error) ->
                error != null
                    ? CompletableFuture.completedFuture(failure(error, chase))
                    : read(response, current, chase, hop))
        .thenCompose(next -> next);
  }

  private DnsAnswer failure(Throwable error, Chase chase) {
    Throwable cause =
        error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    if (cause instanceof QueryBudgetSpent) {
      return new DnsAnswer(DnsAnswer.Status.SERVFAIL, List.of(), chase.chain, cause.getMessage());
    }
    if (cause instanceof SocketTimeoutException || cause instanceof TimeoutException) {
      return new DnsAnswer(
          DnsAnswer.Status.TIMEOUT, List.of(), chase.chain, "no answer from " + serverLabel);
    }
    if (cause instanceof PortUnreachableException) {
      return new DnsAnswer(
          DnsAnswer.Status.SERVFAIL,
          List.of(),
          chase.chain,
          "nothing answers DNS at " + serverLabel + " (port unreachable)");
    }
    String why = Faults.describe(cause);
    return new DnsAnswer(
        DnsAnswer.Status.SERVFAIL, List.of(), chase.chain, why + " (" + serverLabel + ")");
  }

  private CompletableFuture<DnsAnswer> read(Message response, Name current, Chase chase, int hop) {
    int type = chase.type;
    List<String> chain = chase.chain;
    int rcode = response.getRcode();
    if (validating) {
      chase.verdict.judge(response, upstreamFailed(current, type));
    }
    if (rcode == Rcode.SERVFAIL && chase.verdict.status == DnssecStatus.BOGUS) {
      return done(
          new DnsAnswer(
              DnsAnswer.Status.SERVFAIL,
              List.of(),
              chain,
              "DNSSEC validation failed: " + chase.verdict.reason));
    }
    if (rcode == Rcode.NXDOMAIN) {
      return done(
          new DnsAnswer(DnsAnswer.Status.NXDOMAIN, List.of(), chain, current + " does not exist"));
    }
    if (rcode != Rcode.NOERROR) {
      return done(
          new DnsAnswer(
              DnsAnswer.Status.SERVFAIL,
              List.of(),
              chain,
              Rcode.string(rcode)
                  + " from "
                  + serverLabel
                  + " for "
                  + current
                  + " "
                  + Type.string(type)));
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
        chain.add(CnameChain.strip(alias));
      }
      return done(
          new DnsAnswer(
              matching.isEmpty() ? DnsAnswer.Status.NODATA : DnsAnswer.Status.OK,
              matching,
              chain,
              null));
    }
    chain.add(CnameChain.strip(alias));
    if (!chase.seen.add(alias)) {
      return done(
          new DnsAnswer(
              DnsAnswer.Status.SERVFAIL,
              List.of(),
              chain,
              "CNAME loop at " + CnameChain.strip(alias)));
    }
    List<Record> fromChain = CnameChain.recordsAt(response, alias, type, chain, chase.seen);
    if (!fromChain.isEmpty()) {
      return done(new DnsAnswer(DnsAnswer.Status.OK, fromChain, chain, null));
    }
    return ask(CnameChain.lastName(chain), chase, hop + 1);
  }

  /** The resolver itself answered with an error code, before any validation. */
  private boolean upstreamFailed(Name name, int type) {
    int rcode = upstream.rcodeOf(name, type);
    return rcode != -1 && rcode != Rcode.NOERROR && rcode != Rcode.NXDOMAIN;
  }

  private static CompletableFuture<DnsAnswer> done(DnsAnswer answer) {
    return CompletableFuture.completedFuture(answer);
  }

  private CompletableFuture<Message> send(Message query) {
    long waitNanos = Math.min(QUERY_TIMEOUT.toNanos(), context.deadline().remainingNanos());
    if (waitNanos <= 0) {
      return CompletableFuture.failedFuture(new SocketTimeoutException("deadline reached"));
    }
    if (!context.spendDnsQuery()) {
      return CompletableFuture.failedFuture(new QueryBudgetSpent());
    }
    CompletableFuture<Message> answer =
        resolver.sendAsync(query, context.executor()).toCompletableFuture();
    CompletableFuture<Message> bounded =
        context.within(answer, Duration.ofNanos(waitNanos), () -> null);
    return bounded.thenCompose(
        message -> {
          if (message == null) {
            answer.cancel(true);
            return CompletableFuture.failedFuture(new SocketTimeoutException("timed out"));
          }
          return CompletableFuture.completedFuture(message);
        });
  }
}
