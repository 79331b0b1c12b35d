package org.mailpath.smtp;

import java.io.EOFException;
import java.io.IOException;
import java.net.SocketTimeoutException;
import org.mailpath.text.Faults;

/**
 * What a failed SMTP read or connect means, in words for a person: the two cases a transcript shows
 * most in the dialogue's own terms, everything else as {@link Faults} says it.
 */
public final class IoErrors {
  private IoErrors() {}

  public static String describe(IOException e) {
    if (e instanceof EOFException) {
      return "connection closed by the server";
    }
    if (e instanceof SocketTimeoutException) {
      return "timed out";
    }
    if (e instanceof SmtpProtocolException) {
      return e.getMessage();
    }
    return Faults.describe(e);
  }
}
