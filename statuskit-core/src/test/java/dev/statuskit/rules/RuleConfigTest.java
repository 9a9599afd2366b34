package dev.statuskit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.statuskit.input.InputException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleConfigTest {
  @TempDir Path dir;

  Path write(String yaml) throws Exception {
    Path f = dir.resolve(".statuskit.yml");
    Files.writeString(f, yaml);
    return f;
  }

  @Test
  void readsDisabledRulesSeveritiesAndIgnoredPaths() throws Exception {
    RuleConfig c =
        RuleConfig.load(write("rules:\n  SK101: off\n  SK201: Info\nignore:\n  - /health\n"));
    assertThat(c.disabled()).containsExactly("SK101");
    assertThat(c.severities()).containsEntry("SK201", Severity.INFO);
    assertThat(c.ignore()).containsExactly("/health");
    RuleSet rules = Rules.catalogue().with(c);
    assertThat(rules.isEnabled(rules.find("SK101").orElseThrow())).isFalse();
    assertThat(rules.isIgnored("/health")).isTrue();
    assertThat(rules.isIgnored("/health/deep")).isFalse();
  }

  @Test
  void findsTheFileInADirectory() throws Exception {
    assertThat(RuleConfig.find(dir)).isEmpty();
    write("rules: {SK101: off}\n");
    assertThat(RuleConfig.find(dir))
        .hasValueSatisfying(c -> assertThat(c.disabled()).contains("SK101"));
  }

  @Test
  void anEmptyFileChangesNothing() throws Exception {
    assertThat(RuleConfig.load(write("")).disabled()).isEmpty();
  }

  @Test
  void badYamlNamesTheLine() throws Exception {
    Path f = write("rules:\n  SK101: off\n   SK102: [unclosed\n");
    assertThatThrownBy(() -> RuleConfig.load(f))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("not valid YAML")
        .satisfies(e -> assertThat(((InputException) e).where()).startsWith(f + ":"));
  }

  @Test
  void nonsenseIsRejectedWithItsName() throws Exception {
    assertThatThrownBy(() -> RuleConfig.load(write("rules:\n  SK101: loud\n")))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("'loud' is not off, error, warning or info");
    assertThatThrownBy(() -> RuleConfig.load(write("severity: high\n")))
        .hasMessageContaining("unknown setting 'severity'");
    assertThatThrownBy(() -> Rules.catalogue().with(RuleConfig.load(write("rules: {SK999: off}"))))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("unknown rule 'SK999'");
    assertThatThrownBy(() -> RuleConfig.load(dir.resolve("missing.yml")))
        .hasMessageContaining("no such file");
  }
}
