package dev.statuskit.server.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.statuskit.input.InputException;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenariosTest {
  private static final String FILE =
      """
      routes:
        - path: /orders/{id}
          method: GET
          description: an order that is unavailable twice, then found
          responses:
            - {status: 503, headers: {Retry-After: "2"}}
            - {status: 503}
            - {status: 200, body: '{"id": 1}', delay: 150}
        - path: /payments
          pick: weighted
          responses:
            - {status: 201, weight: 1}
            - {status: 409, weight: 1}
        - path: /broken
          responses:
            - {fault: reset}
      """;

  private static MockServer start(Path dir, String yaml) throws IOException {
    Path file = dir.resolve("scenarios.yaml");
    Files.writeString(file, yaml);
    return MockServer.builder().seed(3).scenarios(file).start();
  }

  @Test
  void playsASequencePerClientAndRepeatsItsLastStep(@TempDir Path dir) throws Exception {
    try (MockServer server = start(dir, FILE)) {
      Http http = new Http(server);
      List<Integer> codes = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        codes.add(http.get("/orders/7", "X-Client-Id", "a").statusCode());
      }
      assertThat(codes).containsExactly(503, 503, 200, 200);
      HttpResponse<String> first = http.get("/orders/7", "X-Client-Id", "b");
      assertThat(first.statusCode()).isEqualTo(503);
      assertThat(first.headers().firstValue("Retry-After")).hasValue("2");
      assertThat(first.headers().firstValue("Content-Type")).hasValue("application/problem+json");
      long start = System.nanoTime();
      http.get("/orders/7", "X-Client-Id", "b");
      HttpResponse<String> found = http.get("/orders/7", "X-Client-Id", "b");
      assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(150);
      assertThat(found.body()).isEqualTo("{\"id\": 1}");
      assertThat(found.headers().firstValue("Content-Type")).hasValue("application/json");
      // The admin reset starts every sequence over.
      http.send(http.request("/__admin/reset").POST(HttpRequest.BodyPublishers.noBody()).build());
      assertThat(http.get("/orders/7", "X-Client-Id", "a").statusCode()).isEqualTo(503);
      assertThat(server.index().get(0).description())
          .isEqualTo("an order that is unavailable twice, then found");
    }
  }

  @Test
  void picksWeightedResponsesAndStagesFaults(@TempDir Path dir) throws Exception {
    try (MockServer server = start(dir, FILE)) {
      Http http = new Http(server);
      List<Integer> codes = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        codes.add(http.get("/payments").statusCode());
      }
      assertThat(codes).contains(201, 409).containsOnly(201, 409);
      assertThatThrownBy(
              () ->
                  http.client.send(
                      http.request("/broken").timeout(Duration.ofSeconds(5)).build(),
                      HttpResponse.BodyHandlers.ofString()))
          .isInstanceOf(IOException.class);
      assertThat(http.get("/status/418").statusCode())
          .as("built-in routes still there")
          .isEqualTo(418);
    }
  }

  @Test
  void namesTheFileAndRouteOfAMistake(@TempDir Path dir) {
    assertThatThrownBy(
            () -> start(dir, "routes:\n  - path: /x\n    responses:\n      - {status: 100}\n"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("final code")
        .satisfies(
            e ->
                assertThat(((InputException) e).where())
                    .contains("scenarios.yaml: route 1 (/x) response 1"));
    assertThatThrownBy(
            () -> start(dir, "routes:\n  - path: /__admin/x\n    responses: [{status: 200}]\n"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("/__admin/");
    assertThatThrownBy(() -> start(dir, "routes: [\n"))
        .isInstanceOf(InputException.class)
        .satisfies(
            e -> assertThat(((InputException) e).where()).matches(".*scenarios.yaml:\\d+:\\d+"));
    assertThatThrownBy(
            () -> start(dir, "routes:\n  - path: /y\n    responses: [{fault: meteor}]\n"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("reset, empty");
  }
}
