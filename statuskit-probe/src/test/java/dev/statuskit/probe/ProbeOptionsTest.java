package dev.statuskit.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProbeOptionsTest {

  @Test
  void defaultsArePolite() {
    ProbeOptions o = ProbeOptions.defaults();

    assertThat(o.concurrency()).isEqualTo(4);
    assertThat(o.requestsPerSecond()).isEqualTo(10);
    assertThat(o.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
    assertThat(o.responseTimeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(o.headers()).isEmpty();
    assertThat(o.allowUnsafe()).isFalse();
    assertThat(o.hasCredentials()).isFalse();
  }

  @Test
  void knowsWhichHeadersAreCredentials() {
    assertThat(ProbeOptions.builder().header("Accept", "application/json").build().hasCredentials())
        .isFalse();
    assertThat(ProbeOptions.builder().header("x-api-key", "k").build().hasCredentials()).isTrue();
    assertThat(ProbeOptions.builder().header("Cookie", "s=1").build().hasCredentials()).isTrue();
  }

  @Test
  void rejectsValuesOutOfRangeInOneLine() {
    assertThatThrownBy(() -> ProbeOptions.builder().concurrency(0).build())
        .hasMessage("concurrency must be from 1 to 64, not 0");
    assertThatThrownBy(() -> ProbeOptions.builder().requestsPerSecond(0).build())
        .hasMessageContaining("requests per second");
    assertThatThrownBy(() -> ProbeOptions.builder().requestsPerSecond(Double.NaN).build())
        .hasMessageContaining("requests per second");
    assertThatThrownBy(() -> ProbeOptions.builder().responseTimeout(Duration.ZERO).build())
        .hasMessage("response timeout must be positive, not PT0S");
  }

  @Test
  void rejectsHeadersThatCannotBeSent() {
    assertThatThrownBy(() -> ProbeOptions.builder().header("Bad Name", "x").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'Bad Name'");
    assertThatThrownBy(() -> ProbeOptions.builder().header("X-A", "a\r\nX-B: b").build())
        .hasMessageContaining("line break");
    assertThatThrownBy(() -> ProbeOptions.builder().header("Content-Length", "5").build())
        .hasMessageContaining("set by the prober");
  }
}
