package org.mailpath.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import org.mailpath.text.RemoteText;

/**
 * The last guard before the terminal: whatever a command prints passes through {@link RemoteText}'s
 * rule, so a server's ESC, CSI or bidi override that slipped past the stage that received it is
 * shown, not obeyed. Line feeds and tabs pass; a carriage return passes only as part of a CR LF
 * line separator.
 */
final class VisibleWriter extends FilterWriter {

  private char pendingHighSurrogate;
  private boolean pendingCarriageReturn;

  private VisibleWriter(Writer out) {
    super(out);
  }

  /** {@code out} behind the guard; a writer already guarded is returned as it is. */
  static PrintWriter guard(PrintWriter out) {
    if (out instanceof Guarded) {
      return out;
    }
    return new Guarded(new VisibleWriter(out));
  }

  @Override
  public void write(int c) throws IOException {
    char ch = (char) c;
    if (pendingCarriageReturn) {
      pendingCarriageReturn = false;
      if (ch == '\n') {
        out.write("\r\n");
        return;
      }
      out.write("\\x0d");
    }
    if (pendingHighSurrogate != 0) {
      char high = pendingHighSurrogate;
      pendingHighSurrogate = 0;
      if (Character.isLowSurrogate(ch)) {
        emit(Character.toCodePoint(high, ch));
        return;
      }
      emit(high);
    }
    if (ch == '\r') {
      pendingCarriageReturn = true;
    } else if (Character.isHighSurrogate(ch)) {
      pendingHighSurrogate = ch;
    } else {
      emit(ch);
    }
  }

  private void emit(int cp) throws IOException {
    if (RemoteText.isEscaped(cp)) {
      StringBuilder escape = new StringBuilder(10);
      RemoteText.appendEscape(escape, cp);
      out.write(escape.toString());
    } else if (Character.isBmpCodePoint(cp)) {
      out.write(cp);
    } else {
      out.write(Character.toChars(cp));
    }
  }

  @Override
  public void write(char[] chars, int offset, int length) throws IOException {
    for (int i = 0; i < length; i++) {
      write(chars[offset + i]);
    }
  }

  @Override
  public void write(String text, int offset, int length) throws IOException {
    for (int i = 0; i < length; i++) {
      write(text.charAt(offset + i));
    }
  }

  @Override
  public void flush() throws IOException {
    if (pendingCarriageReturn) {
      pendingCarriageReturn = false;
      out.write("\\x0d");
    }
    if (pendingHighSurrogate != 0) {
      emit(pendingHighSurrogate);
      pendingHighSurrogate = 0;
    }
    out.flush();
  }

  /** Marks a writer that is already guarded, so that guarding twice costs nothing. */
  private static final class Guarded extends PrintWriter {
    Guarded(Writer out) {
      super(out, true);
    }
  }
}
