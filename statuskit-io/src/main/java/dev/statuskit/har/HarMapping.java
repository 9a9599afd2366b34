package dev.statuskit.har;

import dev.statuskit.exchange.Body;
import dev.statuskit.exchange.Exchange;
import dev.statuskit.exchange.Headers;
import dev.statuskit.har.HarEntry.HarHeaders;
import dev.statuskit.har.HarEntry.HarRequest;
import dev.statuskit.har.HarEntry.HarResponse;
import dev.statuskit.registry.StatusCodes;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What a HAR entry means as an exchange: which entries cannot be one (and why, in words that are
 * the same for the same reason, so that reports can count them), and how the members of the rest
 * map onto {@link Exchange}.
 */
final class HarMapping {

  static final String NO_REQUEST = "entry without a request";
  static final String NO_RESPONSE = "entry without a response";
  static final String NO_METHOD = "request without a method";
  static final String NO_URL = "request without a URL";
  static final String NO_STATUS = "response without a status code";
  static final String STATUS_ZERO = "status 0 (no response: blocked, cancelled or failed)";
  static final String STATUS_OUT_OF_RANGE = "status outside 100–599";
  static final String NOT_AN_OBJECT = "entry is not a JSON object";
  static final String NAMELESS_HEADER = "header without a name (left out of the exchange)";

  private HarMapping() {}

  /** Why the entry cannot become an exchange, or empty when it can. */
  static Optional<String> unusable(HarEntry e) {
    if (e.request().isEmpty()) {
      return Optional.of(NO_REQUEST);
    }
    if (e.response().isEmpty()) {
      return Optional.of(NO_RESPONSE);
    }
    HarRequest rq = e.request().get();
    if (blank(rq.method())) {
      return Optional.of(NO_METHOD);
    }
    if (blank(rq.url())) {
      return Optional.of(NO_URL);
    }
    HarResponse rs = e.response().get();
    if (rs.status().isEmpty()) {
      return Optional.of(NO_STATUS);
    }
    int status = rs.status().getAsInt();
    // Browsers write status 0 for requests that got no response at all: blocked by the client or
    // an extension, cancelled, or failed (DNS, TLS, connection reset). There is nothing to check.
    if (status == 0) {
      return Optional.of(STATUS_ZERO);
    }
    if (status < 100 || status > 599) {
      return Optional.of(STATUS_OUT_OF_RANGE);
    }
    return Optional.empty();
  }

  /** How many header elements were left out for lack of a name. */
  static int namelessHeaders(HarEntry e) {
    return e.request().flatMap(HarRequest::headers).map(HarHeaders::nameless).orElse(0)
        + e.response().flatMap(HarResponse::headers).map(HarHeaders::nameless).orElse(0);
  }

  /** The exchange of an entry that {@link #unusable} accepts. */
  static Exchange exchange(HarEntry e, String source) {
    HarRequest rq = e.request().orElseThrow();
    HarResponse rs = e.response().orElseThrow();
    int status = rs.status().orElseThrow();
    Optional<String> protocol = protocol(rs.httpVersion()).or(() -> protocol(rq.httpVersion()));
    return Exchange.builder()
        .method(rq.method().orElseThrow().strip())
        .target(rq.url().orElseThrow().strip())
        .requestHeaders(rq.headers().map(HarMapping::headers))
        .requestBody(requestBody(rq))
        .protocol(protocol.orElse(null))
        .status(status)
        .reason(reason(rs.statusText(), protocol).orElse(null))
        .headers(rs.headers().map(HarMapping::headers))
        .body(responseBody(rs, rq.method().orElseThrow()))
        .elapsed(elapsed(e.time()).orElse(null))
        .source(source)
        .build();
  }

