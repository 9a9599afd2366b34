package dev.statuskit.retry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The JDK HttpClient wrapper against the mock server of {@code statuskit serve}, over real sockets.
 * A fake clock stands in for waiting: it records each delay the client honoured and takes no time.
 */
class RetryingHttpClientTest {

  private static MockApi mock;
  private static final HttpClient JDK = HttpClient.newHttpClient();

  private final FakeTime time = new FakeTime();
  private final List<RetryEvent> events = new CopyOnWriteArrayList<>();

  @BeforeAll
  static void startMock() {
    mock = new MockApi();
  }

  @AfterAll
  static void stopMock() {
    mock.close();
  }

  @BeforeEach
  void resetMock() throws Exception {
    mock.reset();
  }

  /** How a user builds one; tests add the fake clock and a listener. */
  private RetryingHttpClient client() {
    return RetryingHttpClient.of(
        JDK, RetryPolicy.builder().clock(time).sleeper(time).listener(events::add).build());
  }

  private static HttpRequest get(String path) {
    return HttpRequest.newBuilder(mock.uri(path)).build();
  }

  @Test
  void readmeExampleSync() throws Exception {
    HttpClient client = RetryingHttpClient.of(HttpClient.newHttpClient(), RetryPolicy.defaults());

    HttpResponse<String> response =
        client.send(
            HttpRequest.newBuilder(mock.uri("/flaky/2?retry_after=0")).build(),
            BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(mock.requestsSeen()).isEqualTo(3);
  }

  /** In real time: the async client waits out Retry-After: 1 on a timer, not a blocked thread. */
  @Test
  void readmeExampleAsync() throws Exception {
    HttpClient client = RetryingHttpClient.of(HttpClient.newHttpClient(), RetryPolicy.defaults());
    long start = System.nanoTime();

    int status =
        client
            .sendAsync(
                HttpRequest.newBuilder(mock.uri("/flaky/1")).build(), BodyHandlers.ofString())
            .thenApply(HttpResponse::statusCode)
            .get(10, TimeUnit.SECONDS);

    assertThat(status).isEqualTo(200);
    assertThat(Duration.ofNanos(System.nanoTime() - start))
        .isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    assertThat(mock.requestsSeen()).isEqualTo(2);
  }

  @Test
  void succeedsOnTheThirdTryAfterTheAdvertisedRetryAfter() throws Exception {
    HttpClient client = client();

    HttpResponse<String> response = client.send(get("/flaky/2"), BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("X-Flaky-Attempt")).hasValue("3/3");
    assertThat(mock.requestsSeen()).isEqualTo(3);
    // The mock's 503s carry Retry-After: 1, and the client waited exactly that, twice.
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
    assertThat(events)
        .extracting(e -> e.attempt() + " " + e.outcome() + " " + e.decision().retry())
        .containsExactly(
            "1 503 Service Unavailable true", "2 503 Service Unavailable true", "3 200 OK false");
    assertThat(events.get(0).toString())
        .isEqualTo(
            "GET "
                + mock.uri("/flaky/2")
                + " try 1: retry in 1 s: 503 Service Unavailable: waiting 1 s as Retry-After"
                + " asks, then try 2 of 3");
  }

  @Test
  void asyncSucceedsOnTheThirdTryAfterTheAdvertisedRetryAfter() throws Exception {
    HttpClient client = client();

    HttpResponse<String> response =
        client.sendAsync(get("/flaky/2"), BodyHandlers.ofString()).get(10, TimeUnit.SECONDS);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("X-Flaky-Attempt")).hasValue("3/3");
    assertThat(response.body()).containsPattern("\"attempt\"\\s*:\\s*3");
    assertThat(mock.requestsSeen()).isEqualTo(3);
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
  }

  @Test
  void givesTheBodyHandlerOnlyTheResponseTheCallerGets() throws Exception {
    AtomicInteger asked = new AtomicInteger();
    BodyHandler<String> counting =
        info -> {
          asked.incrementAndGet();
          return BodyHandlers.ofString().apply(info);
        };

    HttpResponse<String> response = client().send(get("/flaky/2"), counting);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(asked).hasValue(1);
  }

