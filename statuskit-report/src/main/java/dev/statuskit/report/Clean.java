package dev.statuskit.report;

/**
 * Makes text from the audited API safe to print on one line. A response can carry anything: a
 * newline would break a report's layout, an ANSI escape would repaint the user's terminal, and
 * bidirectional overrides can make text read differently from what it is.
 */
final class Clean {
  private Clean() {}

  /**
   * Whitespace becomes one space; control and invisible formatting characters, and anything XML 1.0
   * cannot carry, become "?".
   */
  static String line(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = out.length() > 0;
        continue;
      }
      if (space) {
        out.append(' ');
        space = false;
      }
      out.appendCodePoint(isUnsafe(c) ? '?' : c);
    }
    return out.toString();
  }

  private static boolean isUnsafe(int c) {
    return Character.isISOControl(c)
        || (c >= 0x200B && c <= 0x200F) // zero-width and direction marks
        || (c >= 0x202A && c <= 0x202E) // bidirectional embeddings and overrides
        || (c >= 0x2066 && c <= 0x2069) // bidirectional isolates
        || c == 0xFEFF
        || c == 0xFFFE // not characters; XML 1.0 forbids them
        || c == 0xFFFF
        || Character.getType(c) == Character.SURROGATE
        || Character.getType(c) == Character.PRIVATE_USE;
  }
}
