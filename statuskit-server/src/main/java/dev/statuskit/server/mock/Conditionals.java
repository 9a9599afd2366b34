package dev.statuskit.server.mock;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Optional;

/**
 * /etag/{etag} and /cache: conditional requests (RFC 9110 §13). A GET whose validator still matches
 * gets 304 with the fields a 200 would have carried; an If-Match that fails gets 412.
 */
final class Conditionals {
  private final Instant lastModified;

  Conditionals(Instant started) {
    // HTTP dates have whole seconds; a finer time would never compare equal.
    this.lastModified = started.truncatedTo(ChronoUnit.SECONDS);
  }

  Reply etag(Call call) {
    String tag = quoted(call.param("etag"));
    Optional<String> ifMatch = call.header("If-Match");
    if (ifMatch.isPresent() && !matches(ifMatch.get(), tag, false)) {
      return StatusReplies.problem(
              412, call, "If-Match names other tags than the current one, " + tag)
          .with("ETag", tag);
    }
    Optional<String> ifNoneMatch = call.header("If-None-Match");
    if (ifNoneMatch.isPresent() && matches(ifNoneMatch.get(), tag, true)) {
      return notModified(call, tag);
    }
    return Echo.anything(call).with("ETag", tag);
  }

  /**
   * A resource last modified when the server started, with a fixed tag. If-None-Match, when sent,
   * decides alone (RFC 9110 §13.2.2); otherwise If-Modified-Since does.
   */
  Reply cache(Call call) {
    String tag = "\"statuskit-cache\"";
    String modified = HttpDates.format(lastModified);
    Optional<String> ifNoneMatch = call.header("If-None-Match");
    boolean fresh =
        ifNoneMatch.isPresent()
            ? matches(ifNoneMatch.get(), tag, true)
            : call.header("If-Modified-Since")
                .flatMap(HttpDates::parse)
                .filter(since -> !lastModified.isAfter(since))
                .isPresent();
    if (fresh) {
      return notModified(call, tag).replacing("Last-Modified", modified);
    }
    return Echo.anything(call)
        .with("ETag", tag)
        .with("Last-Modified", modified)
        .with("Cache-Control", "no-cache");
  }

  /** 304 with the fields the registry names for it, the validator being the current tag. */
  private static Reply notModified(Call call, String tag) {
    return StatusReplies.of(304, call, StatusReplies.Options.NONE)
        .replacing("ETag", tag)
        .replacing("Cache-Control", "no-cache");
  }

  private static String quoted(String tag) {
    String t = FieldCheck.checked("ETag", tag);
    return t.startsWith("\"") || t.startsWith("W/\"") ? t : "\"" + t + "\"";
  }

  /**
   * Whether a list of tags names this one: weak comparison for If-None-Match, strong for If-Match
   * (RFC 9110 §8.8.3.2).
   */
  static boolean matches(String list, String tag, boolean weak) {
    String current = weak ? opaque(tag) : tag;
    return Arrays.stream(list.split(","))
        .map(String::strip)
        .anyMatch(
            t ->
                t.equals("*")
                    || (weak ? opaque(t) : t).equals(current) && (weak || !t.startsWith("W/")));
  }

  private static String opaque(String tag) {
    return tag.startsWith("W/") ? tag.substring(2) : tag;
  }
}