  @Test
  void neverRetriesA400() throws Exception {
    HttpResponse<String> response = client().send(get("/status/400"), BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(mock.requestsSeen()).isEqualTo(1);
    assertThat(time.sleeps()).isEmpty();
    assertThat(events)
        .singleElement()
        .satisfies(
            e -> assertThat(e.decision().reason()).startsWith("400 Bad Request is not retried: "));
  }

  @Test
  void doesNotRepeatAPostWithoutAnIdempotencyKey() throws Exception {
    HttpRequest post =
        HttpRequest.newBuilder(mock.uri("/flaky/1"))
            .POST(BodyPublishers.ofString("{\"amount\": 10}"))
            .build();

    HttpResponse<String> response = client().send(post, BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(503);
    assertThat(mock.requestsSeen()).isEqualTo(1);
    assertThat(events.get(0).decision().reason()).contains("carries no Idempotency-Key");
  }

  @Test
  void repeatsAPostThatCarriesAnIdempotencyKey() throws Exception {
    HttpRequest post =
        HttpRequest.newBuilder(mock.uri("/flaky/1"))
            .header("Idempotency-Key", "order-42")
            .POST(BodyPublishers.ofString("{\"amount\": 10}"))
            .build();

    HttpResponse<String> response = client().send(post, BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(mock.requestsSeen()).isEqualTo(2);
  }

  @Test
  void handsBackTheLastFailureWhenTriesRunOut() throws Exception {
    HttpResponse<String> response = client().send(get("/flaky/5"), BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(503);
    assertThat(mock.requestsSeen()).isEqualTo(3);
    assertThat(events.get(2).decision().reason())
        .isEqualTo("503 Service Unavailable on the last of 3 tries");
  }

  @Test
  void retriesARefusedConnectionEvenForAPost() throws Exception {
    HttpRequest post =
        HttpRequest.newBuilder(closedPort()).POST(BodyPublishers.ofString("{}")).build();

    assertThatThrownBy(() -> client().send(post, BodyHandlers.ofString()))
        .isInstanceOf(ConnectException.class);
    assertThat(events).extracting(e -> e.decision().retry()).containsExactly(true, true, false);
    assertThat(events.get(0).decision().reason()).contains("the request was never sent");
  }

  @Test
  void asyncFailsWithTheLastFailureWhenTriesRunOut() {
    HttpRequest request = HttpRequest.newBuilder(closedPort()).build();

    assertThatThrownBy(
            () -> client().sendAsync(request, BodyHandlers.ofString()).get(10, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .hasCauseInstanceOf(ConnectException.class);
    assertThat(events).hasSize(3);
  }

  @Test
  void retriesAResetGetButNotAResetPost() throws Exception {
    assertThatThrownBy(() -> client().send(get("/fault/reset"), BodyHandlers.ofString()))
        .isInstanceOf(IOException.class);
    assertThat(events).extracting(e -> e.decision().retry()).containsExactly(true, true, false);

    events.clear();
    HttpRequest post =
        HttpRequest.newBuilder(mock.uri("/fault/reset")).POST(BodyPublishers.noBody()).build();
    assertThatThrownBy(() -> client().send(post, BodyHandlers.ofString()))
        .isInstanceOf(IOException.class);
    assertThat(events)
        .singleElement()
        .satisfies(e -> assertThat(e.decision().reason()).contains("may have reached the server"));
  }

  /**
   * In real time: the mock's rate limiter answers 429 with Retry-After: 1 until its bucket refills,
   * so only a client that waits the whole second gets through on its retry.
   */
  @Test
  void waitsOutARateLimitInRealTime() throws Exception {
    HttpClient client =
        RetryingHttpClient.of(JDK, RetryPolicy.builder().listener(events::add).build());
    HttpRequest limited =
        HttpRequest.newBuilder(mock.uri("/limited?rate=1&burst=1"))
            .header("X-Client-Id", "rate-test")
            .build();
    assertThat(client.send(limited, BodyHandlers.discarding()).statusCode()).isEqualTo(200);
    events.clear();

    long start = System.nanoTime();
    HttpResponse<Void> second = client.send(limited, BodyHandlers.discarding());
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    assertThat(second.statusCode()).isEqualTo(200);
    assertThat(took).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    assertThat(events)
        .extracting(RetryEvent::outcome)
        .containsExactly("429 Too Many Requests", "200 OK");
    assertThat(events.get(0).decision().delay()).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void isStillTheClientItWraps() {
    HttpClient wrapped =
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(3))
            .build();

    RetryingHttpClient client = RetryingHttpClient.of(wrapped);

    assertThat(client.followRedirects()).isEqualTo(HttpClient.Redirect.NORMAL);
    assertThat(client.connectTimeout()).hasValue(Duration.ofSeconds(3));
    assertThat(client.policy()).isSameAs(RetryPolicy.defaults());
  }

  /** A port on 127.0.0.1 that nothing listens on: it was free a moment ago and is closed now. */
  private static URI closedPort() {
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/orders");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
