package org.mailpath.text;

import java.io.EOFException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.PortUnreachableException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;

/**
 * What went wrong, as words a mail administrator reads: a fault of the network or the machine
 * described without Java's class names ("the other side closed the connection", not {@code
 * EOFException}). The result is a clause in lower case without a final full stop, to be put in a
 * sentence: "the MX lookup failed: nothing answers on that port".
 */
public final class Faults {
  private Faults() {}

  // "java.net.PortUnreachableException: ", "org.xbill.DNS.WireParseException: ", "<none>:1: "
  private static final Pattern CLASS_PREFIX =
      Pattern.compile("(?:[a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*(?:Exception|Error)(?::\\s*)?");
  private static final Pattern BARE_CLASS =
      Pattern.compile("[A-Z][A-Za-z0-9_$]*(?:Exception|Error)");
  private static final Pattern SOURCE_PREFIX = Pattern.compile("^<[^>]*>:\\d+:\\s*");

  /** {@code fault} (or the first of its causes that says something) as a clause. */
  public static String describe(Throwable fault) {
    for (Throwable t = fault; t != null; t = t.getCause()) {
      String known = known(t);
      if (known != null) {
        return known;
      }
      String words = words(t.getMessage());
      if (words != null) {
        return words;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return "no reason was given";
  }

  private static String known(Throwable t) {
    if (t instanceof SocketTimeoutException) {
      return "no answer before the time limit";
    }
    if (t instanceof PortUnreachableException) {
      return "nothing answers on that port (the host reported the port unreachable)";
    }
    if (t instanceof ConnectException) {
      return "the connection was refused";
    }
    if (t instanceof NoRouteToHostException) {
      return "there is no route to the host";
    }
    if (t instanceof UnknownHostException) {
      return "the host name could not be resolved";
    }
    if (t instanceof EOFException) {
      return "the other side closed the connection";
    }
    if (t instanceof InterruptedIOException) {
      return "the operation was interrupted";
    }
    if (t instanceof NoSuchFileException) {
      return "the file does not exist";
    }
    if (t instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (t instanceof SocketException && t.getMessage() != null) {
      String m = t.getMessage().toLowerCase(java.util.Locale.ROOT);
      if (m.contains("reset")) {
        return "the other side reset the connection";
      }
      if (m.contains("broken pipe") || m.contains("closed")) {
        return "the connection was closed";
      }
    }
    if (t instanceof SSLException && words(t.getMessage()) == null) {
      return "the TLS handshake failed";
    }
    return null;
  }

  /** The message with class names and parser prefixes removed, or null when nothing is left. */
  static String words(String message) {
    if (message == null) {
      return null;
    }
    String m = SOURCE_PREFIX.matcher(message.strip()).replaceFirst("");
    m = CLASS_PREFIX.matcher(m).replaceAll("").strip();
    if (m.isEmpty() || BARE_CLASS.matcher(m).find() || m.equals("null")) {
      return null;
    }
    m = RemoteText.visibleLine(m);
    boolean capitalisedWord =
        m.length() > 1 && Character.isUpperCase(m.charAt(0)) && Character.isLowerCase(m.charAt(1));
    return capitalisedWord ? Character.toLowerCase(m.charAt(0)) + m.substring(1) : m;
  }
}
