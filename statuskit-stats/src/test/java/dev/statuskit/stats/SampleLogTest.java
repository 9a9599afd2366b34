package dev.statuskit.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** The sample shipped in the jar: made by the generator, and showing what the report can find. */
class SampleLogTest {

  @Test
  void isTheGeneratorsOutputForItsSeed() throws IOException {
    try (InputStream in = Stats.sampleLog()) {
      assertThat(in.readAllBytes()).isEqualTo(AccessLogGenerator.sample());
    }
  }

  @Test
  void showsASpikeBurstsOfTooManyRequestsAndDamagedLines() {
    StatsReport r =
        Stats.builder().build().run(Stats.sampleLog(), Stats.SAMPLE_NAME, ProgressListener.NONE);

    assertThat(r.lines()).isEqualTo(2000);
    assertThat(r.badLineCount()).isEqualTo(3);
    assertThat(r.spikes()).extracting(StatsReport.Spike::kind).contains("5xx", "429");
    assertThat(r.clients429().get(0).client()).isEqualTo(AccessLogGenerator.BURSTER);
    assertThat(r.top5xx())
        .extracting(StatsReport.EndpointCount::endpoint)
        .contains("/api/v1/checkout");
    assertThat(r.hasLatency()).isTrue();
  }
}
