package dev.statuskit.server.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whether a connection outlives its response (RFC 9112 §9.3), and the fields the writer adds to
 * every response, read byte for byte from a plain socket.
 */
class KeepAliveTest {
  private static final Pattern IMF_FIXDATE =
      Pattern.compile("[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT");

  private static MockServer server;

  @BeforeAll
  static void start() {
    server = MockServer.builder().start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /**
   * One request, then: the Connection field of the response ("-" for none), and whether the server
   * closed the connection after it.
   */
  @ParameterizedTest(name = "{0} {1} [{2}] -> Connection: {3}, closed: {4}")
  @CsvSource(
      delimiter = '|',
      value = {
        // HTTP/1.1 persists unless either side says close
        "HTTP/1.1 | /status/200                       |                           | -          | false",
        "HTTP/1.1 | /status/200                       | Connection: close         | close      | true",
        "HTTP/1.1 | /status/200                       | Connection: Keep-Alive, Close | close  | true",
        "HTTP/1.1 | /status/200?header=Connection:close |                         | close      | true",
        "HTTP/1.1 | /status/503                       |                           | -          | false",
        // responses without content keep the connection too: their length is known
        "HTTP/1.1 | /status/204                       |                           | -          | false",
        "HTTP/1.1 | /etag/v1                          | If-None-Match: \"v1\"     | -          | false",
        // HTTP/1.0 closes unless the client asks to keep the connection
        "HTTP/1.0 | /status/200                       |                           | close      | true",
        "HTTP/1.0 | /status/200                       | Connection: keep-alive    | keep-alive | false",
        // a reply's own Connection options stay, with keep-alive added for HTTP/1.0
        "HTTP/1.0 | /status/426                       | Connection: keep-alive    | upgrade, keep-alive | false",
        "HTTP/1.1 | /status/426                       |                           | upgrade    | false",
      })
  void closesWhenEitherSideSaysSo(
      String version, String target, String field, String connection, boolean closed)
      throws Exception {
    try (Raw raw = new Raw(server.baseUri())) {
      String fields = field == null ? "" : field + "\r\n";
      raw.send("GET " + target + " " + version + "\r\nHost: x\r\n" + fields + "\r\n");
      Raw.Response r = raw.read(false);
      assertThat(r.headers().first("Connection"))
          .isEqualTo(connection.equals("-") ? Optional.empty() : Optional.of(connection));
      if (closed) {
        assertThat(raw.closedByServer()).isTrue();
      } else {
        raw.send("GET /status/201 " + version + "\r\nHost: x\r\n" + fields + "\r\n");
        assertThat(raw.read(false).status()).isEqualTo(201);
      }
    }
  }

  @Test
  void answersPipelinedRequestsInOrderThenClosesWhereAsked() throws Exception {
    try (Raw raw = new Raw(server.baseUri())) {
      raw.send(
          "GET /status/201 HTTP/1.1\r\nHost: x\r\n\r\n"
              + "HEAD /status/202 HTTP/1.1\r\nHost: x\r\n\r\n"
              + "GET /status/203 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
              + "GET /status/204 HTTP/1.1\r\nHost: x\r\n\r\n");
      assertThat(raw.read(false).status()).isEqualTo(201);
      Raw.Response head = raw.read(true);
      assertThat(head.status()).isEqualTo(202);
      assertThat(head.headers().first("Content-Length")).isPresent();
      assertThat(raw.read(false).status()).isEqualTo(203);
      assertThat(raw.closedByServer()).as("nothing after the response that closes").isTrue();
    }
  }

  @Test
  void closesADrippedResponseWhenTheClientAsked() throws Exception {
    try (Raw raw = new Raw(server.baseUri())) {
      raw.send(
          "GET /drip?numbytes=4&duration=100&code=200 HTTP/1.1\r\nHost: x\r\nConnection: close"
              + "\r\n\r\n");
      Raw.Response r = raw.read(false);
      assertThat(r.headers().first("Connection")).hasValue("close");
      assertThat(r.body()).hasSize(4);
      assertThat(raw.closedByServer()).isTrue();
    }
  }

  @Test
  void addsTheWritersFieldsOnceEach() throws Exception {
    Raw.Response r =
        Raw.exchange(
            server.baseUri(), "GET", "/status/503", dev.statuskit.exchange.Headers.empty());
    assertThat(r.reason()).isEqualTo("Service Unavailable");
    assertThat(r.headers().all("Date"))
        .singleElement()
        .matches(d -> IMF_FIXDATE.matcher(d).matches());
    assertThat(r.headers().all("Server")).containsExactly(Wire.SERVER);
    assertThat(r.headers().all("X-Request-Id"))
        .singleElement()
        .matches(id -> id.matches("[0-9a-f]+"));
    assertThat(r.headers().all("Content-Length")).containsExactly(String.valueOf(r.body().length));
    assertThat(r.headers().all("Retry-After")).hasSize(1);
    assertThat(r.body()).isNotEmpty();
  }

  /**
   * Content-Length by status (RFC 9110 §8.6): the body's, GET's for HEAD, 0 for 205 (which has no
   * content but must say so), none on 204 and 304; and never one a reply sets where none belongs,
   * nor Transfer-Encoding, since the writer frames by length ("-" for none).
   */
  @ParameterizedTest(name = "{0} {1} -> Content-Length: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "GET  | /status/200                             | BODY",
        "HEAD | /status/200                             | GET",
        "GET  | /status/205                             | 0",
        "GET  | /status/204                             | -",
        "GET  | /status/204?header=Content-Length:7     | -",
        "GET  | /status/200?header=Transfer-Encoding:chunked | BODY",
        "GET  | /etag/v1                                | -",
      })
  void framesEveryResponseByItsLength(String method, String target, String expected)
      throws Exception {
    try (Raw raw = new Raw(server.baseUri())) {
      raw.request(method, target, dev.statuskit.exchange.Headers.of("If-None-Match", "\"v1\""));
      Raw.Response r = raw.read(method.equals("HEAD"));
      String want =
          switch (expected) {
            case "BODY" -> String.valueOf(r.body().length);
            case "GET" -> String.valueOf(get(target).body().length);
            default -> expected;
          };
      assertThat(r.headers().first("Content-Length").orElse("-")).isEqualTo(want);
      assertThat(r.headers().first("Transfer-Encoding")).isEmpty();
      // The connection is still good: the response ended where its framing said.
      raw.request("GET", "/status/201", dev.statuskit.exchange.Headers.empty());
      assertThat(raw.read(false).status()).isEqualTo(201);
    }
  }

