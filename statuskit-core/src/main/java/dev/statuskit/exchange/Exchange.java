package dev.statuskit.exchange;

import java.time.Duration;
import java.util.Optional;

/**
 * One request and its response, whatever produced it: a live probe, a HAR entry, an access-log
 * line, a user's test. Parts a source does not record are empty, and rules that need them skip.
 *
 * <pre>{@code
 * Exchange e = Exchange.builder()
 *     .method("POST").target("https://api.example.com/orders")
 *     .requestHeader("Content-Type", "application/json").requestBody("{\"sku\": 7}")
 *     .status(201).header("Location", "/orders/42")
 *     .build();
 * }</pre>
 *
 * @param request the request
 * @param response the response
 * @param elapsed from sending the request to the end of the response, when known
 * @param source where the exchange came from, for reports: "shop.har entry 12", "probe: HEAD /x"
 */
public record Exchange(
    Request request, Response response, Optional<Duration> elapsed, String source) {

  /** Whether the source recorded this part. */
  public boolean has(Part part) {
    return switch (part) {
      case REQUEST_HEADERS -> request.headers().isPresent();
      case REQUEST_BODY -> request.body().isPresent();
      case RESPONSE_HEADERS -> response.headers().isPresent();
      case RESPONSE_BODY -> response.body().isPresent();
      case REASON_PHRASE -> response.reason().isPresent();
    };
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds exchanges for sources and tests. Defaults: {@code GET /}, {@code HTTP/1.1 200}, no
   * reason phrase, headers and bodies known and empty.
   */
  public static final class Builder {
    private String method = "GET";
    private String target = "/";
    private Optional<Headers> requestHeaders = Optional.of(Headers.empty());
    private Optional<Body> requestBody = Optional.of(Body.empty());
    private Optional<String> protocol = Optional.of("HTTP/1.1");
    private int status = 200;
    private Optional<String> reason = Optional.empty();
    private Optional<Headers> headers = Optional.of(Headers.empty());
    private Optional<Body> body = Optional.of(Body.empty());
    private Optional<Duration> elapsed = Optional.empty();
    private String source = "exchange";

    private Builder() {}

    public Builder method(String method) {
      this.method = method;
      return this;
    }

    public Builder target(String target) {
      this.target = target;
      return this;
    }

    public Builder requestHeader(String name, String value) {
      requestHeaders = Optional.of(requestHeaders.orElse(Headers.empty()).with(name, value));
      return this;
    }

    public Builder requestHeaders(Optional<Headers> headers) {
      this.requestHeaders = headers;
      return this;
    }

    public Builder requestBody(String text) {
      this.requestBody = Optional.of(Body.of(text));
      return this;
    }

    public Builder requestBody(Optional<Body> body) {
      this.requestBody = body;
      return this;
    }

    public Builder protocol(String protocol) {
      this.protocol = Optional.ofNullable(protocol).filter(p -> !p.isBlank());
      return this;
    }

    public Builder status(int status) {
      this.status = status;
      return this;
    }

    public Builder reason(String reason) {
      this.reason = Optional.ofNullable(reason);
      return this;
    }

    public Builder header(String name, String value) {
      headers = Optional.of(headers.orElse(Headers.empty()).with(name, value));
      return this;
    }

    public Builder headers(Optional<Headers> headers) {
      this.headers = headers;
      return this;
    }

    public Builder body(String text) {
      this.body = Optional.of(Body.of(text));
      return this;
    }

    public Builder body(Optional<Body> body) {
      this.body = body;
      return this;
    }

    /** Marks headers and bodies of both sides as not recorded, as in an access log. */
    public Builder withoutHeadersOrBodies() {
      requestHeaders = Optional.empty();
      requestBody = Optional.empty();
      headers = Optional.empty();
      body = Optional.empty();
      return this;
    }

    public Builder elapsed(Duration elapsed) {
      this.elapsed = Optional.ofNullable(elapsed);
      return this;
    }

    public Builder source(String source) {
      this.source = source;
      return this;
    }

    /**
     * @throws IllegalArgumentException if the status is not a status code (100–599)
     */
    public Exchange build() {
      if (status < 100 || status > 599) {
        throw new IllegalArgumentException("status " + status + " is not an HTTP status code");
      }
      return new Exchange(
          new Request(method, target, requestHeaders, requestBody),
          new Response(protocol, status, reason, headers, body),
          elapsed,
          source);
    }
  }
}
