package dev.statuskit.stats;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RenderTest {
  static StatsReport report;

  @BeforeAll
  static void readSample() {
    report =
        Stats.builder().build().run(Stats.sampleLog(), Stats.SAMPLE_NAME, ProgressListener.NONE);
  }

  @Test
  void htmlHasTheThreeChartsAndLoadsNothingFromOutside() {
    String html = StatsRender.html(report);

    assertThat(html)
        .contains("<svg id=\"chart-distribution\"")
        .contains("<svg id=\"chart-latency\"")
        .contains("<svg id=\"chart-timeline\"")
        .contains("<style>")
        .contains("<script>");
    assertThat(
            Pattern.compile("(?i)(src|href)\\s*=\\s*[\"']?\\s*(https?:)?//").matcher(html).find())
        .isFalse();
    assertThat(html).doesNotContainIgnoringCase("<link").doesNotContainIgnoringCase("@import");
  }

  @Test
  void htmlEscapesWhatTheLogsSay() {
    assertThat(HtmlReport.esc("<script>\"&'")).isEqualTo("&lt;script&gt;&quot;&amp;&#39;");
  }

  @Test
  void textHasTablesAndASparklineAndNoColourWhenAskedNot() {
    String text = StatsRender.text(report, false, 100);

    assertThat(text)
        .contains("Success 85.3%")
        .contains("429 Too Many Requests")
        .contains("/api/v1/users/{id}")
        .containsPattern("all +[▁▂▃▄▅▆▇█ ]{40} max")
        .doesNotContain("\u001b[");
    assertThat(StatsRender.text(report, true, 100)).contains("\u001b[31m");
  }

  @Test
  void jsonFollowsTheSchema() throws Exception {
    JsonNode json = new ObjectMapper().readTree(StatsRender.json(report));

    assertThat(json.get("schema").asText()).isEqualTo("statuskit-stats/1");
    assertThat(json.get("requests").asLong()).isEqualTo(report.requests());
    assertThat(json.get("codes").get(0).get("code").asInt()).isEqualTo(200);
    assertThat(json.get("codes").get(0).get("name").asText()).isEqualTo("OK");
    assertThat(json.get("latency").get("p99").asDouble()).isEqualTo(report.latency().get().p99());
    assertThat(json.get("timeline").get("bucketSeconds").asInt()).isEqualTo(60);
    assertThat(json.get("timeline").get("buckets")).hasSize(report.timeline().buckets().size());
    assertThat(json.get("spikes").get(0).get("kind").asText()).isEqualTo("429");
    assertThat(json.get("badLines").get(0).get("samples").get(0).asText())
        .startsWith("sample-access.log:");
  }
}
