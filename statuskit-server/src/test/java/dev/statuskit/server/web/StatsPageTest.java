package dev.statuskit.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.statuskit.exchange.Headers;
import dev.statuskit.stats.Stats;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** The stats page's bounds on what an upload may make the engine read. */
class StatsPageTest {

  private static WebRequest upload(byte[] body) {
    return new WebRequest(
        "POST", "/ui/api/stats", Map.of("name", List.of("a.log.gz")), Headers.empty(), body);
  }

  private static byte[] gzippedSample() throws IOException {
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (InputStream in = Stats.sampleLog();
        GZIPOutputStream out = new GZIPOutputStream(gz)) {
      in.transferTo(out);
    }
    return gz.toByteArray();
  }

  @Test
  void aGzippedUploadMayNotExpandPastItsBound() throws IOException {
    WebResponse r = new StatsPage(1024 * 1024, 10_000).upload(upload(gzippedSample()));
    assertThat(r.status()).isEqualTo(422);
    JsonNode problem = Json.MAPPER.readTree(r.body());
    assertThat(problem.path("detail").asText())
        .startsWith("a.log.gz")
        .contains("larger than 10,000 bytes uncompressed");
  }

  @Test
  void withinItsBoundItIsRead() throws IOException {
    WebResponse r = new StatsPage(1024 * 1024).upload(upload(gzippedSample()));
    assertThat(r.status()).isEqualTo(200);
    assertThat(Json.MAPPER.readTree(r.body()).path("report").path("requests").asLong())
        .isEqualTo(1997);
  }

  @Test
  void aBodyOverTheUploadLimitIsRefused() throws IOException {
    WebResponse r = new StatsPage(100).upload(upload(gzippedSample()));
    assertThat(r.status()).isEqualTo(413);
  }

  @Test
  void aBrokenGzipIsNotALog() throws IOException {
    byte[] broken = {0x1f, (byte) 0x8b, 1, 2, 3};
    WebResponse r = new StatsPage(1024).upload(upload(broken));
    assertThat(r.status()).isEqualTo(422);
    assertThat(Json.MAPPER.readTree(r.body()).path("detail").asText()).startsWith("a.log.gz");
  }
}
