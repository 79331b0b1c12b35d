package org.mailpath.smtp;

import java.io.IOException;

/** The server sent something that is not an SMTP reply: garbage, too long, too many lines. */
public final class SmtpProtocolException extends IOException {
  public SmtpProtocolException(String message) {
    super(message);
  }
}
