package dev.statuskit.exchange;

import dev.statuskit.registry.StatusCode;
import dev.statuskit.registry.StatusCodes;
import java.util.List;
import java.util.Optional;

/**
 * The response half of an exchange.
 *
 * @param protocol e.g. "HTTP/1.1", "HTTP/2"; empty when unknown
 * @param status the status code, 100–599
 * @param reason the reason phrase as received; empty when the source lacks it (and in HTTP/2)
 * @param headers the header fields, empty when the source does not record them
 * @param body the body, empty when the source does not record it
 */
public record Response(
    Optional<String> protocol,
    int status,
    Optional<String> reason,
    Optional<Headers> headers,
    Optional<Body> body) {

  /** What the registry knows about the status. */
  public StatusCode code() {
    return StatusCodes.of(status);
  }

  /** A response header, when the source has headers and this one is present. */
  public Optional<String> header(String name) {
    return headers.flatMap(h -> h.first(name));
  }

  /** Every value of the field, in order; none when the headers are unknown or lack it. */
  public List<String> all(String name) {
    return headers.map(h -> h.all(name)).orElse(List.of());
  }

  /** Whether the response headers are known and include the field. */
  public boolean hasHeader(String name) {
    return headers.map(h -> h.has(name)).orElse(false);
  }

  /** The media type of the body, lower-cased, without parameters. */
  public Optional<String> mediaType() {
    return headers.flatMap(Headers::mediaType);
  }

  /** Whether the source recorded a non-empty body. */
  public boolean hasBody() {
    return body.map(b -> !b.isEmpty()).orElse(false);
  }

  /** "201 Created", with the reason phrase as received where there was one. */
  @Override
  public String toString() {
    return status + " " + reason.filter(r -> !r.isBlank()).orElse(code().phrase());
  }
}
