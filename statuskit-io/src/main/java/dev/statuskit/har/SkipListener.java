package dev.statuskit.har;

/**
 * Told about each piece of input a reader leaves out, so that nothing is dropped silently: an entry
 * with status 0 (a request the browser blocked or cancelled), an entry without a response, a header
 * without a name. Fits {@code Audit::skippedInput}.
 */
@FunctionalInterface
public interface SkipListener {

  /**
   * @param reason why, in the same words for the same reason, so that reports can count them:
   *     "status 0 (no response: blocked, cancelled or failed)"
   * @param where the place in the input: "shop.har entry 12 (line 340)"
   */
  void skipped(String reason, String where);
}
