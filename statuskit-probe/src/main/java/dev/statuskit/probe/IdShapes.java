package dev.statuskit.probe;

import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the id in a path and makes an unlikely one of the same shape, so the unknown-id probe asks
 * for a resource that does not exist but that the API's router still routes to the same handler: a
 * number for a number, a UUID for a UUID, hex of the same length for a hash.
 */
final class IdShapes {
  private IdShapes() {}

  /** A placeholder the user wrote, as in OpenAPI paths: {@code /users/{id}}. */
  static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}/]*)}");

  private static final Pattern DIGITS = Pattern.compile("\\d+");
  private static final Pattern UUID_SHAPE =
      Pattern.compile(
          "\\p{XDigit}{8}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{12}");
  // Object ids (24), SHA-1 (40), SHA-256 (64)...: long enough not to be a word, with a digit.
  private static final Pattern HEX_HASH = Pattern.compile("(?=.*\\d)\\p{XDigit}{16,}");

  /** An unknown 9-digit id fits in every integer column and is rarely reached by real data. */
  private static final String UNLIKELY_NUMBER = "999999999";

  static boolean isTemplate(String path) {
    return PLACEHOLDER.matcher(path).find();
  }

  /**
   * The path with its id replaced by an unlikely one: every placeholder of a template, or else the
   * last segment when it looks like an id; empty when the path has no id.
   */
  static Optional<String> withUnknownId(String path, Random random) {
    String query = "";
    int q = path.indexOf('?');
    if (q >= 0) {
      query = path.substring(q);
      path = path.substring(0, q);
    }
    if (isTemplate(path)) {
      Matcher m = PLACEHOLDER.matcher(path);
      StringBuilder out = new StringBuilder();
      while (m.find()) {
        m.appendReplacement(out, Matcher.quoteReplacement(forPlaceholder(m.group(1), random)));
      }
      m.appendTail(out);
      return Optional.of(out + query);
    }
    int slash = path.lastIndexOf('/');
    String last = path.substring(slash + 1);
    String finalQuery = query;
    String parent = path.substring(0, slash + 1);
    return unknownLike(last, random).map(id -> parent + id + finalQuery);
  }

  /** An id of the same shape as the segment, when the segment looks like an id. */
  static Optional<String> unknownLike(String segment, Random random) {
    if (DIGITS.matcher(segment).matches()) {
      return Optional.of(unlikelyNumber(segment.length()));
    }
    if (UUID_SHAPE.matcher(segment).matches()) {
      return Optional.of(sameCase(segment, randomUuid(random)));
    }
    if (HEX_HASH.matcher(segment).matches()) {
      return Optional.of(sameCase(segment, randomHex(segment.length(), random)));
    }
    return Optional.empty();
  }

  private static String forPlaceholder(String name, Random random) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.contains("uuid") || n.contains("guid")
        ? randomUuid(random).toString()
        : UNLIKELY_NUMBER;
  }

  // Longer ids keep their length (a validator may check it) but stay within a signed 64-bit
  // integer up to 19 digits, so a correct server is not pushed into an overflow.
  private static String unlikelyNumber(int length) {
    return length <= UNLIKELY_NUMBER.length() ? UNLIKELY_NUMBER : "1" + "9".repeat(length - 1);
  }

  /** A version 4 (random) UUID from the given source, so tests can fix the seed. */
  static UUID randomUuid(Random random) {
    long msb = (random.nextLong() & ~0xF000L) | 0x4000L;
    long lsb = (random.nextLong() & ~(3L << 62)) | (2L << 62);
    return new UUID(msb, lsb);
  }

  private static String randomHex(int length, Random random) {
    StringBuilder hex = new StringBuilder(length);
    while (hex.length() < length) {
      hex.append(Character.forDigit(random.nextInt(16), 16));
    }
    return hex.toString();
  }

  private static String sameCase(String original, Object replacement) {
    String r = replacement.toString();
    boolean upper = original.chars().anyMatch(Character::isUpperCase);
    return upper ? r.toUpperCase(Locale.ROOT) : r.toLowerCase(Locale.ROOT);
  }
}
