package org.mailpath.bounds;

import java.io.IOException;

/** A file the user named cannot be used; the message is one sentence that names the file. */
public final class LocalFileException extends IOException {
  public LocalFileException(String message) {
    super(message);
  }
}
