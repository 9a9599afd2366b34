package dev.statuskit.har;

import dev.statuskit.exchange.Body;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Turns the text of a HAR content or postData object into a {@link Body}: decodes base64, keeps at
 * most {@link Body#EXCERPT} characters, and works out the full size from what the file declares and
 * what it holds.
 */
final class HarBodies {

  /** Base64 characters that decode to the excerpt: four for every three bytes. */
  private static final int BASE64_FOR_EXCERPT = (Body.EXCERPT + 2) / 3 * 4;

  private HarBodies() {}

  /**
   * @param text the text member, possibly cut by the reader
   * @param encoding the encoding member; only "base64" is defined by HAR 1.2
   * @param declared the size the file declares (content.size), -1 when unknown
   * @return the body, or empty when the text claims to be base64 and is not
   */
  static Optional<Body> of(HarText text, Optional<String> encoding, long declared) {
    if (encoding.filter(e -> e.equalsIgnoreCase("base64")).isPresent()) {
      return base64(text, declared);
    }
    return Optional.of(plain(text, declared));
  }

  private static Body plain(HarText text, long declared) {
    String all = text.start();
    if (all.isEmpty() && !text.isCut() && declared <= 0) {
      return Body.empty();
    }
    String kept = firstChars(all, Body.EXCERPT);
    long full = text.utf8Length();
    boolean whole = kept.length() == all.length() && !text.isCut();
    // A declared size above what the file holds means the exporter kept only part of the body.
    return new Body(kept, Math.max(declared, full), !whole || declared > full);
  }

  /**
   * Decodes only as much base64 as the excerpt needs. Binary content becomes lossy UTF-8 text, as
   * {@link Body} keeps it; rules read only text formats.
   */
  private static Optional<Body> base64(HarText text, long declared) {
    String chars = text.start();
    int end = quartetsEnd(chars, BASE64_FOR_EXCERPT, !text.isCut());
    if (end < 0) {
      return Optional.empty();
    }
    boolean decodesAll = end == chars.length() && !text.isCut();
    byte[] bytes;
    try {
      bytes = Base64.getMimeDecoder().decode(chars.substring(0, end));
    } catch (IllegalArgumentException e) {
      return Optional.empty(); // padding in the middle, or a lone last character
    }
    long size;
    if (decodesAll) {
      size = Math.max(declared, bytes.length);
    } else if (declared >= 0) {
      size = declared;
    } else {
      // Estimated from the length of the text: padding and line breaks make it a few bytes high.
      size = (text.utf8Length() * 3) / 4;
    }
    int keep = Math.min(bytes.length, Body.EXCERPT);
    String kept = new String(bytes, 0, keep, StandardCharsets.UTF_8);
    return Optional.of(new Body(kept, size, keep < size));
  }

  /**
   * Where to stop decoding: the end of the text if it is whole and holds at most {@code max} base64
   * characters, else right after the last complete group of four within the first {@code max}; -1
   * if the text is not base64 (line breaks and padding are fine, other characters are not).
   */
  static int quartetsEnd(String s, int max, boolean whole) {
    int count = 0;
    int lastGroupEnd = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isBase64(c)) {
        if (count == max) {
          return lastGroupEnd;
        }
        count++;
        if (count % 4 == 0) {
          lastGroupEnd = i + 1;
        }
      } else if (!(c == '=' || Character.isWhitespace(c))) {
        return -1;
      }
    }
    return whole ? s.length() : lastGroupEnd;
  }

  private static boolean isBase64(char c) {
    return (c >= 'A' && c <= 'Z')
        || (c >= 'a' && c <= 'z')
        || (c >= '0' && c <= '9')
        || c == '+'
        || c == '/';
  }

  /** The first max characters, never splitting a surrogate pair. */
  static String firstChars(String s, int max) {
    if (s.length() <= max) {
      return s;
    }
    int end = Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max;
    return s.substring(0, end);
  }
}
