package dev.statuskit.openapi;

import static dev.statuskit.openapi.OpenApiLintTest.resource;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.statuskit.exchange.Exchange;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The plan of clean-3.0.yaml sent over real sockets to a small API on 127.0.0.1: one that keeps the
 * spec's promises, and one with the classic bugs (no auth check, 200 for unknown ids).
 */
class ConformanceOverHttpTest {

  private HttpServer server;
  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  @AfterEach
  void stop() {
    if (server != null) {
      server.stop(0);
    }
  }

  /** Serves the orders API of clean-3.0.yaml under /v1; the buggy one skips its checks. */
  private String start(boolean buggy) throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/v1/",
        http -> {
          String path = http.getRequestURI().getPath();
          boolean authed = http.getRequestHeaders().containsKey("Authorization");
          if (path.equals("/v1/health")) {
            send(http, 200, "application/json", "{\"status\":\"up\"}");
          } else if (!authed && !buggy) {
            http.getResponseHeaders().add("WWW-Authenticate", "Bearer realm=\"orders\"");
            send(http, 401, "application/problem+json", "{\"title\":\"no token\",\"status\":401}");
          } else if (path.equals("/v1/orders")) {
            send(http, 200, "application/json", "[]");
          } else if (path.equals("/v1/orders/ord_42") || buggy) {
            send(http, 200, "application/json", "{\"id\":\"ord_42\"}");
          } else {
            send(http, 404, "application/problem+json", "{\"title\":\"no order\",\"status\":404}");
          }
        });
    server.start();
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private static void send(HttpExchange http, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    http.getResponseHeaders().add("Content-Type", type);
    http.sendResponseHeaders(status, bytes.length);
    http.getResponseBody().write(bytes);
    http.close();
  }

  /** Sends every planned request and returns the rule ids of all mismatches. */
  private List<String> run(String base) throws Exception {
    ConformancePlan plan = OpenApiConformance.plan(resource("clean-3.0.yaml"), false);
    List<String> ids = new ArrayList<>();
    for (PlannedRequest r : plan.requests()) {
      HttpRequest.Builder b =
          HttpRequest.newBuilder(URI.create(base + plan.basePath() + r.target()))
              .timeout(Duration.ofSeconds(2))
              .method(r.method(), HttpRequest.BodyPublishers.noBody());
      r.headers().forEach(b::header);
      if (r.withCredentials()) {
        b.header("Authorization", "Bearer test-token");
      }
      HttpResponse<String> resp = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
      Exchange.Builder e =
          Exchange.builder()
              .method(r.method())
              .target(base + plan.basePath() + r.target())
              .status(resp.statusCode())
              .body(resp.body());
      resp.headers().map().forEach((k, vs) -> vs.forEach(v -> e.header(k, v)));
      OpenApiConformance.check(r, e.build()).forEach(m -> ids.add(m.rule().id()));
    }
    return ids;
  }

  @Test
  void anApiThatKeepsItsSpecsPromisesHasNoMismatches() throws Exception {
    assertThat(run(start(false))).isEmpty();
  }

  @Test
  void theBuggyApiIsCaughtAcceptingWhatItShouldRefuse() throws Exception {
    // Two secured GETs answered 200 without credentials, one unknown id answered 200.
    assertThat(run(start(true))).containsExactlyInAnyOrder("SK524", "SK524", "SK524");
  }
}
