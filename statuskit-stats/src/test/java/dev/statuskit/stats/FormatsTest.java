package dev.statuskit.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.statuskit.input.InputException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How each input's format is settled: auto-detection, explicit formats, and refusals. */
class FormatsTest {
  @TempDir Path dir;

  @Test
  void detectsJsonLinesFromTheFirstByte() {
    Path file =
        Logs.write(
            dir,
            "app.jsonl",
            List.of(
                "{\"time\":\"2024-05-14T10:00:00Z\",\"status\":200,\"path\":\"/a/1\",\"duration_ms\":4}",
                "{\"time\":\"2024-05-14T10:00:01Z\",\"status\":503,\"path\":\"/a/2\",\"duration_ms\":9}"));

    StatsReport report = Logs.run(Stats.builder().build(), file);

    assertThat(report.inputs().get(0).format()).isEqualTo("JSON lines (common names)");
    assertThat(report.count(503)).isEqualTo(1);
    assertThat(report.endpoint("/a/{id}").orElseThrow().requests()).isEqualTo(2);
  }

  @Test
  void readsDockerJsonLogsAsJsonLinesNotHar() {
    Path file =
        Logs.write(
            dir,
            "docker.log",
            List.of(
                "{\"log\":\"GET /x\",\"stream\":\"stdout\",\"status\":201}",
                "{\"log\":\"GET /y\",\"stream\":\"stdout\",\"status\":404}"));

    StatsReport report = Logs.run(Stats.builder().build(), file);

    assertThat(report.inputs().get(0).format()).startsWith("JSON lines");
    assertThat(report.requests()).isEqualTo(2);
  }

  @Test
  void usesAFieldMappingForJsonLines() {
    Path file =
        Logs.write(
            dir,
            "caddy.log",
            List.of(
                "{\"ts\":1715680800.1,\"request\":{\"uri\":\"/b\"},\"code\":302,\"took\":0.5}"));

    StatsReport report =
        Logs.run(
            Stats.builder()
                .jsonFields("status=code,time=ts,path=request.uri,latency=took:s")
                .build(),
            file);

    assertThat(report.count(302)).isEqualTo(1);
    assertThat(report.latency().orElseThrow().max())
        .isCloseTo(500, org.assertj.core.data.Offset.offset(5.0));
    assertThat(report.from().orElseThrow().getEpochSecond()).isEqualTo(1715680800L);
  }

  @Test
  void readsAnApacheLogFormat() {
    Path file =
        Logs.write(
            dir,
            "apache.log",
            List.of(
                "192.0.2.1 - - [14/May/2024:10:00:00 +0000] \"GET /x HTTP/1.1\" 200 2326 8123",
                "192.0.2.1 - - [14/May/2024:10:00:01 +0000] \"GET /x HTTP/1.1\" 500 - 120000"));

    StatsReport report =
        Logs.run(Stats.builder().format("%h %l %u %t \"%r\" %>s %b %D").build(), file);

    assertThat(report.inputs().get(0).format()).isEqualTo("Apache LogFormat");
    assertThat(report.code(500).orElseThrow().latency().orElseThrow().max())
        .isCloseTo(120, org.assertj.core.data.Offset.offset(1.2));
  }

  @Test
  void tellsApacheMicrosecondsFromWholeSeconds() {
    String line = "10.0.0.1 - - [14/May/2024:10:00:00 +0000] \"GET / HTTP/1.1\" 200 5 \"-\" \"-\" ";
    Path micros = Logs.write(dir, "d.log", List.of(line + "2500", line + "180000"));
    Path seconds = Logs.write(dir, "t.log", List.of(line + "0", line + "2"));

    StatsReport d = Logs.run(Stats.builder().build(), micros);
    StatsReport t = Logs.run(Stats.builder().build(), seconds);

    assertThat(d.inputs().get(0).format()).contains("microseconds");
    assertThat(d.latency().orElseThrow().max())
        .isCloseTo(180, org.assertj.core.data.Offset.offset(2.0));
    assertThat(t.inputs().get(0).format()).contains("whole seconds");
    assertThat(t.latency().orElseThrow().max())
        .isCloseTo(2000, org.assertj.core.data.Offset.offset(20.0));
  }

  @Test
  void refusesALogInAnotherFormatThanTheOneGiven() {
    Path file = Logs.write(dir, "c.log", new String(AccessLogGeneratorSample.bytes()));

    assertThatThrownBy(() -> Logs.run(Stats.builder().format("jsonl").build(), file))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("not an access log: ")
        .hasMessageContaining("not in the JSON lines");
  }

  @Test
  void refusesAMappingForAFormatThatIsNotJson() {
    assertThatThrownBy(() -> Stats.builder().format("combined").jsonFields("status=s").build())
        .isInstanceOf(InputException.class)
        .hasMessageContaining("a field mapping is for JSON lines");
  }

  @Test
  void refusesAnUnknownFormatName() {
    assertThatThrownBy(() -> Stats.builder().format("squid"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("not a log format");
  }

  /** The sample, kept small for these tests. */
  static final class AccessLogGeneratorSample {
    static byte[] bytes() {
      try {
        byte[] all = AccessLogGenerator.sample();
        return java.util.Arrays.copyOf(all, 20_000);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }
}
