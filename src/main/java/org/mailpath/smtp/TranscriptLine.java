package org.mailpath.smtp;

import java.time.Instant;
import org.mailpath.text.RemoteText;

/**
 * One line of an SMTP conversation, as it crossed the wire (or a note about the wire, such as "TLS
 * established").
 */
public record TranscriptLine(Instant at, Direction direction, String text) {

  public enum Direction {
    /** Sent by mailpath. */
    CLIENT,
    /** Received from the server. */
    SERVER,
    /** Not on the wire: what happened to the connection (connected, TLS up, closed). */
    NOTE
  }

  /** A line is what a server sent, or quotes it: shown, never obeyed (RemoteText). */
  public TranscriptLine {
    text = RemoteText.visible(text);
  }

  /** How the line reads in a transcript: "C: EHLO x", "S: 250 ok", "* TLS established". */
  public String render() {
    String prefix =
        switch (direction) {
          case CLIENT -> "C: ";
          case SERVER -> "S: ";
          case NOTE -> "*  ";
        };
    return prefix + text;
  }
}
