package org.mailpath.policy.senders;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The senders a trace plays: the built-in profiles a user chose (all by default) and their own
 * Postfix configurations.
 *
 * @param chosen the built-in profile ids to show; empty means all of them
 * @param custom the user's own Postfix settings, each played as one more sender
 */
public record SenderLineup(List<String> chosen, List<PostfixMainCf> custom) {

  /** Every built-in profile and nothing else. */
  public static final SenderLineup ALL = new SenderLineup(List.of(), List.of());

  public SenderLineup {
    chosen = List.copyOf(chosen);
    custom = List.copyOf(custom);
    for (String id : chosen) {
      if (SenderProfiles.byId(id).isEmpty()) {
        throw new IllegalArgumentException(
            "no sender profile " + id + "; known: " + String.join(", ", knownIds()));
      }
    }
  }

  public static List<String> knownIds() {
    return SenderProfiles.ALL.stream().map(SenderProfile::id).toList();
  }

  /** The profiles to play for a message to {@code domain}, built-in ones first. */
  public List<SenderProfile> profilesFor(String domain) {
    Set<String> wanted = Set.copyOf(chosen);
    List<SenderProfile> out = new ArrayList<>();
    SenderProfiles.ALL.stream()
        .filter(p -> wanted.isEmpty() || wanted.contains(p.id()))
        .forEach(out::add);
    custom.forEach(c -> out.add(c.profileFor(domain)));
    return out;
  }
}
