package dev.statuskit.probe;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.statuskit.exchange.Headers;
import dev.statuskit.openapi.ConformancePlan;
import dev.statuskit.openapi.OpenApiConformance;
import dev.statuskit.openapi.PlannedRequest;
import dev.statuskit.rules.Audit;
import dev.statuskit.rules.AuditResult;
import dev.statuskit.rules.Finding;
import dev.statuskit.rules.RuleSet;
import dev.statuskit.rules.Rules;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Conformance runs over real sockets: the plan of a spec sent to a small API on 127.0.0.1 that
 * keeps the spec's promises, or breaks them the classic ways (no auth check, 200 for unknown ids).
 */
class SpecProbeTest {
  private static final Path SPEC = Path.of("src/test/resources/openapi/orders.yaml");
  private static final String TOKEN = "Bearer t0ken-for-tests-123";
  private static final RuleSet RULES =
      Rules.catalogue().plus(ProbeRules.all()).plus(OpenApiConformance.rules());

  private HttpServer server;

  /** "GET /v1/orders auth=true", one per request received. */
  private final Queue<String> seen = new ConcurrentLinkedQueue<>();

  @AfterEach
  void stop() {
    if (server != null) {
      server.stop(0);
    }
  }

  private URI start(boolean buggy) throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/",
        http -> {
          String path = http.getRequestURI().getPath();
          boolean authed = TOKEN.equals(http.getRequestHeaders().getFirst("Authorization"));
          seen.add(http.getRequestMethod() + " " + path + " auth=" + authed);
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
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  private static void send(HttpExchange http, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    http.getResponseHeaders().add("Content-Type", type);
    http.sendResponseHeaders(status, bytes.length);
    http.getResponseBody().write(bytes);
    http.close();
  }

  private static AuditResult run(URI base, boolean allowUnsafe) {
    ProbeOptions options =
        ProbeOptions.builder()
            .requestsPerSecond(500)
            .responseTimeout(Duration.ofSeconds(5))
            .header("Authorization", TOKEN)
            .allowUnsafe(allowUnsafe)
            .build();
    Audit audit = new Audit(base.toString(), RULES);
    Prober.create(options)
        .run(base, OpenApiConformance.plan(SPEC, allowUnsafe), audit, ProgressListener.none());
    return audit.result();
  }

  private static List<String> conformanceIds(AuditResult result) {
    return result.findings().stream()
        .map(Finding::rule)
        .map(r -> r.id())
        .filter(id -> id.startsWith("SK52"))
        .toList();
  }

  @Test
  void anApiThatKeepsItsPromisesHasNoConformanceFindings() throws IOException {
    URI base = start(false);
    ConformancePlan plan = OpenApiConformance.plan(SPEC, false);
    AuditResult result = run(base, false);
    assertThat(result.exchanges()).isEqualTo(plan.requests().size()).isGreaterThan(4);
    assertThat(conformanceIds(result)).isEmpty();
    // The server's base path /v1 comes from the spec's servers entry.
    assertThat(seen).allSatisfy(line -> assertThat(line).contains(" /v1/"));
  }

  @Test
  void theClassicBugsAreRecordedAsFindingsOnTheirExchanges() throws IOException {
    AuditResult result = run(start(true), false);
    // Two secured GETs answer 200 without credentials, and an unknown id answers 200.
    assertThat(conformanceIds(result)).containsExactlyInAnyOrder("SK524", "SK524", "SK524");
    assertThat(result.findings())
        .filteredOn(f -> f.rule().id().equals("SK524"))
        .allSatisfy(f -> assertThat(f.exchange().source()).startsWith("openapi: GET /"));
  }

  @Test
  void credentialsGoOnlyWithRequestsPlannedWithThem() throws IOException {
    URI base = start(false);
    run(base, false);
    ConformancePlan plan = OpenApiConformance.plan(SPEC, false);
    long withoutCredentials = plan.requests().stream().filter(r -> !r.withCredentials()).count();
    assertThat(withoutCredentials).isPositive();
    assertThat(seen.stream().filter(l -> l.endsWith("auth=false")).count())
        .isEqualTo(withoutCredentials);
  }

  @Test
  void unsafeMethodsAreNotSentWithoutPermission() throws IOException {
    run(start(false), false);
    assertThat(seen)
        .isNotEmpty()
        .allSatisfy(l -> assertThat(l).matches("(GET|HEAD|OPTIONS|TRACE) .*"));
  }

  @Test
  void unsafeMethodsAreSentWhenAllowed() throws IOException {
    run(start(false), true);
    assertThat(seen).anySatisfy(l -> assertThat(l).startsWith("POST /v1/orders"));
  }

  @Test
  void theSpecsBasePathIsAddedUnlessTheBaseEndsWithIt() {
    URI api = URI.create("https://api.example.com");
    assertThat(SpecProbe.uri(api, "/v1", "/orders?limit=20"))
        .hasToString("https://api.example.com/v1/orders?limit=20");
    assertThat(SpecProbe.uri(URI.create("https://api.example.com/v1/"), "/v1", "/orders"))
        .hasToString("https://api.example.com/v1/orders");
    assertThat(SpecProbe.uri(URI.create("http://127.0.0.1:8080/shop"), "", "/items"))
        .hasToString("http://127.0.0.1:8080/shop/items");
  }

  @Test
  void theSpecsHeadersWinAndSecretsAreDroppedWhenPlannedWithout() {
    ProbeOptions options =
        ProbeOptions.builder().header("Authorization", TOKEN).header("Accept", "*/*").build();
    SpecProbe probe = new SpecProbe(options, r -> null);
    PlannedRequest planned =
        new PlannedRequest(
            "GET /orders",
            "/paths/~1orders/get",
            dev.statuskit.openapi.Variant.NO_CREDENTIALS,
            "GET /orders without credentials",
            "GET",
            "/orders",
            java.util.Map.of("Accept", "application/json"),
            Optional.empty(),
            false,
            new dev.statuskit.openapi.Expectation(List.of()));
    Headers sent = probe.request(URI.create("http://127.0.0.1:1"), "", planned).headers();
    assertThat(sent.fields())
        .extracting(Headers.Field::name, Headers.Field::value)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Accept", "application/json"));
  }
}
