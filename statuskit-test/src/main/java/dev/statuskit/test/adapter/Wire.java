package dev.statuskit.test.adapter;

import dev.statuskit.exchange.Body;
import dev.statuskit.exchange.Exchange;
import dev.statuskit.exchange.Headers;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What every adapter does the same way when it turns a client's messages into an exchange. */
final class Wire {
  private Wire() {}

  /**
   * A builder for an exchange whose request the client does not hand over with the response (REST
   * Assured's and Apache HttpClient's responses do not carry it). The target stays empty, so
   * messages show the response alone; the request's headers and body are marked as not recorded, so
   * rules that need them are skipped rather than misled. The method stays the builder's GET, a safe
   * method, so the rules about answers to POST, PUT or DELETE stay silent too.
   */
  static Exchange.Builder responseOnly() {
    return Exchange.builder()
        .target("")
        .requestHeaders(Optional.empty())
        .requestBody(Optional.empty());
  }

  /** A body from the bytes a client buffered; none recorded when the client kept none. */
  static Optional<Body> body(byte[] bytes) {
    return bytes == null ? Optional.empty() : Optional.of(Body.of(bytes));
  }

  /** For clients that give no bytes where there was no body. */
  static Optional<Body> emptyBody() {
    return Optional.of(Body.empty());
  }

  /** Collects header fields in the client's order. */
  static final class HeaderList {
    private final List<Headers.Field> fields = new ArrayList<>();

    HeaderList add(String name, String value) {
      if (name != null && !name.startsWith(":")) { // HTTP/2 pseudo-headers are not fields
        fields.add(new Headers.Field(name, value == null ? "" : value));
      }
      return this;
    }

    Optional<Headers> headers() {
      return Optional.of(Headers.of(fields));
    }
  }
}