  /** The entry's time in milliseconds; HAR writes -1 where it is unknown. */
  static Optional<Duration> elapsed(OptionalDouble ms) {
    if (ms.isEmpty() || !(ms.getAsDouble() >= 0) || Double.isInfinite(ms.getAsDouble())) {
      return Optional.empty();
    }
    return Optional.of(Duration.ofNanos(Math.round(ms.getAsDouble() * 1_000_000)));
  }

  /**
   * The protocol in the form statuskit uses ("HTTP/1.1", "HTTP/2", "HTTP/3") from what exporters
   * write: Chrome writes ALPN ids ("h2", "h3"), others "HTTP/2.0" or lower case.
   */
  static Optional<String> protocol(Optional<String> httpVersion) {
    String v = httpVersion.orElse("").strip().toLowerCase(Locale.ROOT);
    if (v.isEmpty() || v.equals("unknown")) {
      return Optional.empty();
    }
    if (v.equals("h2") || v.equals("h2c") || v.equals("http/2") || v.equals("http/2.0")) {
      return Optional.of("HTTP/2");
    }
    if (v.equals("h3") || v.startsWith("h3-") || v.equals("http/3") || v.equals("http/3.0")) {
      return Optional.of("HTTP/3");
    }
    if (v.startsWith("http/")) {
      return Optional.of(v.toUpperCase(Locale.ROOT));
    }
    return Optional.of(httpVersion.orElseThrow().strip());
  }

  /**
   * The reason phrase as the server sent it. HTTP/2 and HTTP/3 have none (RFC 9113 §8.3.2, RFC 9114
   * §4.3.2): Chrome writes "" there, Firefox its own phrase for the code, which the server never
   * sent and so is no evidence about it.
   */
  static Optional<String> reason(Optional<String> statusText, Optional<String> protocol) {
    boolean noPhrases = protocol.filter(p -> p.equals("HTTP/2") || p.equals("HTTP/3")).isPresent();
    return noPhrases ? Optional.empty() : statusText.filter(t -> !t.isBlank());
  }

  /**
   * Header fields as recorded, without HTTP/2 and HTTP/3 pseudo-header fields (":authority",
   * ":status"...), which Chrome lists among headers but which are not header fields (RFC 9113
   * §8.3).
   */
  static Headers headers(HarHeaders h) {
    return Headers.of(h.fields().stream().filter(f -> !f.name().startsWith(":")).toList());
  }

  static Optional<Body> requestBody(HarRequest rq) {
    if (rq.postText().isPresent()) {
      return HarBodies.of(rq.postText().get(), Optional.empty(), rq.bodySize());
    }
    // No postData: the request had no body, unless the file says some bytes were sent. postData
    // with params but no text (multipart uploads) has a body we cannot see.
    boolean sentBytes = rq.bodySize() > 0 || rq.hasPostData();
    return sentBytes ? Optional.empty() : Optional.of(Body.empty());
  }

  /**
   * The response body. Absent text means the exporter did not keep the body (DevTools drops large
   * or binary bodies, and all of them in its sanitized export): unknown, not empty, unless the file
   * says the content had no bytes.
   */
  static Optional<Body> responseBody(HarResponse rs, String method) {
    boolean noContent =
        method.strip().equalsIgnoreCase("HEAD")
            || !StatusCodes.of(rs.status().orElseThrow()).bodyAllowed();
    if (noContent && rs.bodySize() == 0) {
      // For a 304, DevTools writes the cached representation as the content, yet nothing came
      // over the wire (bodySize 0): the response itself had no body (RFC 9110 §15.4.5).
      return Optional.of(Body.empty());
    }
    if (rs.text().isPresent()) {
      return HarBodies.of(rs.text().get(), rs.encoding(), rs.contentSize());
    }
    boolean knownEmpty = rs.contentSize() == 0 || (rs.contentSize() < 0 && rs.bodySize() == 0);
    return knownEmpty ? Optional.of(Body.empty()) : Optional.empty();
  }

  private static boolean blank(Optional<String> s) {
    return s.map(String::isBlank).orElse(true);
  }
}
