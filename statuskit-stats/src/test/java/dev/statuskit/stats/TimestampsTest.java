package dev.statuskit.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimestampsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "10/Oct/2000:13:55:36 -0700 | 2000-10-10T20:55:36Z",
        "29/Feb/2024:23:59:59 +0000 | 2024-02-29T23:59:59Z",
        "01/Jan/1970:00:00:00 +0000 | 1970-01-01T00:00:00Z",
        "14/may/2024:10:00:00 +0530 | 2024-05-14T04:30:00Z",
        "2024-05-14T10:00:00Z       | 2024-05-14T10:00:00Z",
        "2024-05-14T12:00:00+02:00  | 2024-05-14T10:00:00Z",
        "2024-05-14T10:00:00.123456Z | 2024-05-14T10:00:00Z",
        "2024-05-14 10:00:00        | 2024-05-14T10:00:00Z",
        "2024-05-14T10:00:00-0100   | 2024-05-14T11:00:00Z",
        "1715680800                 | 2024-05-14T10:00:00Z",
        "1715680800.999             | 2024-05-14T10:00:00Z",
        "1715680800000              | 2024-05-14T10:00:00Z",
        "1715680800000000           | 2024-05-14T10:00:00Z",
      })
  void readsLogTimestamps(String text, String expected) {
    byte[] b = text.getBytes(StandardCharsets.US_ASCII);

    assertThat(Timestamps.any(b, 0, b.length))
        .isEqualTo(OffsetDateTime.parse(expected).toEpochSecond());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "10/Foo/2000:13:55:36 -0700",
        "10/Oct/2000:13:55:36 x0700",
        "10/Oct/2000:24:55:36 -0700",
        "2024-13-14T10:00:00Z",
        "2024-05-14T10:00:00 GMT",
        "yesterday",
        "",
      })
  void refusesOtherText(String text) {
    byte[] b = text.getBytes(StandardCharsets.US_ASCII);

    assertThat(Timestamps.any(b, 0, b.length)).isEqualTo(Timestamps.BAD);
  }
}
