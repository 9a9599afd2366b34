package dev.statuskit.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files for failure messages: src/test/resources/golden/NAME.txt, compared exactly. Run with
 * {@code -Dgolden.update=true} to rewrite them, then review the diff like code.
 */
public final class Golden {
  private Golden() {}

  private static final Path DIR = Path.of("src/test/resources/golden");

  public static void assertMatches(String name, String actual) {
    Path file = DIR.resolve(name + ".txt");
    try {
      if (Boolean.getBoolean("golden.update")) {
        Files.createDirectories(DIR);
        Files.writeString(file, actual + "\n", StandardCharsets.UTF_8);
      }
      assertThat(actual + "\n")
          .as("golden file %s (rerun with -Dgolden.update=true to rewrite it)", file)
          .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The message of the AssertionError the action throws. */
  public static String failureOf(Runnable action) {
    try {
      action.run();
    } catch (AssertionError e) {
      return e.getMessage();
    }
    throw new AssertionError("expected a failure, but the assertion passed");
  }
}
