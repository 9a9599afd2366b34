package dev.statuskit.rules;

import java.util.Objects;

/**
 * A worked example of a rule: a short exchange (or spec, or probe) that the rule flags or passes,
 * as shown by {@code statuskit explain}, {@code statuskit rules --format json} and the web UI.
 * Every example of the catalogue is checked by a test against the rule itself.
 *
 * <p>The text of an exchange rule's example is a raw HTTP exchange that {@link
 * dev.statuskit.exchange.RawExchange#parse} reads: the request, a blank line, the response. Probe
 * rules show the probe's exchange (the caption says what the plain GET it varies got); spec rules
 * an OpenAPI document; conformance rules a document followed by a planned request and its answer.
 *
 * @param caption what the example shows, in a few words: "201 without Location"
 * @param text the example itself, without a trailing newline
 * @param flagged whether the rule flags it (true) or passes it (false)
 */
public record Example(String caption, String text, boolean flagged) {

  public Example {
    Objects.requireNonNull(caption, "caption");
    text = Objects.requireNonNull(text, "text").stripTrailing();
    if (caption.isBlank() || text.isBlank()) {
      throw new IllegalArgumentException("an example needs a caption and a text");
    }
  }

  /** An example the rule flags. */
  public static Example flagged(String caption, String text) {
    return new Example(caption, text, true);
  }

  /** An example the rule passes. */
  public static Example passing(String caption, String text) {
    return new Example(caption, text, false);
  }
}
