package org.mailpath.settings;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.mailpath.bounds.LocalFile;
import org.mailpath.bounds.LocalFileException;
import org.mailpath.policy.senders.PostfixMainCf;
import org.mailpath.policy.senders.SenderLineup;

/**
 * The senders a trace plays, from the words a user gives ({@code --senders}, {@code
 * --postfix-sender}, or the same two saved settings): the same reading for the window and the
 * command line.
 */
public final class SenderChoice {
  private SenderChoice() {}

  /** A main.cf excerpt is a few lines; 64 KiB is generous. */
  private static final long MAX_EXCERPT_OCTETS = 64 * 1024;

  /**
   * The lineup for {@code ids} ("postfix-may, exim-default"; null or blank for all) and {@code
   * postfixSender} (a main.cf excerpt, or null).
   *
   * @throws IllegalArgumentException with a sentence for the user
   */
  public static SenderLineup lineup(String ids, Path postfixSender) {
    List<String> chosen =
        ids == null || ids.isBlank()
            ? List.of()
            : Arrays.stream(ids.split("[,\\s]+")).filter(s -> !s.isEmpty()).toList();
    List<PostfixMainCf> custom = List.of();
    if (postfixSender != null) {
      try {
        String text =
            new String(
                LocalFile.read(postfixSender, MAX_EXCERPT_OCTETS, "main.cf excerpt"),
                StandardCharsets.UTF_8);
        custom = List.of(PostfixMainCf.parse("postfix", text));
      } catch (LocalFileException e) {
        throw new IllegalArgumentException(e.getMessage(), e);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(postfixSender + ": " + e.getMessage(), e);
      }
    }
    return new SenderLineup(chosen, custom);
  }
}
