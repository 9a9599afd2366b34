package dev.statuskit.server.demo;

import static dev.statuskit.server.demo.Client.request;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The endpoints done right do everything right, over a real socket. */
class CorrectEndpointsTest {
  private static DemoApi demo;
  private static Client client;

  @BeforeAll
  static void start() {
    demo = DemoApi.start();
    client = new Client(demo);
  }

  @AfterAll
  static void stop() {
    demo.close();
  }

  /** The correct paths that answer 200 with a JSON resource (all but the /catalog redirect). */
  static Stream<String> resources() {
    // Runs after @BeforeAll: argument sources are read when the parameterized test executes.
    return Demo.correctPaths(demo).stream().filter(p -> !p.equals("/catalog"));
  }

  @Test
  void correctPathsAreTheOnesDoneRight() {
    assertThat(Demo.correctPaths(demo))
        .containsExactly(
            "/products",
            "/products/1",
            "/orders",
            "/orders/1",
            "/catalog",
            "/search?q=mug",
            "/coupons/SPRING25");
  }

  @ParameterizedTest
  @MethodSource("resources")
  void answersJsonWithAValidatorAndARequestId(String path) {
    HttpResponse<String> r = client.get(path);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(r.headers().firstValue("ETag"))
        .hasValueSatisfying(t -> assertThat(t).matches("\"[0-9a-f]{16}\""));
    assertThat(r.headers().firstValue("Cache-Control")).hasValue("no-cache");
    assertThat(r.headers().firstValue("X-Request-Id"))
        .hasValueSatisfying(id -> assertThat(id).startsWith("demo-"));
    assertThat(Demo.json(r.body()).isObject()).isTrue();
  }

  @ParameterizedTest
  @MethodSource("resources")
  void answers304ToIfNoneMatchWithItsETag(String path) {
    String etag = client.get(path).headers().firstValue("ETag").orElseThrow();
    for (String condition : new String[] {etag, "W/" + etag, "\"other\", " + etag, "*"}) {
      HttpResponse<String> r = client.send(request("GET", path).header("If-None-Match", condition));
      assertThat(r.statusCode()).as(condition).isEqualTo(304);
      assertThat(r.body()).isEmpty();
      assertThat(r.headers().firstValue("ETag")).hasValue(etag);
      assertThat(r.headers().firstValue("Cache-Control")).hasValue("no-cache");
      assertThat(r.headers().firstValue("X-Request-Id")).isPresent();
    }
    HttpResponse<String> stale =
        client.send(request("GET", path).header("If-None-Match", "\"stale\""));
    assertThat(stale.statusCode()).isEqualTo(200);
  }

  @ParameterizedTest
  @MethodSource("resources")
  void answersHeadLikeGetWithoutABody(String path) {
    HttpResponse<String> get = client.get(path);
    HttpResponse<String> head = client.send("HEAD", path);
    assertThat(head.statusCode()).isEqualTo(get.statusCode());
    assertThat(head.body()).isEmpty();
    assertThat(head.headers().firstValue("Content-Type"))
        .isEqualTo(get.headers().firstValue("Content-Type"));
    assertThat(head.headers().firstValue("ETag")).isEqualTo(get.headers().firstValue("ETag"));
    assertThat(head.headers().firstValue("Content-Length"))
        .hasValue(
            String.valueOf(get.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length));
  }

  @ParameterizedTest
  @MethodSource("resources")
  void answersOptionsWithAllowEvenWithoutCredentials(String path) {
    HttpResponse<String> r = client.send(request("OPTIONS", path).withoutCredentials());
    assertThat(r.statusCode()).isEqualTo(204);
    assertThat(r.headers().firstValue("Allow")).hasValue("GET, HEAD, OPTIONS");
    assertThat(r.body()).isEmpty();
    assertThat(r.headers().firstValue("X-Request-Id")).isPresent();
  }

  @ParameterizedTest
  @MethodSource("resources")
  void refusesOtherMethodsWith405AndAllow(String path) {
    for (String method : new String[] {"TRACE", "PUT", "DELETE", "PATCH", "POST"}) {
      HttpResponse<String> r = client.send(method, path);
      assertThat(r.statusCode()).as(method).isEqualTo(405);
      assertThat(r.headers().firstValue("Allow")).hasValue("GET, HEAD, OPTIONS");
      assertProblem(r, 405, "method_not_allowed");
    }
  }

  @ParameterizedTest
  @MethodSource("resources")
  void challengesRequestsWithoutCredentials(String path) {
    HttpResponse<String> r = client.send(request("GET", path).withoutCredentials());
    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(r.headers().firstValue("WWW-Authenticate"))
        .hasValue("Bearer realm=\"statuskit-demo\"");
    assertProblem(r, 401, "unauthenticated");
  }

  @Test
  void asksForCredentialsBeforeJudgingTheMethod() {
    HttpResponse<String> r = client.send(request("DELETE", "/products").withoutCredentials());
    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(r.headers().firstValue("Allow")).isEmpty();
    assertThat(client.send(request("GET", "/checkout").withoutCredentials()).statusCode())
        .isEqualTo(401);
  }

