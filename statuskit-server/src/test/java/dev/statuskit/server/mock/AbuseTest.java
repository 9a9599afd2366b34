package dev.statuskit.server.mock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.exchange.Headers;
import java.io.IOException;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Under abuse the server answers what it can, closes what it must, and keeps serving. */
class AbuseTest {
  private static MockServer server;

  @BeforeAll
  static void start() {
    server =
        MockServer.builder().requestTimeout(Duration.ofMillis(800)).maxHeaderBytes(4096).start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static void stillServes() throws IOException {
    Raw.Response r =
        Raw.exchange(server.baseUri(), "GET", "/status/200", Headers.of("Connection", "close"));
    assertThat(r.status()).isEqualTo(200);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "GARBAGE\r\n\r\n",
        "GET / HTTP/1.1\r\nHost: x\r\nBad Header Without Colon\r\n\r\n",
        "GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabc",
        "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
        // both framings at once: a sign of request smuggling (RFC 9112 §6.1)
        "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Length: 5\r\n\r\n0\r\n\r\n",
      })
  void answersMalformedRequestsWith400AndCloses(String request) throws Exception {
    try (Raw raw = new Raw(server.baseUri())) {
      raw.send(request);
      Raw.Response r = raw.read(false);
      assertThat(r.status()).isEqualTo(400);
      assertThat(r.headers().first("Connection")).hasValue("close");
      assertThat(raw.closedByServer()).isTrue();
    }
    stillServes();
  }

  @Test
  void answersAnotherHttpVersionWith505AndCloses() throws Exception {
    try (Raw raw = new Raw(server.baseUri())) {
      raw.send("GET /status/200 HTTP/9.9\r\nHost: x\r\n\r\n");
      Raw.Response r = raw.read(false);
      assertThat(r.status()).isEqualTo(505);
      assertThat(raw.closedByServer()).isTrue();
    }
    stillServes();
  }

  @Test
  void answersAnOverlongRequestLineWith414() throws Exception {
    try (Raw raw = new Raw(server.baseUri())) {
      raw.send("GET /" + "a".repeat(Limits.MAX_LINE_BYTES + 10) + " HTTP/1.1\r\nHost: x\r\n\r\n");
      assertThat(raw.read(false).status()).isEqualTo(414);
      assertThat(raw.closedByServer()).isTrue();
    }
    stillServes();
  }

