package org.mailpath.history;

/**
 * The history database could not be used: the file cannot be opened or written, it was made by a
 * newer mailpath, or a stored report no longer reads. A fault of the machine or the program, never
 * an outcome of a trace.
 */
public final class HistoryException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public HistoryException(String message, Throwable cause) {
    super(message, cause);
  }

  public HistoryException(String message) {
    super(message);
  }
}
