package org.mailpath.policy.senders;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.mailpath.policy.senders.SenderProfile.Level;
import org.mailpath.tls.TlsVersion;

/**
 * A sender profile from an administrator's own Postfix settings: a main.cf excerpt with
 * smtp_tls_security_level, smtp_tls_protocols, smtp_tls_mandatory_protocols and an inline
 * smtp_tls_policy_maps (postconf(5)). Settings it does not name keep Postfix's defaults; the
 * profile's facts say which came from the excerpt and which are defaults.
 */
public final class PostfixMainCf {

  static final String LEVEL = "smtp_tls_security_level";
  static final String PROTOCOLS = "smtp_tls_protocols";
  static final String MANDATORY = "smtp_tls_mandatory_protocols";
  static final String POLICY_MAPS = "smtp_tls_policy_maps";

  /** postconf -d on Debian 12 (Postfix 3.7), as PostfixDefaultsTest shows. */
  private static final String DEFAULT_PROTOCOLS = ">=TLSv1";

  private final String id;
  private final Map<String, String> settings;
  private final Map<String, String> policies;

  private PostfixMainCf(String id, Map<String, String> settings, Map<String, String> policies) {
    this.id = id;
    this.settings = settings;
    this.policies = policies;
  }

  /**
   * Reads {@code text} (main.cf syntax: "name = value", "#" comments, indented continuation lines).
   * {@code name} names the profile: "custom-NAME".
   *
   * @throws IllegalArgumentException with a sentence for the user when it cannot be used
   */
  public static PostfixMainCf parse(String name, String text) {
    if (!name.matches("[a-z0-9][a-z0-9-]{0,30}")) {
      throw new IllegalArgumentException(
          "a sender profile name is lower-case letters, digits and hyphens: " + name);
    }
    Map<String, String> settings = MainCfSyntax.settings(text);
    Map<String, String> policies = new LinkedHashMap<>();
    String maps = settings.get(POLICY_MAPS);
    if (maps != null && !maps.isBlank()) {
      policies.putAll(MainCfSyntax.inlineTable(maps));
    }
    PostfixMainCf config = new PostfixMainCf("custom-" + name, settings, policies);
    for (String list : new String[] {PROTOCOLS, MANDATORY}) {
      if (settings.containsKey(list) && PostfixProtocols.floor(settings.get(list)).isEmpty()) {
        throw new IllegalArgumentException(
            "cannot read the protocol list " + list + " = " + settings.get(list));
      }
    }
    config.profileFor("example.invalid"); // every level and protocol list is readable
    policies.keySet().forEach(config::profileFor);
    return config;
  }

  public String id() {
    return id;
  }

  /** The profile as this Postfix would send to {@code domain}. */
  public SenderProfile profileFor(String domain) {
    List<String> facts = new ArrayList<>();
    Optional<Map.Entry<String, String>> policy = policyFor(domain);
    String[] entry =
        policy.map(p -> p.getValue().trim().split("\\s+")).orElse(new String[] {level()});
    String level = entry[0].toLowerCase(Locale.ROOT);
    String mandatory = attribute(entry, "protocols").orElse(setting(MANDATORY, facts));
    if (policy.isPresent()) {
      facts.add(
          POLICY_MAPS + " entry for " + policy.get().getKey() + ": " + policy.get().getValue());
    } else {
      facts.add(
          settings.containsKey(LEVEL)
              ? "your " + LEVEL + " = " + level
              : LEVEL
                  + " not set: Postfix's default is empty, i.e. no TLS (postconf(5));"
                  + " Debian's stock main.cf sets may");
    }
    Level rules = rules(level);
    String protocols = rules == Level.OPPORTUNISTIC ? setting(PROTOCOLS, facts) : mandatory;
    TlsVersion floor =
        PostfixProtocols.floor(protocols)
            .orElseThrow(
                () -> new IllegalArgumentException("cannot read the protocol list: " + protocols));
    boolean verifying = rules == Level.VERIFY || rules == Level.SECURE;
    TlsStack base = verifying ? TlsStacks.OPENSSL_POSTFIX_VERIFYING : TlsStacks.OPENSSL_POSTFIX;
    String floorSource = "your Postfix settings: " + protocols + " (postconf(5))";
    if (verifying && floor.compareTo(base.floor()) < 0) {
      floor = base.floor();
      floorSource += "; " + base.floorSource();
    }
    TlsStack tls =
        new TlsStack(
            base.name(),
            floor,
            floorSource,
            base.keyUsageEnforced(),
            base.keyUsageSource(),
            base.ekuEnforcedWhenVerifying(),
            base.ekuSource(),
            base.ems(),
            base.weakCertificateRefusedWhenVerifying(),
            base.weakCertificateSource());
    return new SenderProfile(
        id,
        "Your Postfix (" + id + "), " + LEVEL + " = " + (level.isEmpty() ? "none" : level),
        rules,
        level.equals("dane"),
        false,
        tls,
        SenderProfile.Fallback.CLEAR_LATER,
        MtaBehaviour.POSTFIX_CLEAR_FALLBACK,
        facts,
        retry());
  }

