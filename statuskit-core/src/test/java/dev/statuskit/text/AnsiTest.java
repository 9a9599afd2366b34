package dev.statuskit.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.registry.StatusClass;
import dev.statuskit.rules.Severity;
import org.junit.jupiter.api.Test;

class AnsiTest {
  @Test
  void offLeavesTextAsItIs() {
    Ansi off = Ansi.of(false);
    assertThat(off.enabled()).isFalse();
    assertThat(off.bold("x")).isEqualTo("x");
    assertThat(off.severity(Severity.ERROR, "ERROR")).isEqualTo("ERROR");
    assertThat(off.statusClass(StatusClass.SERVER_ERROR, "503")).isEqualTo("503");
  }

  @Test
  void onWrapsInSgrSequencesAndResets() {
    Ansi on = Ansi.of(true);
    assertThat(on.severity(Severity.WARNING, "WARNING")).isEqualTo("\u001b[1;33mWARNING\u001b[0m");
    assertThat(on.statusClass(StatusClass.SUCCESSFUL, "200")).isEqualTo("\u001b[32m200\u001b[0m");
    assertThat(on.statusClass(StatusClass.CLIENT_ERROR, "429")).isEqualTo("\u001b[33m429\u001b[0m");
    // Nothing to colour: no stray sequences around an empty cell.
    assertThat(on.red("")).isEmpty();
  }

  @Test
  void widthCountsWhatTheTerminalShows() {
    Ansi on = Ansi.of(true);
    String cell = on.bold(on.red("503 ✗"));
    assertThat(Ansi.strip(cell)).isEqualTo("503 ✗");
    assertThat(Ansi.width(cell)).isEqualTo(5);
    assertThat(Ansi.width("𝄞 clef")).isEqualTo(6); // one code point, two chars
  }
}
