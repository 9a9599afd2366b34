package dev.statuskit.test.adapter;

import dev.statuskit.exchange.Body;
import dev.statuskit.exchange.Exchange;
import dev.statuskit.test.ExchangeAssert;
import dev.statuskit.test.RulePolicy;
import io.restassured.filter.Filter;
import io.restassured.http.Header;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import java.time.Duration;
import java.util.Optional;

/**
 * statuskit for REST Assured.
 *
 * <pre>{@code
 * RestAssured.filters(RestAssuredAssertions.statusRules());   // every exchange, checked
 *
 * Response response = given().body("{}").post("/orders");
 * assertThat(response).isCreated().hasLocation();
 * }</pre>
 */
public final class RestAssuredAssertions {
  private RestAssuredAssertions() {}

  /**
   * Assertions on a response. REST Assured's responses do not carry their request, so rules that
   * need it are skipped; the {@link #statusRules()} filter sees both.
   */
  public static ExchangeAssert assertThat(Response response) {
    return new ExchangeAssert(exchange(response));
  }

  /** The response alone as an exchange. */
  public static Exchange exchange(Response response) {
    return response(Wire.responseOnly(), response).build();
  }

  /**
   * A filter that reports every exchange to the running {@code StatusRules} test, or checks it at
   * once against the default policy outside one. Install it for all requests with {@code
   * RestAssured.filters(...)} or for one with {@code given().filter(...)}.
   */
  public static Filter statusRules() {
    return statusRules(RulePolicy.defaults());
  }

  /** As {@link #statusRules()}, with this policy for exchanges checked at once. */
  public static Filter statusRules(RulePolicy policy) {
    return new StatusRulesFilter(policy);
  }

  static Exchange exchange(FilterableRequestSpecification request, Response response) {
    Wire.HeaderList headers = new Wire.HeaderList();
    for (Header h : request.getHeaders()) {
      headers.add(h.getName(), h.getValue());
    }
    Exchange.Builder b =
        Exchange.builder()
            .method(request.getMethod())
            .target(request.getURI())
            .requestHeaders(headers.headers())
            .requestBody(requestBody(request.<Object>getBody()));
    return response(b, response).build();
  }

  private static Exchange.Builder response(Exchange.Builder b, Response response) {
    Wire.HeaderList headers = new Wire.HeaderList();
    for (Header h : response.getHeaders()) {
      headers.add(h.getName(), h.getValue());
    }
    // "HTTP/1.1 201 Created": the protocol, the code, and the reason phrase as received.
    String[] statusLine = Optional.ofNullable(response.getStatusLine()).orElse("").split(" ", 3);
    long millis = response.getTime();
    return b.protocol(statusLine[0].startsWith("HTTP/") ? statusLine[0] : null)
        .status(response.getStatusCode())
        .reason(statusLine.length == 3 ? statusLine[2] : null)
        .headers(headers.headers())
        .body(Wire.body(response.asByteArray()))
        .elapsed(millis >= 0 ? Duration.ofMillis(millis) : null)
        .source("REST Assured");
  }

  /** Serialized bodies are strings or bytes by the time filters run; anything else is unread. */
  private static Optional<Body> requestBody(Object body) {
    if (body == null) {
      return Optional.of(Body.empty());
    }
    if (body instanceof String text) {
      return Optional.of(Body.of(text));
    }
    if (body instanceof byte[] bytes) {
      return Optional.of(Body.of(bytes));
    }
    return Optional.empty();
  }
}