  /** Postfix's queue settings: the excerpt's where it sets them, postconf -d's otherwise. */
  private RetrySchedule retry() {
    Map<String, String> queue = new LinkedHashMap<>(RetrySchedules.POSTFIX_DEFAULTS);
    boolean own = false;
    for (String name : RetrySchedules.POSTFIX_DEFAULTS.keySet()) {
      if (settings.containsKey(name)) {
        queue.put(name, settings.get(name));
        own = true;
      }
    }
    return PostfixRetry.schedule(
        queue,
        own
            ? "your Postfix settings, Postfix 3.7 defaults otherwise"
            : "Postfix 3.7 defaults (Debian 12)");
  }

  private String level() {
    return settings.getOrDefault(LEVEL, "").isBlank() ? "none" : settings.get(LEVEL);
  }

  private String setting(String name, List<String> facts) {
    if (settings.containsKey(name)) {
      facts.add("your " + name + " = " + settings.get(name));
      return settings.get(name);
    }
    facts.add(name + " not set: Postfix 3.7's default is " + DEFAULT_PROTOCOLS + " (postconf -d)");
    return DEFAULT_PROTOCOLS;
  }

  /** postconf(5) TLS policy lookup: the next-hop domain, then ".parent" entries above it. */
  private Optional<Map.Entry<String, String>> policyFor(String domain) {
    String d = domain.toLowerCase(Locale.ROOT);
    if (policies.containsKey(d)) {
      return Optional.of(Map.entry(d, policies.get(d)));
    }
    for (int dot = d.indexOf('.'); dot >= 0; dot = d.indexOf('.', dot + 1)) {
      String parent = d.substring(dot);
      if (policies.containsKey(parent)) {
        return Optional.of(Map.entry(parent, policies.get(parent)));
      }
    }
    return Optional.empty();
  }

  private static Optional<String> attribute(String[] entry, String name) {
    for (int i = 1; i < entry.length; i++) {
      if (entry[i].startsWith(name + "=")) {
        return Optional.of(entry[i].substring(name.length() + 1));
      }
    }
    return Optional.empty();
  }

  /** postconf(5) smtp_tls_security_level, TLS_README "TLS security levels". */
  private static Level rules(String level) {
    return switch (level) {
      case "none" -> Level.NONE;
      case "may", "dane" -> Level.OPPORTUNISTIC;
      case "encrypt" -> Level.ENCRYPT;
      case "verify" -> Level.VERIFY;
      case "secure" -> Level.SECURE;
      case "dane-only", "fingerprint", "halt" ->
          throw new IllegalArgumentException(
              LEVEL
                  + " = "
                  + level
                  + " is not modelled yet; mailpath reads none, may, encrypt, dane, verify"
                  + " and secure");
      default -> throw new IllegalArgumentException("not a Postfix TLS level: " + level);
    };
  }
}
