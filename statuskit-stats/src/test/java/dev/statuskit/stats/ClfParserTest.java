package dev.statuskit.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ClfParserTest {
  private static final ClfParser SECONDS_OR_MICROS = new ClfParser(1);
  private static final long T0 = OffsetDateTime.parse("2024-05-14T10:00:00Z").toEpochSecond();

  /** line, status, endpoint, request time in µs (-1: none). */
  static Stream<Arguments> requests() {
    return Stream.of(
        Arguments.of(
            "nginx combined with $request_time",
            "203.0.113.9 - - [14/May/2024:10:00:00 +0000] \"GET /api/users/42?x=1 HTTP/1.1\" 200"
                + " 512 \"-\" \"curl/8.5.0\" 0.123",
            200,
            "/api/users/{id}",
            123_000L),
        Arguments.of(
            "Apache combined with %D microseconds",
            "192.0.2.1 - frank [14/May/2024:10:00:00 +0000] \"POST /orders HTTP/1.1\" 201 2326"
                + " \"http://shop.example.com/cart\" \"Mozilla/5.0 (X11; Linux x86_64)\" 123456",
            201,
            "/orders",
            123_456L),
        Arguments.of(
            "common, no request time",
            "127.0.0.1 - frank [14/May/2024:10:00:00 +0000] \"GET /apache_pb.gif HTTP/1.0\" 200"
                + " 2326",
            200,
            "/apache_pb.gif",
            -1L),
        Arguments.of(
            "common with a trailing request time",
            "127.0.0.1 - - [14/May/2024:10:00:00 +0000] \"GET /a HTTP/1.0\" 500 12 0.002",
            500,
            "/a",
            2_000L),
        Arguments.of(
            "user agent with escaped quotes",
            "198.51.100.7 - - [14/May/2024:10:00:00 +0000] \"GET /b HTTP/1.1\" 200 5 \"-\""
                + " \"shop-ios/3.1 \\\"beta\\\" (iPhone)\" 0.050",
            200,
            "/b",
            50_000L),
        Arguments.of(
            "request line with an escaped quote (Apache)",
            "198.51.100.7 - - [14/May/2024:10:00:00 +0000] \"GET /q\\\"x HTTP/1.1\" 404 5 \"-\""
                + " \"-\"",
            404,
            "/q\\\"x",
            -1L),
        Arguments.of(
            "'-' for size, referer, agent and request time",
            "10.0.0.1 - - [14/May/2024:10:00:00 +0000] \"GET /assets/9f86d081884c7d65/app.js"
                + " HTTP/1.1\" 304 - \"-\" \"-\" -",
            304,
            "/assets/{hash}/app.js",
            -1L),
        Arguments.of(
            "no request line (nginx logs \"-\" for a client that sent nothing)",
            "10.0.0.1 - - [14/May/2024:10:00:00 +0000] \"-\" 400 0 \"-\" \"-\" 0.000",
            400,
            "(no request target)",
            0L),
        Arguments.of(
            "absolute-form target, as a proxy receives",
            "10.0.0.1 - - [14/May/2024:10:00:00 +0000] \"GET http://example.com/users/7 HTTP/1.1\""
                + " 200 1 \"-\" \"-\"",
            200,
            "/users/{id}",
            -1L),
        Arguments.of(
            "upstream time after the request time: the first number counts",
            "10.0.0.1 - - [14/May/2024:10:00:00 +0000] \"GET /c HTTP/1.1\" 502 1 \"-\" \"-\" 0.250"
                + " 0.249",
            502,
            "/c",
            250_000L));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("requests")
  void readsRequests(String name, String line, int status, String endpoint, long micros) {
    Parsed p = Parsed.of(SECONDS_OR_MICROS, line);

    assertThat(p.reason()).isNull();
    assertThat(p.status()).isEqualTo(status);
    assertThat(p.epoch()).isEqualTo(T0);
    assertThat(p.endpoint()).isEqualTo(endpoint);
    if (micros < 0) {
      assertThat(p.noLatency()).isTrue();
    } else {
      assertThat(p.hasMicros(Math.max(1, micros))).isTrue();
    }
  }

  @Test
  void readsIpv6ClientsOf429s() {
    Parsed p =
        Parsed.of(
            SECONDS_OR_MICROS,
            "2001:db8::1 - - [14/May/2024:10:00:00 +0000] \"GET /search?q=x HTTP/2.0\" 429 61"
                + " \"-\" \"python-requests/2.31.0\" 0.001");

    assertThat(p.status()).isEqualTo(429);
    assertThat(p.client429()).isEqualTo("2001:db8::1");
  }

  @Test
  void appliesTheTimeZoneOffset() {
    Parsed p =
        Parsed.of(
            SECONDS_OR_MICROS,
            "127.0.0.1 - frank [10/Oct/2000:13:55:36 -0700] \"GET /apache_pb.gif HTTP/1.0\" 200"
                + " 2326");

    assertThat(p.epoch()).isEqualTo(OffsetDateTime.parse("2000-10-10T20:55:36Z").toEpochSecond());
  }

  @Test
  void readsWholeSecondsWhenTheFileSaysApacheT() {
    Parsed p =
        Parsed.of(
            new ClfParser(1_000_000),
            "10.0.0.1 - - [14/May/2024:10:00:00 +0000] \"GET /slow HTTP/1.1\" 504 1 \"-\" \"-\""
                + " 30");

    assertThat(p.hasMicros(30_000_000)).isTrue();
  }

  static Stream<Arguments> badLines() {
    String good =
        "10.0.0.1 - - [14/May/2024:10:00:00 +0000] \"GET /a HTTP/1.1\" 200 5 \"-\" \"ua\"";
    return Stream.of(
        Arguments.of(
            "cut in the user agent", good.substring(0, good.length() - 2), Reasons.TRUNCATED),
        Arguments.of("cut in the request", good.substring(0, 60), Reasons.TRUNCATED),
        Arguments.of("cut in the timestamp", good.substring(0, 25), Reasons.TRUNCATED),
        Arguments.of(
            "cut after the referer", good.substring(0, good.length() - 5), Reasons.TRUNCATED),
        Arguments.of("four-digit status", good.replace(" 200 ", " 2000 "), Reasons.BAD_STATUS),
        Arguments.of("status 999", good.replace(" 200 ", " 999 "), Reasons.BAD_STATUS),
        Arguments.of("status '-'", good.replace(" 200 ", " -   "), Reasons.BAD_STATUS),
        Arguments.of("unknown month", good.replace("May", "Mai"), Reasons.BAD_TIMESTAMP),
        Arguments.of("hour 25", good.replace(":10:00:00", ":25:00:00"), Reasons.BAD_TIMESTAMP),
        Arguments.of(
            "ISO time in brackets",
            good.replace("14/May/2024:10:00:00 +0000", "2024-05-14T10:00:00+00:00"),
            Reasons.BAD_TIMESTAMP),
        Arguments.of("prose", "the quick brown fox jumps over the lazy dog", Reasons.NOT_FORMAT),
        Arguments.of("one word", "hello", Reasons.TRUNCATED),
        Arguments.of(
            "a TLS handshake as text",
            "\\x16\\x03\\x01\\x02\\x00\\x01\\x00\\x01\\xfc",
            Reasons.TRUNCATED),
        Arguments.of(
            "request not quoted",
            good.replace("\"GET /a HTTP/1.1\"", "GET /a HTTP/1.1"),
            Reasons.NOT_FORMAT),
        Arguments.of(
            "size not a number", good.replace(" 200 5 ", " 200 five "), Reasons.NOT_FORMAT),
        Arguments.of(
            "text after a common line",
            "10.0.0.1 - - [14/May/2024:10:00:00 +0000] \"GET /a HTTP/1.1\" 200 5 extra",
            Reasons.EXTRA_TEXT));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badLines")
  void refusesBadLinesWithTheirReason(String name, String line, String reason) {
    assertThat(Parsed.of(SECONDS_OR_MICROS, line).reason()).isEqualTo(reason);
  }
}
