package dev.statuskit.test.adapter;

import dev.statuskit.exchange.Body;
import dev.statuskit.exchange.Exchange;
import dev.statuskit.test.ExchangeAssert;
import dev.statuskit.test.RulePolicy;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * statuskit for the JDK's {@link HttpClient} ({@code java.net.http}).
 *
 * <pre>{@code
 * HttpClient client = JdkHttpClientAssertions.statusRules(HttpClient.newHttpClient());
 * HttpResponse<String> response = client.send(request, BodyHandlers.ofString());
 * assertThat(response).isCreated().hasLocation();
 * }</pre>
 *
 * Bodies are seen when the body handler produces a {@code String} or {@code byte[]}; for other
 * handlers the body is not recorded and rules that read it are skipped. The JDK client sends no
 * reason phrase to its caller, and request bodies are not readable from it.
 */
public final class JdkHttpClientAssertions {
  private JdkHttpClientAssertions() {}

  /** Assertions on the response and the request that produced it. */
  public static ExchangeAssert assertThat(HttpResponse<?> response) {
    return new ExchangeAssert(exchange(response));
  }

  /** The response and its request as an exchange. */
  public static Exchange exchange(HttpResponse<?> response) {
    return exchange(response, Optional.empty());
  }

  /**
   * A client that reports every exchange it makes, redirects included, to the running {@code
   * StatusRules} test, or checks it at once against the default policy outside one.
   */
  public static HttpClient statusRules(HttpClient client) {
    return statusRules(client, RulePolicy.defaults());
  }

  /** As {@link #statusRules(HttpClient)}, with this policy for exchanges checked at once. */
  public static HttpClient statusRules(HttpClient client, RulePolicy policy) {
    return new StatusRulesHttpClient(client, policy);
  }

  static Exchange exchange(HttpResponse<?> response, Optional<Duration> elapsed) {
    var request = response.request();
    return Exchange.builder()
        .method(request.method())
        .target(request.uri().toString())
        .requestHeaders(headers(request.headers()))
        .requestBody(requestBody(request))
        .protocol(protocol(response.version()))
        .status(response.statusCode())
        .headers(headers(response.headers()))
        .body(body(response.body()))
        .elapsed(elapsed.orElse(null))
        .source("JDK HttpClient")
        .build();
  }

  /** The responses of a redirect chain, first hop first. */
  static List<HttpResponse<?>> chain(HttpResponse<?> last) {
    List<HttpResponse<?>> hops = new ArrayList<>();
    for (Optional<? extends HttpResponse<?>> r = Optional.of(last);
        r.isPresent();
        r = r.get().previousResponse()) {
      hops.add(0, r.get());
    }
    return hops;
  }

  private static Optional<dev.statuskit.exchange.Headers> headers(HttpHeaders headers) {
    Wire.HeaderList list = new Wire.HeaderList();
    headers.map().forEach((name, values) -> values.forEach(v -> list.add(name, v)));
    return list.headers();
  }

  /** Known to be empty when nothing is sent; otherwise the publisher cannot be read back. */
  private static Optional<Body> requestBody(HttpRequest request) {
    boolean none = request.bodyPublisher().map(p -> p.contentLength() == 0).orElse(true);
    return none ? Optional.of(Body.empty()) : Optional.empty();
  }

  private static Optional<Body> body(Object body) {
    if (body instanceof String text) {
      return Optional.of(Body.of(text));
    }
    if (body instanceof byte[] bytes) {
      return Optional.of(Body.of(bytes));
    }
    return Optional.empty();
  }

  private static String protocol(HttpClient.Version version) {
    return version == HttpClient.Version.HTTP_2 ? "HTTP/2" : "HTTP/1.1";
  }
}
