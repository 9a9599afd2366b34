package dev.statuskit.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.statuskit.input.InputException;
import java.time.OffsetDateTime;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PatternParserTest {
  private static final long T0 = OffsetDateTime.parse("2024-05-14T10:00:00Z").toEpochSecond();

  private static final String NGINX_MAIN_TIMED =
      "$remote_addr - $remote_user [$time_local] \"$request\" $status $body_bytes_sent"
          + " \"$http_referer\" \"$http_user_agent\" $request_time";

  /** format, line, status, endpoint, request time in µs (-1: none). */
  static Stream<Arguments> requests() {
    return Stream.of(
        Arguments.of(
            NGINX_MAIN_TIMED,
            "203.0.113.9 - - [14/May/2024:10:00:00 +0000] \"GET /users/42 HTTP/1.1\" 200 512"
                + " \"-\" \"curl/8.5.0\" 0.123",
            200,
            "/users/{id}",
            123_000L),
        Arguments.of(
            NGINX_MAIN_TIMED,
            "2001:db8::7 - bob [14/May/2024:12:00:00 +0200] \"GET /a HTTP/1.1\" 503 0 \"-\""
                + " \"ua with \\x22quotes\\x22\" 1.500",
            503,
            "/a",
            1_500_000L),
        Arguments.of(
            "$time_iso8601 $remote_addr $request_method $request_uri $status $request_time",
            "2024-05-14T10:00:00+00:00 10.1.1.1 GET /orders/7d444840-9dc0-11d1-b245-5ffdce74fad2"
                + " 404 0.004",
            404,
            "/orders/{uuid}",
            4_000L),
        Arguments.of(
            "${msec} ${status} ${uri}", "1715680800.123 201 /checkout", 201, "/checkout", -1L),
        Arguments.of(
            "%h %l %u %t \"%r\" %>s %b %D",
            "192.0.2.1 - - [14/May/2024:10:00:00 +0000] \"GET /x HTTP/1.1\" 200 2326 8123",
            200,
            "/x",
            8_123L),
        Arguments.of(
            "%h %l %u %t \"%r\" %>s %b \"%{Referer}i\" \"%{User-Agent}i\" %T",
            "192.0.2.1 - - [14/May/2024:10:00:00 +0000] \"GET /y HTTP/1.1\" 500 - \"-\""
                + " \"Mozilla \\\"x\\\"\" 2",
            500,
            "/y",
            2_000_000L),
        Arguments.of(
            "%a %t %m %U %>s %{ms}T",
            "192.0.2.1 [14/May/2024:10:00:00 +0000] DELETE /users/9 204 17",
            204,
            "/users/{id}",
            17_000L));
  }

  @ParameterizedTest(name = "{0} | {1}")
  @MethodSource("requests")
  void readsRequests(String format, String line, int status, String endpoint, long micros) {
    Parsed p = Parsed.of(PatternParser.compile(format), line);

    assertThat(p.reason()).isNull();
    assertThat(p.status()).isEqualTo(status);
    assertThat(p.epoch()).isEqualTo(T0);
    assertThat(p.endpoint()).isEqualTo(endpoint);
    assertThat(micros < 0 ? p.noLatency() : p.hasMicros(micros)).isTrue();
  }

  @Test
  void keepsTheClientOf429s() {
    Parsed p =
        Parsed.of(
            PatternParser.compile("%h %t \"%r\" %>s"),
            "2001:db8::1 [14/May/2024:10:00:00 +0000] \"GET /s HTTP/1.1\" 429");

    assertThat(p.client429()).isEqualTo("2001:db8::1");
  }

  static Stream<Arguments> badLines() {
    String line =
        "203.0.113.9 - - [14/May/2024:10:00:00 +0000] \"GET /u HTTP/1.1\" 200 512 \"-\" \"c\""
            + " 0.123";
    return Stream.of(
        Arguments.of("cut short", line.substring(0, 70), Reasons.TRUNCATED),
        Arguments.of("a literal differs", line.replace(" - - ", " + - "), Reasons.NOT_FORMAT),
        Arguments.of("status not a code", line.replace(" 200 ", " 20x "), Reasons.BAD_STATUS),
        Arguments.of("bad time", line.replace("14/May", "14/Mai"), Reasons.BAD_TIMESTAMP),
        Arguments.of("text after the last field", line + " extra", Reasons.EXTRA_TEXT));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badLines")
  void refusesBadLines(String name, String line, String reason) {
    assertThat(Parsed.of(PatternParser.compile(NGINX_MAIN_TIMED), line).reason()).isEqualTo(reason);
  }

  @Test
  void refusesTwoFieldsWithNothingBetween() {
    assertThatThrownBy(() -> PatternParser.compile("$status$request_time"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("two fields with nothing between them at column 8")
        .extracting(e -> ((InputException) e).where())
        .isEqualTo("--log-format '$status$request_time'");
  }

  @Test
  void refusesAFormatWithoutStatus() {
    assertThatThrownBy(() -> PatternParser.compile("%h %t \"%r\""))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("no status field");
  }

  @Test
  void refusesTextThatIsNoFormat() {
    assertThatThrownBy(() -> PatternParser.compile("fancy"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("not a log format");
  }
}
