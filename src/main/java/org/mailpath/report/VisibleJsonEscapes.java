package org.mailpath.report;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import org.mailpath.text.RemoteText;

/**
 * JSON string escapes beyond RFC 8259 §7's minimum (which only requires U+0000–U+001F): DEL, the C1
 * controls (U+0080–U+009F, among them the one-byte CSI U+009B), the bidi controls and every other
 * character {@link RemoteText} escapes are written as {@code \}{@code uXXXX}, so that a report
 * piped to a terminal or opened in an editor cannot be made to move the cursor or reorder what it
 * shows. The value read back is unchanged.
 */
final class VisibleJsonEscapes extends CharacterEscapes {

  private static final int[] ASCII = standardAsciiEscapesForJSON();

  static {
    ASCII[0x7f] = ESCAPE_STANDARD;
  }

  @Override
  public int[] getEscapeCodesForAscii() {
    return ASCII.clone();
  }

  @Override
  public SerializableString getEscapeSequence(int ch) {
    // Called for characters above U+007F; a surrogate arrives as one UTF-16 unit.
    if (RemoteText.isEscaped(ch) && !Character.isSurrogate((char) ch)) {
      return new SerializedString(String.format("\\u%04X", ch));
    }
    return null;
  }
}