  @Test
  void answersAnOversizedHeaderSectionWith431() throws Exception {
    try (Raw raw = new Raw(server.baseUri())) {
      raw.send("GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + "b".repeat(5000) + "\r\n\r\n");
      Raw.Response r = raw.read(false);
      assertThat(r.status()).isEqualTo(431);
      assertThat(r.reason()).isEqualTo("Request Header Fields Too Large");
    }
    stillServes();
  }

  @Test
  void closesASlowlorisConnectionAfterTheRequestTimeout() throws Exception {
    try (Raw raw = new Raw(server.baseUri())) {
      long start = System.nanoTime();
      raw.send("GET /status/200 HTTP/1.1\r\n");
      boolean closed = false;
      // A header line every 200 ms: never idle, never done.
      for (int i = 0; i < 20 && !closed; i++) {
        Thread.sleep(200);
        try {
          raw.send("X-Slow-" + i + ": 1\r\n");
        } catch (IOException e) {
          closed = true;
        }
      }
      closed = closed || raw.closedByServer();
      assertThat(closed).isTrue();
      assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(3000);
    }
    stillServes();
  }

  @Test
  void timesEachRequestOnAKeptAliveConnectionFromItsOwnFirstByte() throws Exception {
    try (Raw raw = new Raw(server.baseUri())) {
      raw.request("GET", "/status/200", Headers.empty());
      assertThat(raw.read(false).status()).isEqualTo(200);
      // Quiet between requests for longer than the request timeout: no request is late.
      Thread.sleep(1200);
      raw.request("GET", "/status/204", Headers.empty());
      assertThat(raw.read(false).status()).isEqualTo(204);
      // A slow request a little later is late 800 ms after its own first byte, not earlier (as
      // it would be, counted from the request before).
      Thread.sleep(400);
      long start = System.nanoTime();
      raw.send("GET /status/200 HTTP/1.1\r\n");
      boolean closed = false;
      for (int i = 0; i < 20 && !closed; i++) {
        Thread.sleep(100);
        try {
          raw.send("X-Slow-" + i + ": 1\r\n");
        } catch (IOException e) {
          closed = true;
        }
      }
      closed = closed || raw.closedByServer();
      long millis = (System.nanoTime() - start) / 1_000_000;
      assertThat(closed).isTrue();
      assertThat(millis).isBetween(750L, 3000L);
    }
    stillServes();
  }

  @Test
  void timesAHalfRequestThatCameBehindAWholeOne() throws Exception {
    try (Raw raw = new Raw(server.baseUri())) {
      long start = System.nanoTime();
      // One write: a whole request, then the start of another that never ends. No later read
      // starts the second one's clock: it must start when the first is whole.
      raw.send(
          "GET /status/200 HTTP/1.1\r\nHost: x\r\n\r\nGET /status/201 HTTP/1.1\r\nHost: x\r\n");
      assertThat(raw.read(false).status()).isEqualTo(200);
      assertThat(raw.closedByServer()).isTrue();
      assertThat((System.nanoTime() - start) / 1_000_000).isBetween(750L, 3000L);
    }
    stillServes();
  }

  @Test
  void servesAThousandConcurrentKeepAliveConnections() throws Exception {
    int n = 1000;
    List<Raw> connections = new ArrayList<>(n);
    try {
      for (int i = 0; i < n; i++) {
        connections.add(new Raw(server.baseUri()));
      }
      for (int round = 0; round < 2; round++) {
        for (Raw raw : connections) {
          raw.request("GET", "/status/204", Headers.empty());
        }
        for (Raw raw : connections) {
          assertThat(raw.read(false).status()).isEqualTo(204);
        }
      }
    } finally {
      for (Raw raw : connections) {
        raw.close();
      }
    }
    stillServes();
  }

  @Test
  void answersPipelinedRequestsInOrder() throws Exception {
    try (Raw raw = new Raw(server.baseUri())) {
      raw.send(
          "GET /delay/300 HTTP/1.1\r\nHost: x\r\n\r\n"
              + "GET /status/201 HTTP/1.1\r\nHost: x\r\n\r\n"
              + "GET /status/202 HTTP/1.1\r\nHost: x\r\n\r\n");
      assertThat(raw.read(false).status()).isEqualTo(200);
      assertThat(raw.read(false).status()).isEqualTo(201);
      assertThat(raw.read(false).status()).isEqualTo(202);
    }
  }

  @Test
  void closesConnectionsBeyondTheLimit() throws Exception {
    try (MockServer small = MockServer.builder().maxConnections(2).start();
        Raw a = new Raw(small.baseUri());
        Raw b = new Raw(small.baseUri())) {
      // Answered requests prove both were accepted before the third connects.
      a.request("GET", "/status/200", Headers.empty());
      assertThat(a.read(false).status()).isEqualTo(200);
      b.request("GET", "/status/200", Headers.empty());
      assertThat(b.read(false).status()).isEqualTo(200);
      try (Raw c = new Raw(small.baseUri())) {
        assertThat(c.closedByServer()).isTrue();
      }
      a.request("GET", "/status/200", Headers.empty());
      assertThat(a.read(false).status()).isEqualTo(200);
    }
  }

  @Test
  void bindsLoopbackByDefault() {
    assertThat(server.baseUri().getHost()).isEqualTo("127.0.0.1");
  }

  @Test
  void explainsAPortInUse() {
    try (Socket ignored = new Socket()) {
      MockServer second = MockServer.builder().port(server.port()).build();
      org.assertj.core.api.Assertions.assertThatThrownBy(second::start)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("cannot bind")
          .hasMessageContaining(String.valueOf(server.port()));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