  private static Raw.Response get(String target) throws Exception {
    return Raw.exchange(server.baseUri(), "GET", target, dev.statuskit.exchange.Headers.empty());
  }

  @Test
  void sendsFieldValueBytesAsTheyAre() throws Exception {
    // obs-text (RFC 9110 §5.5): é is one byte, 0xE9, as over HTTP/2.
    assertThat(get("/status/200?header=X-A:%C3%A9").headers().first("X-A")).hasValue("\u00e9");
  }

  /** A reply that sets a writer's field: the writer's value wins, but a Date of its own stays. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "header=Server:other                      | Server         | statuskit",
        "header=Content-Length:999                | Content-Length | LENGTH",
        "header=Date:Thu, 01 Jan 2026 00:00:00 GMT | Date          | Thu, 01 Jan 2026 00:00:00 GMT",
      })
  void theWritersFieldsWinButAnOwnDateStays(String query, String name, String expected)
      throws Exception {
    Raw.Response r =
        Raw.exchange(
            server.baseUri(),
            "GET",
            "/status/200?" + query.replace(" ", "%20"),
            dev.statuskit.exchange.Headers.empty());
    String want = expected.equals("LENGTH") ? String.valueOf(r.body().length) : expected;
    assertThat(r.headers().all(name)).containsExactly(want);
    assertThat(r.headers().all("X-Request-Id")).hasSize(1);
  }
}
