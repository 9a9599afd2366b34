package dev.statuskit.server.mock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.exchange.Headers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Real 1xx responses, read from the wire: java.net.http does not show them. */
class InterimResponsesTest {
  private static MockServer server;

  @BeforeAll
  static void start() {
    server = MockServer.builder().maxBodyBytes(1000).start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void answers100ContinueBeforeTheBodyIsSent() throws Exception {
    try (Raw raw = new Raw(server.baseUri())) {
      raw.send(
          "POST /anything HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 5\r\n"
              + "Expect: 100-continue\r\n\r\n");
      Raw.Response interim = raw.read(false);
      assertThat(interim.status()).isEqualTo(100);
      assertThat(interim.reason()).isEqualTo("Continue");
      raw.send("hello");
      Raw.Response last = raw.read(false);
      assertThat(last.status()).isEqualTo(200);
      assertThat(last.text()).contains("\"data\" : \"hello\"");
    }
  }

  @Test
  void refusesADeclaredBodyOverTheLimitWithout100() throws Exception {
    try (Raw raw = new Raw(server.baseUri())) {
      raw.send(
          "POST /anything HTTP/1.1\r\nHost: x\r\nContent-Length: 5000\r\nExpect: 100-continue\r\n\r\n");
      Raw.Response r = raw.read(false);
      assertThat(r.status()).isEqualTo(413);
      assertThat(r.reason()).isEqualTo("Content Too Large");
      assertThat(r.headers().first("Content-Type")).hasValue("application/problem+json");
      assertThat(raw.closedByServer()).isTrue();
    }
  }

  @Test
  void answersOtherExpectationsWith417() throws Exception {
    try (Raw raw = new Raw(server.baseUri())) {
      raw.send("POST /anything HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nExpect: teapot\r\n\r\n");
      Raw.Response r = raw.read(false);
      assertThat(r.status()).isEqualTo(417);
      assertThat(r.text()).contains("100-continue");
    }
  }

  @Test
  void refusesABodyOverTheLimitWith413AndCloses() throws Exception {
    try (Raw raw = new Raw(server.baseUri())) {
      raw.send("POST /anything HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n");
      raw.send("7d0\r\n" + "x".repeat(2000) + "\r\n");
      Raw.Response r = raw.read(false);
      assertThat(r.status()).isEqualTo(413);
      assertThat(raw.closedByServer()).isTrue();
    }
  }

  @Test
  void sendsEarlyHintsBeforeTheFinalResponse() throws Exception {
    try (Raw raw = new Raw(server.baseUri())) {
      raw.request("GET", "/early-hints?delay=300", Headers.empty());
      long start = System.nanoTime();
      Raw.Response hints = raw.read(false);
      long hintsAt = (System.nanoTime() - start) / 1_000_000;
      Raw.Response last = raw.read(false);
      long lastAt = (System.nanoTime() - start) / 1_000_000;
      assertThat(hints.status()).isEqualTo(103);
      assertThat(hints.reason()).isEqualTo("Early Hints");
      assertThat(hints.headers().first("Link"))
          .hasValueSatisfying(l -> assertThat(l).contains("rel=preload"));
      assertThat(last.status()).isEqualTo(200);
      assertThat(last.headers().first("Link")).isEqualTo(hints.headers().first("Link"));
      assertThat(lastAt - hintsAt).isGreaterThanOrEqualTo(250);
    }
  }

  @Test
  void sendsNothingInterimUnasked() throws Exception {
    try (Raw raw = new Raw(server.baseUri())) {
      raw.send("POST /anything HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\nhi");
      assertThat(raw.read(false).status()).isEqualTo(200);
      raw.request("GET", "/status/200", Headers.empty());
      assertThat(raw.read(false).status()).isEqualTo(200);
    }
  }
}
