package dev.statuskit.har;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.exchange.Body;
import dev.statuskit.har.HarEntry.HarRequest;
import dev.statuskit.har.HarEntry.HarResponse;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HarMappingTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "h2, HTTP/2",
    "H2, HTTP/2",
    "h2c, HTTP/2",
    "http/2.0, HTTP/2",
    "HTTP/2.0, HTTP/2",
    "HTTP/2, HTTP/2",
    "h3, HTTP/3",
    "h3-29, HTTP/3",
    "http/3, HTTP/3",
    "http/1.1, HTTP/1.1",
    "HTTP/1.0, HTTP/1.0",
    "' HTTP/1.1 ', HTTP/1.1",
    "spdy/3.1, spdy/3.1",
  })
  void normalisesProtocols(String written, String expected) {
    assertThat(HarMapping.protocol(Optional.of(written))).contains(expected);
  }

  @ParameterizedTest
  @CsvSource({"''", "'  '", "unknown"})
  void takesBlankOrUnknownProtocolsAsAbsent(String written) {
    assertThat(HarMapping.protocol(Optional.of(written))).isEmpty();
    assertThat(HarMapping.protocol(Optional.empty())).isEmpty();
  }

  @Test
  void keepsReasonPhrasesOnlyWhereTheProtocolHasThem() {
    assertThat(HarMapping.reason(Optional.of("Not Found"), Optional.of("HTTP/1.1")))
        .contains("Not Found");
    assertThat(HarMapping.reason(Optional.of(""), Optional.of("HTTP/1.1"))).isEmpty();
    assertThat(HarMapping.reason(Optional.of("OK"), Optional.of("HTTP/2"))).isEmpty();
    assertThat(HarMapping.reason(Optional.of("OK"), Optional.of("HTTP/3"))).isEmpty();
    assertThat(HarMapping.reason(Optional.of("OK"), Optional.empty())).contains("OK");
  }

  private static HarEntry entry(int status, double time) {
    HarRequest rq =
        new HarRequest(
            Optional.of("GET"),
            Optional.of("https://a.example/x"),
            Optional.of("HTTP/1.1"),
            Optional.empty(),
            Optional.empty(),
            false,
            -1);
    HarResponse rs =
        new HarResponse(
            OptionalInt.of(status),
            Optional.of(""),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            -1,
            -1);
    return new HarEntry(Optional.of(rq), Optional.of(rs), OptionalDouble.of(time), 1);
  }

  @Test
  void takesTheProtocolOfTheRequestWhenTheResponseHasNone() {
    assertThat(HarMapping.exchange(entry(200, 1), "s").response().protocol()).contains("HTTP/1.1");
  }

  @Test
  void leavesNegativeTimesUnknown() {
    assertThat(HarMapping.exchange(entry(200, -1), "s").elapsed()).isEmpty();
    assertThat(HarMapping.exchange(entry(200, 0.5), "s").elapsed())
        .contains(java.time.Duration.ofNanos(500_000));
  }

  @Test
  void judgesWhichEntriesCannotBeExchanges() {
    assertThat(HarMapping.unusable(entry(200, 1))).isEmpty();
    assertThat(HarMapping.unusable(entry(100, 1))).isEmpty();
    assertThat(HarMapping.unusable(entry(599, 1))).isEmpty();
    assertThat(HarMapping.unusable(entry(0, 1))).contains(HarMapping.STATUS_ZERO);
    assertThat(HarMapping.unusable(entry(99, 1))).contains(HarMapping.STATUS_OUT_OF_RANGE);
    assertThat(HarMapping.unusable(entry(600, 1))).contains(HarMapping.STATUS_OUT_OF_RANGE);
    assertThat(HarMapping.unusable(entry(-1, 1))).contains(HarMapping.STATUS_OUT_OF_RANGE);
    HarEntry noRequest =
        new HarEntry(Optional.empty(), entry(200, 1).response(), OptionalDouble.empty(), 1);
    assertThat(HarMapping.unusable(noRequest)).contains(HarMapping.NO_REQUEST);
  }

  @Test
  void takesARequestWithoutPostDataAsBodilessUnlessBytesWereSent() {
    HarRequest get = entry(200, 1).request().orElseThrow();
    assertThat(HarMapping.requestBody(get)).contains(Body.empty());
    HarRequest upload =
        new HarRequest(
            get.method(),
            get.url(),
            get.httpVersion(),
            Optional.empty(),
            Optional.empty(),
            false,
            5000);
    assertThat(HarMapping.requestBody(upload)).isEmpty();
    HarRequest multipart =
        new HarRequest(
            get.method(),
            get.url(),
            get.httpVersion(),
            Optional.empty(),
            Optional.empty(),
            true,
            -1);
    assertThat(HarMapping.requestBody(multipart)).isEmpty();
  }

  @Test
  void takesAHeadResponseWithNothingTransferredAsBodiless() {
    HarResponse rs =
        new HarResponse(
            OptionalInt.of(200),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.of(new HarText("<html>cached</html>", 0)),
            Optional.empty(),
            19,
            0);
    assertThat(HarMapping.responseBody(rs, "HEAD")).contains(Body.empty());
    // A 200 served from the cache also transfers nothing, yet its content is the real body.
    assertThat(HarMapping.responseBody(rs, "GET"))
        .contains(new Body("<html>cached</html>", 19, false));
  }

  @Test
  void dropsPseudoHeaderFields() {
    HarEntry.HarHeaders h =
        new HarEntry.HarHeaders(
            List.of(
                new dev.statuskit.exchange.Headers.Field(":status", "200"),
                new dev.statuskit.exchange.Headers.Field("etag", "\"1\"")),
            0);
    assertThat(HarMapping.headers(h).fields())
        .containsExactly(new dev.statuskit.exchange.Headers.Field("etag", "\"1\""));
  }
}
