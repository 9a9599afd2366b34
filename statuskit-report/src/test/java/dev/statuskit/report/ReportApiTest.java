package dev.statuskit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import org.junit.jupiter.api.Test;

class ReportApiTest {

  @Test
  void parsesFormatNamesAndExtensions() {
    assertThat(ReportFormat.parse("sarif")).contains(ReportFormat.SARIF);
    assertThat(ReportFormat.parse(" JUnit ")).contains(ReportFormat.JUNIT);
    assertThat(ReportFormat.parse("xml")).contains(ReportFormat.JUNIT);
    assertThat(ReportFormat.parse("md")).contains(ReportFormat.MARKDOWN);
    assertThat(ReportFormat.parse("html")).isEmpty();
  }

  @Test
  void rejectsNarrowWidthsAndBlankVersions() {
    assertThatThrownBy(() -> new ReportOptions(false, 39, "1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 40");
    assertThatThrownBy(() -> new ReportOptions(false, 80, " "))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void defaultsArePlainAndEightyColumns() {
    ReportOptions d = ReportOptions.defaults();
    assertThat(d.color()).isFalse();
    assertThat(d.width()).isEqualTo(80);
    assertThat(d.toolVersion()).isNotBlank();
  }

  @Test
  void writeLeavesTheWriterOpenAndMatchesRender() throws IOException {
    boolean[] closed = {false};
    StringWriter target = new StringWriter();
    Writer out =
        new Writer() {
          @Override
          public void write(char[] c, int off, int len) {
            if (closed[0]) {
              throw new IllegalStateException("closed");
            }
            target.write(c, off, len);
          }

          @Override
          public void flush() {}

          @Override
          public void close() {
            closed[0] = true;
          }
        };
    for (ReportFormat f : ReportFormat.values()) {
      target.getBuffer().setLength(0);
      Reports.write(Fixture.result(), f, Fixture.OPTIONS, out);
      assertThat(closed[0]).as("%s closed the writer", f).isFalse();
      assertThat(target.toString()).isEqualTo(Reports.render(Fixture.result(), f, Fixture.OPTIONS));
    }
  }
}