  @Test
  void judgesTraceByItsMethodAloneSinceItCarriesNoCredentials() {
    // RFC 9110 §9.3.8: a client must not send credentials with TRACE.
    HttpResponse<String> r = client.send(request("TRACE", "/products").withoutCredentials());
    assertThat(r.statusCode()).isEqualTo(405);
    assertThat(r.headers().firstValue("Allow")).isPresent();
  }

  @Test
  void saysWhenTheTokenIsWrong() {
    HttpResponse<String> r =
        client.send(
            request("GET", "/products")
                .withoutCredentials()
                .header("Authorization", "Bearer not-the-token"));
    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(r.headers().firstValue("WWW-Authenticate"))
        .hasValue("Bearer realm=\"statuskit-demo\", error=\"invalid_token\"");
    assertProblem(r, 401, "invalid_token");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"/products/12345", "/orders/12345", "/coupons/NOPE", "/nowhere", "/products/"})
  void answersUnknownResourcesWithAProblem404(String path) {
    HttpResponse<String> r = client.get(path);
    assertThat(r.statusCode()).isEqualTo(404);
    JsonNode problem = assertProblem(r, 404, null);
    assertThat(problem.path("title").asText()).isEqualTo("Not Found");
    assertThat(problem.path("instance").asText()).isEqualTo(path);
    assertThat(problem.path("code").asText()).endsWith("not_found");
  }

  @Test
  void redirectsTheOldCatalogueWithLocation() {
    for (String method : new String[] {"GET", "HEAD"}) {
      HttpResponse<String> r = client.send(method, "/catalog");
      assertThat(r.statusCode()).isEqualTo(301);
      assertThat(r.headers().firstValue("Location")).hasValue("/products");
      assertThat(r.headers().firstValue("X-Request-Id")).isPresent();
      assertThat(r.body()).isEmpty();
    }
  }

  @Test
  void findsProductsByName() {
    JsonNode found = Demo.json(client.get("/search?q=MUG").body());
    assertThat(found.path("count").asInt()).isEqualTo(2);
    assertThat(found.path("items").findValuesAsText("name"))
        .containsExactly("Blue ceramic mug", "Travel mug");
    assertThat(Demo.json(client.get("/search?q=blue+ceramic").body()).path("count").asInt())
        .isEqualTo(1);
  }

  @Test
  void servesTheSameDataOnEveryRun() {
    String etag = client.get("/products").headers().firstValue("ETag").orElseThrow();
    try (DemoApi other = DemoApi.start()) {
      assertThat(new Client(other).get("/products").headers().firstValue("ETag")).hasValue(etag);
    }
    JsonNode product = Demo.json(client.get("/products/1").body());
    assertThat(product.path("name").asText()).isEqualTo("Blue ceramic mug");
    assertThat(product.path("price").path("amount").asText()).isEqualTo("12.00");
  }

  @Test
  void checkoutWantsJson() {
    HttpResponse<String> r = client.send(request("POST", "/checkout").body("text/plain", "hi"));
    assertThat(r.statusCode()).isEqualTo(415);
    assertThat(r.headers().firstValue("Accept")).hasValue("application/json");
    assertProblem(r, 415, "unsupported_media_type");
  }

  @Test
  void checkoutNamesWhatIsWrongWithTheBody() {
    HttpResponse<String> malformed =
        client.send(request("POST", "/checkout").body("application/json", "{\"paymentToken\":"));
    assertThat(assertProblem(malformed, 400, "malformed_json").path("errors")).hasSize(1);

    HttpResponse<String> missing =
        client.send(request("POST", "/checkout").body("application/json", "{}"));
    assertThat(
            assertProblem(missing, 422, "payment_token_missing").at("/errors/0/pointer").asText())
        .isEqualTo("/paymentToken");

    HttpResponse<String> declined =
        client.send(
            request("POST", "/checkout").body("application/json", "{\"paymentToken\":\"tok\"}"));
    assertThat(assertProblem(declined, 422, "payment_declined").path("errors")).hasSize(1);
  }

  @Test
  void checkoutWithoutCredentialsIsChallenged() {
    HttpResponse<String> r =
        client.send(
            request("POST", "/checkout").withoutCredentials().body("application/json", "{}"));
    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(r.headers().firstValue("WWW-Authenticate")).isPresent();
  }

  @Test
  void refusesBodiesOverTheLimit() {
    String big = "{\"pad\":\"" + "x".repeat(Dispatcher.MAX_BODY) + "\"}";
    HttpResponse<String> r =
        client.send(request("POST", "/checkout").body("application/json", big));
    assertProblem(r, 413, "body_too_large");
  }

  /** Asserts an RFC 9457 body whose status and request id agree with the response's. */
  static JsonNode assertProblem(HttpResponse<String> r, int status, String code) {
    assertThat(r.statusCode()).isEqualTo(status);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonNode problem = Demo.json(r.body());
    assertThat(problem.path("type").asText()).isEqualTo("about:blank");
    assertThat(problem.path("title").asText()).isNotBlank();
    assertThat(problem.path("status").asInt()).isEqualTo(status);
    assertThat(problem.path("detail").asText()).isNotBlank();
    assertThat(problem.path("requestId").asText())
        .isEqualTo(r.headers().firstValue("X-Request-Id").orElseThrow());
    if (code != null) {
      assertThat(problem.path("code").asText()).isEqualTo(code);
    }
    return problem;
  }
}
