package dev.statuskit.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.statuskit.input.InputException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatsTest {
  @TempDir static Path dir;
  static byte[] sample;
  static StatsReport sampleReport;

  @BeforeAll
  static void readSample() throws IOException {
    sample = AccessLogGenerator.sample();
    sampleReport = Logs.run(Stats.builder().build(), Logs.write(dir, "sample.log", sample));
  }

  @Test
  void parallelChunksGiveTheSameReportAsOneThread() throws IOException {
    ByteArrayOutputStream generated = new ByteArrayOutputStream();
    new AccessLogGenerator(40_000, 7, 7200).write(generated);
    List<String> lines =
        new ArrayList<>(List.of(generated.toString(StandardCharsets.UTF_8).split("\n")));
    for (int i = 3_000; i < lines.size(); i += 7_777) {
      lines.set(i, "junk line " + i);
    }
    Path file = Logs.write(dir, "big.log", lines);
    assertThat(ChunkPlanner.plan(file, Files.size(file), 4, Engine.MIN_SPLIT))
        .hasSizeGreaterThan(2);

    StatsReport parallel = Logs.run(Stats.builder().threads(4).build(), file);
    StatsReport single = Logs.run(Stats.builder().threads(1).build(), file);

    assertThat(parallel).isEqualTo(single);
    assertThat(parallel.lines()).isEqualTo(40_000);
    StatsReport.BadLineCount junk =
        parallel.badLines().stream()
            .filter(b -> b.reason().equals(Reasons.NOT_FORMAT))
            .findFirst()
            .orElseThrow();
    assertThat(junk.count()).isEqualTo(5);
    assertThat(junk.samples())
        .containsExactly(
            file + ":3001: junk line 3000",
            file + ":10778: junk line 10777",
            file + ":18555: junk line 18554");
  }

  @Test
  void readsGzipFilesByTheirContent() throws IOException {
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(gz)) {
      out.write(sample);
    }
    Path file = Logs.write(dir, "sample.log.1", gz.toByteArray());

    StatsReport report = Logs.run(Stats.builder().build(), file);

    assertSameNumbers(report, sampleReport);
    assertThat(report.inputs().get(0).format()).startsWith("combined");
  }

  @Test
  void readsStandardInput() {
    InputStream saved = System.in;
    try {
      System.setIn(new ByteArrayInputStream(sample));
      StatsReport report = Stats.builder().build().run(List.of("-"), ProgressListener.NONE);

      assertSameNumbers(report, sampleReport);
      assertThat(report.inputs().get(0).name()).isEqualTo("stdin");
    } finally {
      System.setIn(saved);
    }
  }

  @Test
  void readsTheShippedSampleAsAStream() {
    StatsReport report =
        Stats.builder().build().run(Stats.sampleLog(), Stats.SAMPLE_NAME, ProgressListener.NONE);

    assertSameNumbers(report, sampleReport);
    assertThat(report.badLines().get(0).samples().get(0)).startsWith("sample-access.log:");
  }

  @Test
  void tellsProgressInBytes() throws IOException {
    Path file = Logs.write(dir, "progress.log", sample);
    AtomicLong last = new AtomicLong();
    AtomicLong total = new AtomicLong();

    Stats.builder()
        .build()
        .run(
            List.of(file.toString(), file.toString()),
            (done, all) -> {
              last.set(done);
              total.set(all);
            });

    assertThat(total.get()).isEqualTo(2 * Files.size(file));
    assertThat(last.get()).isEqualTo(total.get());
  }

  @Test
  void expandsGlobs() {
    Path logs = dir.resolve("globbed");
    logs.toFile().mkdirs();
    Logs.write(logs, "a.log", sample);
    Logs.write(logs, "b.log", sample);
    Logs.write(logs, "notes.txt", "not a log");

    StatsReport report =
        Stats.builder().build().run(List.of(logs + "/*.log"), ProgressListener.NONE);

    assertThat(report.inputs())
        .extracting(StatsReport.Input::name)
        .containsExactly(logs + "/a.log", logs + "/b.log");
    assertThat(report.requests()).isEqualTo(2 * sampleReport.requests());
  }

  @Test
  void refusesAFileThatIsNotALog() {
    Path prose =
        Logs.write(
            dir,
            "README.md",
            "# My project\n\nIt does things.\nInstall it with make.\n\nLicense: MIT\n");

    assertThatThrownBy(() -> Logs.run(Stats.builder().build(), prose))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("not an access log: 6 of its first 6 lines are not in the")
        .extracting(e -> ((InputException) e).where())
        .isEqualTo(prose.toString());
  }

  @Test
  void refusesBinaryFiles() {
    byte[] bytes = new byte[5000];
    new java.util.Random(1).nextBytes(bytes);
    bytes[10] = 0;
    Path binary = Logs.write(dir, "image.png", bytes);

    assertThatThrownBy(() -> Logs.run(Stats.builder().build(), binary))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("not an access log: it holds binary data");
  }

  @Test
  void namesMissingFilesAndEmptyGlobs() {
    assertThatThrownBy(
            () -> Stats.builder().build().run(List.of(dir + "/nope.log"), ProgressListener.NONE))
        .isInstanceOf(InputException.class)
        .hasMessage("no such file");
    assertThatThrownBy(
            () -> Stats.builder().build().run(List.of(dir + "/*.nope"), ProgressListener.NONE))
        .isInstanceOf(InputException.class)
        .hasMessage("no file matches the pattern");
  }

  @Test
  void countsAnEmptyFileAsNoRequests() {
    StatsReport report = Logs.run(Stats.builder().build(), Logs.write(dir, "empty.log", ""));

    assertThat(report.requests()).isZero();
    assertThat(report.timeline().buckets()).isEmpty();
  }

  @Test
  void readsHarFilesThroughTheHarReader() {
    String har =
        """
        {"log": {"version": "1.2", "creator": {"name": "test", "version": "1"}, "entries": [
          {"startedDateTime": "2024-05-14T10:00:00Z", "time": 120,
           "request": {"method": "GET", "url": "https://api.example.com/users/42", "httpVersion": "HTTP/1.1",
                       "headers": [], "queryString": [], "cookies": [], "headersSize": -1, "bodySize": 0},
           "response": {"status": 404, "statusText": "Not Found", "httpVersion": "HTTP/1.1", "headers": [],
                        "cookies": [], "content": {"size": 0, "mimeType": "text/plain"},
                        "redirectURL": "", "headersSize": -1, "bodySize": 0},
           "cache": {}, "timings": {"send": 0, "wait": 120, "receive": 0}},
          {"startedDateTime": "2024-05-14T10:00:01Z", "time": 0,
           "request": {"method": "GET", "url": "https://api.example.com/blocked", "httpVersion": "HTTP/1.1",
                       "headers": [], "queryString": [], "cookies": [], "headersSize": -1, "bodySize": 0},
           "response": {"status": 0, "statusText": "", "httpVersion": "", "headers": [], "cookies": [],
                        "content": {"size": 0, "mimeType": ""}, "redirectURL": "", "headersSize": -1,
                        "bodySize": 0},
           "cache": {}, "timings": {"send": 0, "wait": 0, "receive": 0}}
        ]}}
        """;

    StatsReport report = Logs.run(Stats.builder().build(), Logs.write(dir, "shop.har", har));

    assertThat(report.inputs().get(0).format()).isEqualTo("HAR");
    assertThat(report.requests()).isEqualTo(1);
    assertThat(report.count(404)).isEqualTo(1);
    assertThat(report.endpoint("/users/{id}")).isPresent();
    assertThat(report.undated()).isEqualTo(1);
    assertThat(report.badLineCount()).isEqualTo(1);
  }

  @Test
  void foldsEndpointsBeyondTheCapIntoOther() {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      for (int k = 0; k <= i; k++) {
        lines.add(Logs.combined("10.0.0.1", 0, 0, "GET", "/e" + (char) ('a' + i % 26) + i, 200, 1));
      }
    }
    Path file = Logs.write(dir, "many.log", lines);

    StatsReport report = Logs.run(Stats.builder().maxEndpoints(5).build(), file);

    assertThat(report.endpoints()).hasSize(6);
    assertThat(report.endpoints().get(0).requests()).isEqualTo(50);
    StatsReport.EndpointCount other = report.endpoints().get(5);
    assertThat(other.endpoint()).isEqualTo("(other)");
    assertThat(other.requests()).isEqualTo(lines.size() - (50 + 49 + 48 + 47 + 46));
  }

  @Test
  void widensTimelineBucketsRatherThanGrowWithoutBound() {
    Tally t = new Tally(60, 0, 1);
    for (long minute = 0; minute < Tally.MAX_BUCKETS * 2L + 10; minute++) {
      t.request(200, minute * 60, -1, null, 0, 0, 0, 0);
    }

    assertThat(t.buckets.size()).isLessThanOrEqualTo(Tally.MAX_BUCKETS);
    assertThat(t.bucketSeconds).isEqualTo(240);
    assertThat(t.buckets.values().stream().mapToLong(c -> c[2]).sum())
        .isEqualTo(Tally.MAX_BUCKETS * 2L + 10);
  }

  @Test
  void usesTheRequestedBucketWidth() {
    StatsReport report =
        Logs.run(
            Stats.builder().bucket(Duration.ofMinutes(5)).build(),
            Logs.write(dir, "five.log", sample));

    assertThat(report.timeline().bucket()).isEqualTo(Duration.ofMinutes(5));
    assertThat(report.timeline().buckets()).hasSize(8);
    assertThat(report.timeline().buckets().stream().mapToLong(StatsReport.Bucket::total).sum())
        .isEqualTo(report.requests());
  }

  @Test
  void leavesEndpointsOutWhenAsked() {
    StatsReport report =
        Logs.run(Stats.builder().endpoints(false).build(), Logs.write(dir, "noep.log", sample));

    assertThat(report.endpoints()).isEmpty();
    assertThat(report.requests()).isEqualTo(sampleReport.requests());
  }

  private static void assertSameNumbers(StatsReport actual, StatsReport expected) {
    assertThat(actual.requests()).isEqualTo(expected.requests());
    assertThat(actual.lines()).isEqualTo(expected.lines());
    assertThat(actual.codes()).isEqualTo(expected.codes());
    assertThat(actual.classes()).isEqualTo(expected.classes());
    assertThat(actual.latency()).isEqualTo(expected.latency());
    assertThat(actual.endpoints()).isEqualTo(expected.endpoints());
    assertThat(actual.timeline()).isEqualTo(expected.timeline());
    assertThat(actual.spikes()).isEqualTo(expected.spikes());
    assertThat(actual.clients429()).isEqualTo(expected.clients429());
    assertThat(actual.badLineCount()).isEqualTo(expected.badLineCount());
  }
}
