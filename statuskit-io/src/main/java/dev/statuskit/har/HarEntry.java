package dev.statuskit.har;

import dev.statuskit.exchange.Headers;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * One entry of a HAR file as written, before it is judged and turned into an exchange. Sizes are -1
 * where the file does not give them, as in HAR itself.
 *
 * @param request the request, absent when the entry has none
 * @param response the response, absent when the entry has none
 * @param time milliseconds from the request's start to the response's end
 * @param line where the entry starts in the file
 */
record HarEntry(
    Optional<HarRequest> request, Optional<HarResponse> response, OptionalDouble time, int line) {

  /** The request object of an entry. */
  record HarRequest(
      Optional<String> method,
      Optional<String> url,
      Optional<String> httpVersion,
      Optional<HarHeaders> headers,
      Optional<HarText> postText,
      boolean hasPostData,
      long bodySize) {}

  /** The response object of an entry, with its content object. */
  record HarResponse(
      OptionalInt status,
      Optional<String> statusText,
      Optional<String> httpVersion,
      Optional<HarHeaders> headers,
      Optional<HarText> text,
      Optional<String> encoding,
      long contentSize,
      long bodySize) {}

  /**
   * A headers array.
   *
   * @param fields the fields that have a name
   * @param nameless how many elements had no name (and were left out)
   */
  record HarHeaders(List<Headers.Field> fields, int nameless) {}
}
