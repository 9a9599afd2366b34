package dev.statuskit.har;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.statuskit.exchange.Headers;
import dev.statuskit.har.HarEntry.HarHeaders;
import dev.statuskit.har.HarEntry.HarRequest;
import dev.statuskit.har.HarEntry.HarResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Reads one HAR entry object from the token stream, taking the members statuskit uses and skipping
 * the rest (timings, cache, cookies, browser extensions such as {@code _initiator}). A member of
 * the wrong JSON type counts as absent: exporters differ, and the mapping decides what an absent
 * member means.
 */
final class EntryParser {
  private final JsonParser p;
  private final StringCap cap;

  EntryParser(JsonParser p, StringCap cap) {
    this.p = p;
    this.cap = cap;
  }

  /** Reads the entry whose START_OBJECT is the current token; leaves the parser on its end. */
  HarEntry entry() throws IOException {
    int line = p.currentTokenLocation().getLineNr();
    Optional<HarRequest> request = Optional.empty();
    Optional<HarResponse> response = Optional.empty();
    OptionalDouble time = OptionalDouble.empty();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      switch (name) {
        case "request" -> request = isObject() ? Optional.of(request()) : skipped();
        case "response" -> response = isObject() ? Optional.of(response()) : skipped();
        case "time" -> time = number();
        default -> p.skipChildren();
      }
    }
    return new HarEntry(request, response, time, line);
  }

  private HarRequest request() throws IOException {
    Optional<String> method = Optional.empty();
    Optional<String> url = Optional.empty();
    Optional<String> version = Optional.empty();
    Optional<HarHeaders> headers = Optional.empty();
    Optional<HarText> postText = Optional.empty();
    boolean hasPostData = false;
    long bodySize = -1;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      switch (name) {
        case "method" -> method = string();
        case "url" -> url = string();
        case "httpVersion" -> version = string();
        case "headers" -> headers = headers();
        case "bodySize" -> bodySize = size();
        case "postData" -> {
          hasPostData = isObject();
          postText = hasPostData ? content().text : skipped();
        }
        default -> p.skipChildren();
      }
    }
    return new HarRequest(method, url, version, headers, postText, hasPostData, bodySize);
  }

  private HarResponse response() throws IOException {
    OptionalInt status = OptionalInt.empty();
    Optional<String> statusText = Optional.empty();
    Optional<String> version = Optional.empty();
    Optional<HarHeaders> headers = Optional.empty();
    Content content = new Content(Optional.empty(), Optional.empty(), -1);
    long bodySize = -1;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      switch (name) {
        case "status" -> status = status();
        case "statusText" -> statusText = string();
        case "httpVersion" -> version = string();
        case "headers" -> headers = headers();
        case "bodySize" -> bodySize = size();
        case "content" -> {
          if (isObject()) {
            content = content();
          } else {
            p.skipChildren();
          }
        }
        default -> p.skipChildren();
      }
    }
    return new HarResponse(
        status,
        statusText,
        version,
        headers,
        content.text,
        content.encoding,
        content.size,
        bodySize);
  }

  private record Content(Optional<HarText> text, Optional<String> encoding, long size) {}

  /** A content or postData object: its text (capped), encoding and size. */
  private Content content() throws IOException {
    Optional<HarText> text = Optional.empty();
    Optional<String> encoding = Optional.empty();
    long size = -1;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      if (name.equals("text")) {
        text = text();
      } else if (name.equals("encoding")) {
        encoding = string();
      } else if (name.equals("size")) {
        size = size();
      } else {
        p.skipChildren();
      }
    }
    return new Content(text, encoding, size);
  }

  private Optional<HarHeaders> headers() throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      return skipped();
    }
    List<Headers.Field> fields = new ArrayList<>();
    int nameless = 0;
    while (p.nextToken() != JsonToken.END_ARRAY) {
      if (!isObject()) {
        p.skipChildren();
        nameless++;
        continue;
      }
      Optional<String> name = Optional.empty();
      Optional<String> value = Optional.empty();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String member = p.currentName();
        p.nextToken();
        switch (member) {
          case "name" -> name = string();
          case "value" -> value = string();
          default -> p.skipChildren();
        }
      }
      if (name.isPresent() && !name.get().isBlank()) {
        fields.add(new Headers.Field(name.get(), value.orElse("")));
      } else {
        nameless++;
      }
    }
    return Optional.of(new HarHeaders(fields, nameless));
  }

  private boolean isObject() {
    return p.currentToken() == JsonToken.START_OBJECT;
  }

  /** Skips the current value and reports it absent. */
  private <T> Optional<T> skipped() throws IOException {
    p.skipChildren();
    return Optional.empty();
  }

  /** A scalar as text (numbers too: some exporters quote them, some do not). */
  private Optional<String> string() throws IOException {
    JsonToken t = p.currentToken();
    if (t.isScalarValue() && t != JsonToken.VALUE_NULL) {
      return Optional.of(p.getText());
    }
    return skipped();
  }

  /** A string that may have been cut by the cap, with what was cut. */
  private Optional<HarText> text() throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      return skipped();
    }
    long start = p.currentTokenLocation().getByteOffset();
    String text = p.getText();
    long dropped = cap.cutAt(start).map(StringCap.Cut::droppedUtf8).orElse(0L);
    return Optional.of(new HarText(text, dropped));
  }

  private OptionalDouble number() throws IOException {
    if (p.currentToken().isNumeric()) {
      return OptionalDouble.of(p.getDoubleValue());
    }
    Optional<String> s = string();
    try {
      return s.isPresent()
          ? OptionalDouble.of(Double.parseDouble(s.get()))
          : OptionalDouble.empty();
    } catch (NumberFormatException e) {
      return OptionalDouble.empty();
    }
  }

  private OptionalInt status() throws IOException {
    OptionalDouble n = number();
    if (n.isEmpty() || n.getAsDouble() != Math.rint(n.getAsDouble())) {
      return OptionalInt.empty();
    }
    double d = n.getAsDouble();
    return OptionalInt.of(d > Integer.MAX_VALUE || d < Integer.MIN_VALUE ? -1 : (int) d);
  }

  /** A size in bytes; -1 (unknown) when absent or not a whole number. */
  private long size() throws IOException {
    OptionalDouble n = number();
    return n.isPresent() && n.getAsDouble() >= 0 ? (long) n.getAsDouble() : -1;
  }
}
