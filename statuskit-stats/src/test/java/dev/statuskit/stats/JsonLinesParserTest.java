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

class JsonLinesParserTest {
  private static final long T0 = OffsetDateTime.parse("2024-05-14T10:00:00Z").toEpochSecond();

  @Test
  void followsAMappingIntoNestedObjects() {
    JsonLinesParser p =
        new JsonLinesParser(
            FieldMapping.parse("status=status,time=ts,path=request.path,latency=duration_ms"));

    Parsed r =
        Parsed.of(
            p,
            "{\"ts\":\"2024-05-14T10:00:00Z\",\"other\":{\"status\":1},\"status\":503,"
                + "\"request\":{\"method\":\"GET\",\"path\":\"/users/42\"},\"duration_ms\":12.5}");

    assertThat(r.status()).isEqualTo(503);
    assertThat(r.epoch()).isEqualTo(T0);
    assertThat(r.endpoint()).isEqualTo("/users/{id}");
    assertThat(r.hasMicros(12_500)).isTrue();
  }

  static Stream<Arguments> commonNames() {
    return Stream.of(
        Arguments.of(
            "{\"time\":\"2024-05-14T12:00:00+02:00\",\"status\":\"404\",\"uri\":\"/x\","
                + "\"request_time\":0.25,\"remote_addr\":\"1.2.3.4\"}",
            404,
            "/x",
            250_000L),
        Arguments.of(
            "{\"@timestamp\":1715680800000,\"http\":{\"response\":{\"status_code\":200}},"
                + "\"url\":{\"path\":\"/a/b\"}}",
            200,
            "/a/b",
            -1L),
        Arguments.of(
            "{\"ts\":1715680800.5,\"status\":429,\"request\":\"GET /s?q=1 HTTP/1.1\","
                + "\"duration\":3,\"ip\":\"10.0.0.9\"}",
            429,
            "/s",
            3_000L));
  }

  @ParameterizedTest
  @MethodSource("commonNames")
  void guessesCommonNamesWithoutAMapping(String line, int status, String endpoint, long micros) {
    Parsed r = Parsed.of(new JsonLinesParser(FieldMapping.DEFAULT), line);

    assertThat(r.reason()).isNull();
    assertThat(r.status()).isEqualTo(status);
    assertThat(r.epoch()).isEqualTo(T0);
    assertThat(r.endpoint()).isEqualTo(endpoint);
    assertThat(micros < 0 ? r.noLatency() : r.hasMicros(micros)).isTrue();
  }

  static Stream<Arguments> badLines() {
    return Stream.of(
        Arguments.of("{\"status\":200", Reasons.NOT_JSON),
        Arguments.of("[1,2]", Reasons.NOT_JSON),
        Arguments.of("{\"status\":200} trailing", Reasons.NOT_JSON),
        Arguments.of("{\"path\":\"/a\"}", Reasons.NO_STATUS),
        Arguments.of("{\"status\":99}", Reasons.BAD_STATUS),
        Arguments.of("{\"status\":\"OK\"}", Reasons.BAD_STATUS),
        Arguments.of("{\"status\":200,\"time\":\"yesterday\"}", Reasons.BAD_TIMESTAMP));
  }

  @ParameterizedTest
  @MethodSource("badLines")
  void refusesBadLines(String line, String reason) {
    assertThat(Parsed.of(new JsonLinesParser(FieldMapping.DEFAULT), line).reason())
        .isEqualTo(reason);
  }

  @Test
  void readsTheLatencyUnitFromAColonOrTheName() {
    JsonLinesParser seconds = new JsonLinesParser(FieldMapping.parse("status=s,latency=took:s"));
    JsonLinesParser micros = new JsonLinesParser(FieldMapping.parse("status=s,latency=t_us"));

    assertThat(Parsed.of(seconds, "{\"s\":200,\"took\":0.5}").hasMicros(500_000)).isTrue();
    assertThat(Parsed.of(micros, "{\"s\":200,\"t_us\":750}").hasMicros(750)).isTrue();
  }

  @Test
  void refusesAMalformedMapping() {
    assertThatThrownBy(() -> FieldMapping.parse("status=status,colour=red"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("unknown key 'colour'");
    assertThatThrownBy(() -> FieldMapping.parse("status"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("is not key=field");
    assertThatThrownBy(() -> FieldMapping.parse("path=uri"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("no status field");
    assertThatThrownBy(() -> FieldMapping.parse("status=s,latency=t:weeks"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("unknown unit 'weeks'");
  }
}
