package dev.statuskit.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CountingInputStreamTest {
  @Test
  void reportsEveryStepThatTookBytesAndNoneAtTheEnd() throws Exception {
    List<Long> steps = new ArrayList<>();
    try (CountingInputStream in =
        new CountingInputStream(new ByteArrayInputStream(new byte[10]), steps::add)) {
      assertThat(in.read()).isZero();
      assertThat(in.read(new byte[4], 0, 4)).isEqualTo(4);
      assertThat(in.skip(3)).isEqualTo(3);
      assertThat(in.readAllBytes()).hasSize(2);
      assertThat(in.read()).isEqualTo(-1);
      assertThat(in.skip(5)).isZero();
    }
    assertThat(steps).startsWith(1L, 4L, 3L);
    assertThat(steps.stream().mapToLong(Long::longValue).sum()).isEqualTo(10);
    assertThat(steps).doesNotContain(0L);
  }
}
