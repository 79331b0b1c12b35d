package org.mailpath.policy.sts;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import org.mailpath.bounds.Deadline;
import org.mailpath.policy.sts.StsFetchResult.Outcome;

/**
 * Fetches {@code https://mta-sts.<domain>/.well-known/mta-sts.txt} and judges it (RFC 8461 §3.3).
 */
public final class StsPolicyFetcher {

  /**
   * RFC 8461 §3.3: the policy lives at this well-known path on the host {@code mta-sts.<domain>}.
   */
  public static final String PATH = "/.well-known/mta-sts.txt";

  /**
   * A policy is a handful of short lines; RFC 8461 lets senders bound the fetch, and 64 KiB is the
   * bound common senders use. A larger body is not read to its end.
   */
  public static final int MAX_POLICY_BYTES = 64 * 1024;

  /**
   * RFC 8461 §3.3 lets senders put a timeout on the GET; one minute is the figure the MTA-STS
   * drafts suggested. The engine's own deadline applies when it is earlier.
   */
  public static final Duration FETCH_TIMEOUT = Duration.ofSeconds(60);

  private final HttpsFetcher fetcher;

  public StsPolicyFetcher(HttpsFetcher fetcher) {
    this.fetcher = fetcher;
  }

  /** The policy host name for {@code domain}: RFC 8461 §3.3 prefixes "mta-sts." to it. */
  public static String policyHost(String domain) {
    String d = domain.endsWith(".") ? domain.substring(0, domain.length() - 1) : domain;
    return "mta-sts." + d.toLowerCase(Locale.ROOT);
  }

  /**
   * @param domain the policy domain (the recipient domain)
   * @param connectTo an address of {@link #policyHost(String)} and the port (443, or --https-port)
   */
  public StsFetchResult fetch(String domain, InetSocketAddress connectTo, Deadline deadline) {
    String host = policyHost(domain);
    String url = "https://" + host + PATH;
    HttpsExchange x =
        fetcher.get(host, connectTo, PATH, MAX_POLICY_BYTES, deadline.atMost(FETCH_TIMEOUT));
    if (x.failure() != null) {
      Outcome outcome =
          x.failure() == HttpsExchange.Failure.CERTIFICATE
              ? Outcome.WEBPKI_INVALID
              : Outcome.FETCH_ERROR;
      return result(outcome, url, null, x.detail(), x);
    }
    // RFC 8461 §3.3: "Policies fetched via HTTPS are only valid if the HTTP response code is 200
    // (OK). HTTP 3xx redirects MUST NOT be followed."
    if (x.status() >= 300 && x.status() < 400) {
      return result(
          Outcome.FETCH_ERROR,
          url,
          null,
          "HTTP " + x.status() + " redirect to " + x.location() + ", not followed (RFC 8461 §3.3)",
          x);
    }
    if (x.status() != 200) {
      return result(
          Outcome.FETCH_ERROR,
          url,
          null,
          "HTTP " + x.status() + "; only 200 yields a policy (RFC 8461 §3.3)",
          x);
    }
    if (x.bodyTruncated()) {
      return result(
          Outcome.FETCH_ERROR,
          url,
          null,
          "the policy is longer than " + MAX_POLICY_BYTES + " bytes; reading stopped there",
          x);
    }
    // RFC 8461 §3.2: "senders SHOULD validate that the media type is "text/plain"" — parameters
    // such as charset may follow. A body that is not a policy is a failed fetch, not a bad policy.
    if (!isTextPlain(x.contentType())) {
      return result(
          Outcome.FETCH_ERROR,
          url,
          null,
          "Content-Type is "
              + (x.contentType() == null ? "missing" : "\"" + x.contentType() + "\"")
              + ", not text/plain (RFC 8461 §3.2)",
          x);
    }
    StsPolicyParser.Result parsed =
        StsPolicyParser.parse(new String(x.body(), StandardCharsets.UTF_8));
    if (!parsed.valid()) {
      return result(Outcome.POLICY_INVALID, url, null, parsed.problem(), x);
    }
    return result(Outcome.OK, url, parsed.policy(), null, x);
  }

  static boolean isTextPlain(String contentType) {
    if (contentType == null) {
      return false;
    }
    int semicolon = contentType.indexOf(';');
    String mediaType = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip();
    return mediaType.equalsIgnoreCase("text/plain");
  }

  private static StsFetchResult result(
      Outcome outcome, String url, StsPolicy policy, String detail, HttpsExchange x) {
    return new StsFetchResult(outcome, url, policy, detail, x.verdict(), x.evidence());
  }
}
