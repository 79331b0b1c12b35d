package org.mailpath.smtp;

import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;

/** What a failed read or connect means, in words for a person (never a Java class name). */
public final class IoErrors {
  private IoErrors() {}

  public static String describe(IOException e) {
    if (e instanceof EOFException) {
      return "connection closed by the server";
    }
    if (e instanceof SocketTimeoutException) {
      return "timed out";
    }
    if (e instanceof ConnectException) {
      return "connection refused";
    }
    if (e instanceof NoRouteToHostException) {
      return "no route to the host";
    }
    if (e instanceof SmtpProtocolException) {
      return e.getMessage();
    }
    if (e instanceof SocketException && e.getMessage() != null) {
      String m = e.getMessage().toLowerCase();
      if (m.contains("reset")) {
        return "connection reset by the server";
      }
      if (m.contains("closed")) {
        return "connection closed";
      }
    }
    return e.getMessage() == null ? "the connection failed" : e.getMessage();
  }
}
