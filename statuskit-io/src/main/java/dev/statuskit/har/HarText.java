package dev.statuskit.har;

/**
 * A string of the HAR as the reader got it: whole, or its start when {@link StringCap} cut it.
 *
 * @param start the string, or its first part
 * @param droppedUtf8 bytes (of UTF-8) of the string that were left out; 0 when it is whole
 */
record HarText(String start, long droppedUtf8) {

  boolean isCut() {
    return droppedUtf8 > 0;
  }

  /** Bytes of the whole string in UTF-8. */
  long utf8Length() {
    return utf8Length(start) + droppedUtf8;
  }

  static long utf8Length(CharSequence s) {
    long n = 0;
    for (int i = 0, len = s.length(); i < len; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        n++;
      } else if (c < 0x800) {
        n += 2;
      } else if (Character.isHighSurrogate(c)
          && i + 1 < len
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        n += 4;
        i++;
      } else {
        n += 3;
      }
    }
    return n;
  }
}
