package org.mailpath.dns;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import org.xbill.DNS.EDNSOption;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Resolver;
import org.xbill.DNS.TSIG;

/**
 * The resolver below the in-process validator, remembering the response code it gave for each
 * question. dnsjava's validator marks any SERVFAIL from upstream as bogus ("response subtype is
 * UNKNOWN"), so without this a resolver that merely failed would read as a DNSSEC failure.
 */
final class UpstreamRcodes implements Resolver {

  private final Resolver upstream;
  private final Map<String, Integer> rcodes = new ConcurrentHashMap<>();

  UpstreamRcodes(Resolver upstream) {
    this.upstream = upstream;
  }

  /** The response code upstream gave to {@code name}/{@code type}, or -1 if it gave none. */
  int rcodeOf(Name name, int type) {
    return rcodes.getOrDefault(key(name, type), -1);
  }

  @Override
  public CompletionStage<Message> sendAsync(Message query, Executor executor) {
    return upstream
        .sendAsync(query, executor)
        .thenApply(
            response -> {
              if (query.getQuestion() != null) {
                rcodes.put(
                    key(query.getQuestion().getName(), query.getQuestion().getType()),
                    response.getRcode());
              }
              return response;
            });
  }

  @Override
  public CompletionStage<Message> sendAsync(Message query) {
    return sendAsync(query, Runnable::run);
  }

  private static String key(Name name, int type) {
    return name.toString().toLowerCase(java.util.Locale.ROOT) + "/" + type;
  }

  @Override
  public void setPort(int port) {
    upstream.setPort(port);
  }

  @Override
  public void setTCP(boolean flag) {
    upstream.setTCP(flag);
  }

  @Override
  public void setIgnoreTruncation(boolean flag) {
    upstream.setIgnoreTruncation(flag);
  }

  @Override
  public void setEDNS(int version, int payloadSize, int flags, List<EDNSOption> options) {
    upstream.setEDNS(version, payloadSize, flags, options);
  }

  @Override
  public void setTSIGKey(TSIG key) {
    upstream.setTSIGKey(key);
  }

  @Override
  public void setTimeout(Duration timeout) {
    upstream.setTimeout(timeout);
  }

  @Override
  public Duration getTimeout() {
    return upstream.getTimeout();
  }
}
