package org.mailpath.address;

/** The user's input is not a target mailpath can trace; the message is one line for the user. */
public final class InvalidTargetException extends IllegalArgumentException {
  public InvalidTargetException(String message) {
    super(message);
  }
}
