package org.mailpath.report;

import java.io.IOException;

/**
 * A report was asked to go where no report may: a folder, a device, a FIFO, a socket, or a link to
 * one of them or to nothing. Nothing was written; the message names the path and what it is.
 */
public final class RefusedTargetException extends IOException {

  private static final long serialVersionUID = 1L;

  public RefusedTargetException(String message) {
    super(message);
  }
}
