package dev.statuskit.har;

import static dev.statuskit.har.HarFixtures.read;
import static dev.statuskit.har.HarFixtures.stream;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.statuskit.exchange.Exchange;
import dev.statuskit.input.InputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HarReaderErrorsTest {

  private static HarFixtures.Read readText(String json) {
    return read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "t.har");
  }

  /** The one line the CLI prints for the failure. */
  private static String failure(Runnable read) {
    try {
      read.run();
    } catch (InputException e) {
      return e.toString();
    }
    throw new AssertionError("no InputException");
  }

  @Test
  void pointsAtTheEndOfATruncatedFileAfterDeliveringTheEntriesBefore() {
    List<Exchange> delivered = new ArrayList<>();
    String line;
    try (HarReader har = HarReader.open(stream("truncated.har"), "truncated.har", (w, r) -> {});
        Stream<Exchange> exchanges = har.exchanges()) {
      Iterator<Exchange> it = exchanges.iterator();
      line = failure(() -> it.forEachRemaining(delivered::add));
    }
    assertThat(line)
        .isEqualTo(
            "truncated.har:465:43: the file ends in the middle of the JSON: the HAR is truncated"
                + " (was the export or the download cut short?)");
    assertThat(delivered).hasSize(3);
  }

  @Test
  void pointsAtTheLineAndColumnOfBrokenJson() {
    assertThat(failure(() -> read("garbled.har")))
        .isEqualTo(
            "garbled.har:133:11: invalid JSON: Unexpected character ('\"' (code 34)): was"
                + " expecting comma to separate Object entries");
  }

  @Test
  void countsColumnsInTheFileEvenAfterALongStringWasCut() {
    String body = "x".repeat(HarReader.STRING_LIMIT * 2);
    String json =
        "{\"log\":{\"entries\":[{\"response\":{\"content\":{\"text\":\"" + body + "\"}} ?]}}";
    assertThat(failure(() -> readText(json)))
        .startsWith("t.har:1:" + (json.indexOf('?') + 1) + ": invalid JSON: Unexpected character");
  }

  @Test
  void saysAJsonDocumentWithoutLogIsNotAHar() {
    assertThat(failure(() -> read("openapi.json")))
        .isEqualTo("openapi.json: not a HAR file: no \"log\" object at the top level");
  }

  @Test
  void saysAnAccessLogIsNotJson() {
    assertThat(failure(() -> read("access.log")))
        .startsWith("access.log: not a HAR file: it is not JSON (")
        .doesNotContain("\n");
  }

  @Test
  void explainsOtherShapesThatAreNotHar() {
    assertThat(failure(() -> readText(""))).isEqualTo("t.har: not a HAR file: the file is empty");
    assertThat(failure(() -> readText("[{\"log\": {}}]")))
        .isEqualTo("t.har: not a HAR file: it is JSON, but not an object with a \"log\" member");
    assertThat(failure(() -> readText("{\"log\": []}")))
        .isEqualTo("t.har: not a HAR file: \"log\" is not an object");
    assertThat(failure(() -> readText("{\"log\": {\"version\": \"1.2\", \"pages\": []}}")))
        .isEqualTo("t.har: not a HAR file: \"log\" has no \"entries\" array");
    assertThat(failure(() -> readText("{\"log\": {\"entries\": {}}}")))
        .isEqualTo("t.har: not a HAR file: \"log.entries\" is not an array");
  }

  @Test
  void findsEntriesAfterOtherMembersAtAnyDepth() {
    String json =
        "{\"x\": {\"log\": 1}, \"log\": {\"pages\": [{\"entries\": 5}], \"entries\": [],"
            + " \"comment\": \"after\"}, \"y\": [1, {\"z\": null}]}";
    assertThat(readText(json).exchanges()).isEmpty();
  }

  @Test
  void reportsDataAfterTheEndOfTheHar() {
    assertThat(failure(() -> readText("{\"log\": {\"entries\": []}}\n{\"log\": 1}")))
        .isEqualTo("t.har:2:1: data after the end of the HAR");
  }

  @Test
  void countsEntriesThatAreNotObjects() {
    HarFixtures.Read read = readText("{\"log\": {\"entries\": [42,\nnull, [\"x\"]]}}");
    assertThat(read.exchanges()).isEmpty();
    assertThat(read.skips())
        .containsExactly(
            "t.har entry 1 (line 1): " + HarMapping.NOT_AN_OBJECT,
            "t.har entry 2 (line 2): " + HarMapping.NOT_AN_OBJECT,
            "t.har entry 3 (line 2): " + HarMapping.NOT_AN_OBJECT);
  }

  @Test
  void refusesUtf16AsHar12RequiresUtf8() {
    byte[] utf16 = "{\"log\": {\"entries\": []}}".getBytes(StandardCharsets.UTF_16);
    assertThat(failure(() -> read(new ByteArrayInputStream(utf16), "t.har")))
        .isEqualTo(
            "t.har: not a HAR file: it is in UTF-16 or UTF-32, and HAR 1.2 requires UTF-8;"
                + " save it as UTF-8");
  }

  @Test
  void namesAMissingFile(@TempDir Path dir) {
    Path missing = dir.resolve("nope.har");
    assertThat(failure(() -> HarReader.open(missing, (w, r) -> {})))
        .isEqualTo(missing + ": no such file");
  }

  @Test
  void namesADirectory(@TempDir Path dir) {
    assertThat(failure(() -> HarReader.open(dir, (w, r) -> {})))
        .isEqualTo(dir + ": is a directory, not a HAR file");
  }

  @Test
  void readsAFileGivenByPath(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("one.har");
    Files.writeString(
        file,
        "{\"log\":{\"entries\":[{\"request\":{\"method\":\"GET\",\"url\":\"https://a.example/\"},"
            + "\"response\":{\"status\":200}}]}}");
    try (HarReader har = HarReader.open(file, (w, r) -> {})) {
      assertThat(har.exchanges()).extracting(Exchange::source).containsExactly(file + " entry 1");
    }
  }

  @Test
  void streamsExchangesOnlyOnce() {
    try (HarReader har = HarReader.open(stream("chrome-empty.har"), "e.har", (w, r) -> {})) {
      har.exchanges().close();
      assertThatThrownBy(har::exchanges).isInstanceOf(IllegalStateException.class);
    }
  }
}
