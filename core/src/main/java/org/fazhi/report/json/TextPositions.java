package org.fazhi.report.json;

/**
 * The line and column, from 1, of a place in a document, as the reader counts them: lines break at
 * LF, CR LF or CR; columns count characters (UTF-16 code units). Used where the reader stops before
 * Jackson has a location: a document past {@link ReportJson#MAX_DOCUMENT_LENGTH}.
 */
record TextPositions(int line, int column) {
  /** The position of the character at {@code index} of {@code text}. */
  static TextPositions ofChar(CharSequence text, long index) {
    int line = 1;
    long lineStart = 0;
    long end = Math.min(index, text.length());
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
        line++;
        lineStart = i + 1;
      }
    }
    return new TextPositions(line, (int) Math.min(Integer.MAX_VALUE, index - lineStart + 1));
  }

  /**
   * The position of the byte at {@code index} of UTF-8 {@code bytes}, its column in characters (a
   * continuation byte counts with the character it continues).
   */
  static TextPositions ofByte(byte[] bytes, int index) {
    int line = 1;
    int column = 1;
    int end = Math.min(index, bytes.length);
    for (int i = 0; i < end; i++) {
      int b = bytes[i] & 0xFF;
      if (b == '\n' || b == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n')) {
        line++;
        column = 1;
      } else if ((b & 0xC0) != 0x80) {
        column += (b & 0xF8) == 0xF0 ? 2 : 1;
      }
    }
    return new TextPositions(line, column);
  }

  /**
   * The position of the first character of {@code text} whose UTF-8 bytes end past {@code limit}
   * bytes, or of its end if there is none.
   */
  static TextPositions pastUtf8Bytes(CharSequence text, long limit) {
    long bytes = 0;
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      boolean pair =
          Character.isHighSurrogate(c)
              && i + 1 < length
              && Character.isLowSurrogate(text.charAt(i + 1));
      bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : pair ? 4 : Character.isSurrogate(c) ? 1 : 3;
      if (bytes > limit) {
        return ofChar(text, i);
      }
      if (pair) {
        i++;
      }
    }
    return ofChar(text, length);
  }
}
