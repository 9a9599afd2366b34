package dev.statuskit.retry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Apache HttpClient 5 with the strategy, against the mock server of {@code statuskit serve}, over
 * real sockets. HttpClient does its own waiting, so these tests wait in real time.
 */
class HttpClient5RetryStrategyTest {

  private static MockApi mock;

  private final List<RetryEvent> events = new CopyOnWriteArrayList<>();
  private CloseableHttpClient client;

  @BeforeAll
  static void startMock() {
    mock = new MockApi();
  }

  @AfterAll
  static void stopMock() {
    mock.close();
  }

  @BeforeEach
  void setUp() throws Exception {
    mock.reset();
    // As a user writes it (the listener is only for the assertions).
    client =
        HttpClients.custom()
            .setRetryStrategy(
                new HttpClient5RetryStrategy(RetryPolicy.builder().listener(events::add).build()))
            .build();
  }

  @AfterEach
  void closeClient() throws Exception {
    client.close();
  }

  @Test
  void succeedsOnTheThirdTryAfterTheAdvertisedRetryAfter() throws Exception {
    long start = System.nanoTime();

    String attempt =
        client.execute(
            new HttpGet(mock.uri("/flaky/2")),
            response -> {
              assertThat(response.getCode()).isEqualTo(200);
              EntityUtils.consume(response.getEntity());
              return response.getFirstHeader("X-Flaky-Attempt").getValue();
            });

    Duration took = Duration.ofNanos(System.nanoTime() - start);
    assertThat(attempt).isEqualTo("3/3");
    assertThat(mock.requestsSeen()).isEqualTo(3);
    // Two waits of the advertised Retry-After: 1, for real.
    assertThat(took).isGreaterThanOrEqualTo(Duration.ofSeconds(2));
    assertThat(events)
        .extracting(e -> e.decision().delay())
        .containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ZERO);
    assertThat(events.get(0).toString())
        .isEqualTo(
            "GET "
                + mock.uri("/flaky/2")
                + " try 1: retry in 1 s: 503 Service Unavailable: waiting 1 s as Retry-After"
                + " asks, then try 2 of 3");
  }

  @Test
  void neverRetriesA400() throws Exception {
    int status =
        client.execute(
            new HttpGet(mock.uri("/status/400")),
            response -> {
              EntityUtils.consume(response.getEntity());
              return response.getCode();
            });

    assertThat(status).isEqualTo(400);
    assertThat(mock.requestsSeen()).isEqualTo(1);
    assertThat(events)
        .singleElement()
        .satisfies(
            e -> assertThat(e.decision().reason()).startsWith("400 Bad Request is not retried"));
  }

  @Test
  void doesNotRepeatAPostWithoutAnIdempotencyKey() throws Exception {
    HttpPost post = new HttpPost(mock.uri("/flaky/1"));
    post.setEntity(new StringEntity("{\"amount\": 10}", ContentType.APPLICATION_JSON));

    int status = client.execute(post, response -> response.getCode());

    assertThat(status).isEqualTo(503);
    assertThat(mock.requestsSeen()).isEqualTo(1);
    assertThat(events.get(0).decision().reason()).contains("POST is not idempotent");
  }

  @Test
  void repeatsAPostThatCarriesAnIdempotencyKey() throws Exception {
    // retry_after=0 keeps the test quick; the wait itself is shown above.
    HttpPost post = new HttpPost(mock.uri("/flaky/1?retry_after=0"));
    post.setHeader("Idempotency-Key", "order-42");
    post.setEntity(new StringEntity("{\"amount\": 10}", ContentType.APPLICATION_JSON));

    int status = client.execute(post, response -> response.getCode());

    assertThat(status).isEqualTo(200);
    assertThat(mock.requestsSeen()).isEqualTo(2);
  }
}
