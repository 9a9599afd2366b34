package dev.statuskit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares output with a reviewed file under src/test/resources/golden. With the environment
 * variable STATUSKIT_UPDATE_GOLDEN=1 it writes the file instead, for a person to review in the diff
 * before committing it.
 */
final class GoldenFiles {
  private GoldenFiles() {}

  private static final Path DIR = Path.of("src", "test", "resources", "golden");

  static void assertMatches(String name, String actual) throws IOException {
    Path file = DIR.resolve(name);
    if ("1".equals(System.getenv("STATUSKIT_UPDATE_GOLDEN"))) {
      Files.createDirectories(DIR);
      Files.writeString(file, actual, StandardCharsets.UTF_8);
      return;
    }
    assertThat(file)
        .as("golden file %s (set STATUSKIT_UPDATE_GOLDEN=1 to create it)", file)
        .exists();
    assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }
}
