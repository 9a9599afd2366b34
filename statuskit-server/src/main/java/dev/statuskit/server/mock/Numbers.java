package dev.statuskit.server.mock;

/**
 * Reading numbers from paths and queries, with a message naming the parameter when they are bad.
 */
final class Numbers {
  private Numbers() {}

  static long bounded(String name, String text, long min, long max) {
    long value;
    try {
      value = Long.parseLong(text.strip());
    } catch (NumberFormatException e) {
      throw Refusal.badRequest(name + " must be a whole number, not '" + shorten(text) + "'");
    }
    if (value < min || value > max) {
      throw Refusal.badRequest(name + " must be from " + min + " to " + max + ", not " + value);
    }
    return value;
  }

  static String shorten(String text) {
    return text.length() <= 40 ? text : text.substring(0, 39) + "…";
  }
}
