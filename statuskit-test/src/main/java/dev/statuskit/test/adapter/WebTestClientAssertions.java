package dev.statuskit.test.adapter;

import dev.statuskit.exchange.Exchange;
import dev.statuskit.test.ExchangeAssert;
import dev.statuskit.test.RulePolicy;
import dev.statuskit.test.StatusRecorder;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.ExchangeResult;

/**
 * statuskit for Spring's WebTestClient.
 *
 * <pre>{@code
 * WebTestClient client = WebTestClient.bindToRouterFunction(routes)
 *     .configureClient()
 *     .entityExchangeResultConsumer(WebTestClientAssertions.statusRules())  // every exchange
 *     .build();
 * client.post().uri("/orders").exchange()
 *     .expectBody().consumeWith(result -> assertThat(result).isCreated().hasLocation());
 * }</pre>
 *
 * WebTestClient hands out an exchange once its body is read ({@code expectBody(...)}), so that is
 * when the consumer sees it. It does not pass on the reason phrase.
 */
public final class WebTestClientAssertions {
  private WebTestClientAssertions() {}

  /** Assertions on an exchange whose body the test has read. */
  public static ExchangeAssert assertThat(EntityExchangeResult<?> result) {
    return new ExchangeAssert(exchange(result));
  }

  /** The request and response of an exchange as statuskit sees them. */
  public static Exchange exchange(ExchangeResult result) {
    return Exchange.builder()
        .method(result.getMethod().name())
        .target(result.getUrl().toString())
        .requestHeaders(headers(result.getRequestHeaders()))
        .requestBody(Wire.body(result.getRequestBodyContent()).or(Wire::emptyBody))
        .protocol(null)
        .status(result.getStatus().value())
        .headers(headers(result.getResponseHeaders()))
        .body(Wire.body(result.getResponseBodyContent()).or(Wire::emptyBody))
        .source("WebTestClient")
        .build();
  }

  /**
   * A consumer for {@code WebTestClient.Builder.entityExchangeResultConsumer} that reports every
   * exchange to the running {@code StatusRules} test, or checks it at once against the default
   * policy outside one.
   */
  public static Consumer<EntityExchangeResult<?>> statusRules() {
    return statusRules(RulePolicy.defaults());
  }

  /** As {@link #statusRules()}, with this policy for exchanges checked at once. */
  public static Consumer<EntityExchangeResult<?>> statusRules(RulePolicy policy) {
    return result -> StatusRecorder.report(exchange(result), policy);
  }

  private static Optional<dev.statuskit.exchange.Headers> headers(HttpHeaders headers) {
    Wire.HeaderList list = new Wire.HeaderList();
    headers.forEach((name, values) -> values.forEach(v -> list.add(name, v)));
    return list.headers();
  }
}
