package dev.statuskit.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's endpoint table documents every probed path and every planted mistake. */
class ReadmeTest {

  @Test
  void endpointTableMatchesTheDemo() throws IOException {
    List<String> rows =
        Files.readAllLines(Path.of("README.md")).stream().filter(l -> l.startsWith("| ")).toList();
    try (DemoApi demo = DemoApi.start()) {
      for (String path : demo.paths()) {
        assertThat(rows).as(path).anyMatch(r -> r.contains("| `" + path + "` |"));
      }
    }
    for (PlantedMistake m : DemoApi.plantedMistakes()) {
      assertThat(rows)
          .as(m.toString())
          .anyMatch(
              r ->
                  r.startsWith("| " + m.method() + " | `" + m.path() + "` |")
                      && r.contains("**" + m.ruleId() + "**"));
    }
  }
}
