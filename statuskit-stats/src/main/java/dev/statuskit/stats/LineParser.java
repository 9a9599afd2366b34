package dev.statuskit.stats;

/**
 * Parses one log line, given as bytes without its line break, and tells the tally about the request
 * it records. Implementations keep no state between lines except reusable scratch space, so each
 * thread uses its own instance.
 */
interface LineParser {

  /**
   * @return null when the line was a request and has been recorded, otherwise why it is not one:
   *     one of the {@link Reasons}, recorded by the caller
   */
  String parse(byte[] b, int from, int to, Tally tally);
}
