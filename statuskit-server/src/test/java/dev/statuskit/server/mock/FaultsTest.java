package dev.statuskit.server.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The faults as Java's HttpClient sees them. */
class FaultsTest {
  private static MockServer server;
  private static Http http;

  @BeforeAll
  static void start() {
    server =
        MockServer.builder()
            .idleTimeout(Duration.ofSeconds(3))
            .maxDelay(Duration.ofSeconds(2))
            .start();
    http = new Http(server);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static HttpResponse<String> fetch(String path, Duration timeout) throws Exception {
    HttpClient fresh = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    return fresh.send(
        HttpRequest.newBuilder(server.baseUri().resolve(path)).timeout(timeout).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"reset", "empty", "malformed-chunk", "garbage"})
  void failsTheConnectionAsAnIOException(String kind) {
    assertThatThrownBy(() -> fetch("/fault/" + kind, Duration.ofSeconds(5)))
        .isInstanceOf(IOException.class)
        .isNotInstanceOf(HttpTimeoutException.class);
  }

  @Test
  void resetIsSeenAsAReset() {
    assertThatThrownBy(() -> fetch("/fault/reset", Duration.ofSeconds(5)))
        .isInstanceOf(IOException.class)
        .hasRootCauseMessage("Connection reset");
  }

  @Test
  void hangIsSeenAsATimeout() {
    assertThatThrownBy(() -> fetch("/fault/hang", Duration.ofMillis(500)))
        .isInstanceOf(HttpTimeoutException.class);
  }

  @Test
  void keepsServingAfterFaults() throws Exception {
    assertThatThrownBy(() -> fetch("/fault/garbage", Duration.ofSeconds(5)))
        .isInstanceOf(IOException.class);
    assertThat(fetch("/status/200", Duration.ofSeconds(5)).statusCode()).isEqualTo(200);
  }

  @Test
  void refusesUnknownFaults() {
    HttpResponse<String> r = http.get("/fault/meteor");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("reset, empty, malformed-chunk, garbage, hang");
  }

  @Test
  void theIdleTimeoutEndsAHang() throws Exception {
    try (Raw raw = new Raw(server.baseUri())) {
      raw.request("GET", "/fault/hang", dev.statuskit.exchange.Headers.empty());
      long start = System.nanoTime();
      assertThat(raw.closedByServer()).isTrue();
      assertThat((System.nanoTime() - start) / 1_000_000).isBetween(2500L, 4900L);
    }
  }
}
