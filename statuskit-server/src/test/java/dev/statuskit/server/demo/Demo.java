package dev.statuskit.server.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** What the tests need to know about the demo beyond its public API. */
final class Demo {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Demo() {}

  /** The probed paths with no planted mistake. */
  static List<String> correctPaths(DemoApi demo) {
    return demo.paths().stream()
        .filter(p -> DemoApi.plantedMistakes().stream().noneMatch(m -> m.path().equals(p)))
        .toList();
  }

  static JsonNode json(String body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException("not JSON: " + body, e);
    }
  }
}
