package dev.statuskit.server.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.statuskit.exchange.Headers;
import dev.statuskit.registry.HeaderRequirement;
import dev.statuskit.registry.StatusCode;
import dev.statuskit.registry.StatusCodes;
import dev.statuskit.rules.Finding;
import dev.statuskit.rules.Rules;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatusEndpointTest {
  private static MockServer server;
  private static Http http;

  @BeforeAll
  static void start() {
    server = MockServer.builder().seed(42).start();
    http = new Http(server);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @ParameterizedTest(name = "{0} carries {1}: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "401 | WWW-Authenticate | Bearer realm=\"statuskit\"",
        "405 | Allow | POST",
        "301 | Location | /anything",
        "206 | Content-Range | bytes 0-",
        "416 | Content-Range | bytes */1024",
        "426 | Upgrade | HTTP/3.0",
        "429 | Retry-After | 1",
        "429 | RateLimit | \"default\";r=0;t=1",
        "503 | Retry-After | 1",
        "407 | Proxy-Authenticate | Basic realm=\"statuskit-proxy\"",
      })
  void sendsTheHeadersTheRegistryNames(int code, String header, String valueStart) {
    HttpResponse<String> r = http.get("/status/" + code);
    assertThat(r.statusCode()).isEqualTo(code);
    assertThat(StatusCodes.of(code).header(header)).as("the registry names it").isPresent();
    assertThat(r.headers().firstValue(header))
        .hasValueSatisfying(v -> assertThat(v).startsWith(valueStart));
  }

  @Test
  void everyHeaderTheRegistryNamesHasAValue() {
    List<String> missing = new ArrayList<>();
    for (StatusCode code : StatusCodes.all()) {
      for (HeaderRequirement h : code.headers()) {
        if (!RegistryHeaders.VALUES.containsKey(h.name().toLowerCase(Locale.ROOT))) {
          missing.add(code.code() + " " + h.name());
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  /**
   * The proof that the mock is right from the registry: no SK1xx rule fires on the response to
   * /status/CODE for any registered code, with GET, HEAD, and JSON or HTML asked for.
   */
  @Test
  void noProtocolRuleFiresOnAnyRegisteredStatus() throws Exception {
    List<String> findings = new ArrayList<>();
    int checked = 0;
    for (StatusCode code : StatusCodes.registered()) {
      if (code.code() < 200) {
        continue;
      }
      // A 304 answers only a conditional GET or HEAD (SK113): POST would be the test's mistake.
      List<String> methods =
          code.code() == 304 ? List.of("GET", "HEAD") : List.of("GET", "HEAD", "POST");
      for (String method : methods) {
        for (String accept : List.of("application/json", "text/html")) {
          Headers request = Headers.of("Accept", accept, "Connection", "close");
          if (code.code() == 304) {
            // A 304 only answers a conditional request (SK113).
            request = request.with("If-None-Match", "\"v1\"");
          }
          String target = "/status/" + code.code();
          Raw.Response r = Raw.exchange(http.base, method, target, request);
          assertThat(r.status()).isEqualTo(code.code());
          checked++;
          for (Finding f :
              Rules.catalogue().check(r.exchange(method, target, request)).findings()) {
            if (f.rule().id().startsWith("SK1")) {
              findings.add(
                  method
                      + " "
                      + code.code()
                      + " "
                      + accept
                      + ": "
                      + f.rule().id()
                      + " "
                      + f.message());
            }
          }
        }
      }
    }
    assertThat(checked).isGreaterThan(300);
    assertThat(findings).isEmpty();
  }

  @Test
  void sendsTheRegistryPhraseInTheStatusLine() throws Exception {
    for (int code : List.of(200, 302, 413, 418, 422, 451, 503, 599)) {
      Raw.Response r =
          Raw.exchange(http.base, "GET", "/status/" + code, Headers.of("Connection", "close"));
      assertThat(StatusCodes.of(code).isKnownPhrase(r.reason()))
          .as(code + " " + r.reason())
          .isTrue();
    }
  }

  @Test
  void errorsAreProblemDetailsByDefault() throws Exception {
    HttpResponse<String> r = http.get("/status/503");
    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonNode body = Http.json(r);
    assertThat(body.path("type").asText()).isEqualTo("about:blank");
    assertThat(body.path("title").asText()).isEqualTo("Service Unavailable");
    assertThat(body.path("status").asInt()).isEqualTo(503);
    assertThat(body.path("detail").asText()).isEqualTo(StatusCodes.of(503).summary());
    assertThat(r.headers().firstValue("X-Request-Id")).isPresent();
  }

  @ParameterizedTest(name = "Accept {1} on {0} gives {2}")
  @CsvSource({
    "404, application/json, application/json",
    "404, 'text/html,application/xhtml+xml;q=0.9', text/html; charset=utf-8",
    "404, text/plain, text/plain; charset=utf-8",
    "404, 'text/plain;q=0.5, application/problem+json', application/problem+json",
    "404, image/png, application/problem+json",
    "200, */*, application/json",
    "200, 'text/*', text/html; charset=utf-8",
    "200, 'application/json;q=0, text/plain', text/plain; charset=utf-8",
  })
  void negotiatesTheBodyFromAccept(int code, String accept, String type) {
    HttpResponse<String> r = http.get("/status/" + code, "Accept", accept);
    assertThat(r.headers().firstValue("Content-Type")).hasValue(type);
    assertThat(r.body()).contains(StatusCodes.of(code).name());
  }

  @Test
  void sendsNoContentWhereTheRegistryForbidsIt() throws Exception {
    for (int code : List.of(204, 205, 304)) {
      Raw.Response r =
          Raw.exchange(http.base, "GET", "/status/" + code, Headers.of("Connection", "close"));
      assertThat(StatusCodes.of(code).bodyAllowed()).isFalse();
      assertThat(r.headers().first("Content-Type")).as("%d", code).isEmpty();
      assertThat(r.body()).isEmpty();
    }
  }

  @Test
  void answersHeadWithTheHeadersOfGetAndNoContent() throws Exception {
    try (Raw raw = new Raw(http.base)) {
      raw.request("GET", "/status/418", Headers.empty());
      Raw.Response get = raw.read(false);
      raw.request("HEAD", "/status/418", Headers.empty());
      Raw.Response head = raw.read(true);
      raw.request("GET", "/status/200", Headers.empty());
      Raw.Response after = raw.read(false);
      assertThat(head.status()).isEqualTo(418);
      assertThat(head.headers().first("Content-Length"))
          .isEqualTo(get.headers().first("Content-Length"));
      assertThat(after.status()).as("no stray content before the next response").isEqualTo(200);
      assertThat(after.text()).contains("\"status\" : 200");
    }
  }

  @Test
  void refusesInterimCodesAsFinalResponsesAndSaysWhy() {
    for (String code : List.of("100", "103", "200:1,101:1")) {
      HttpResponse<String> r = http.get("/status/" + code);
      assertThat(r.statusCode()).isEqualTo(400);
      assertThat(r.body()).contains("interim (1xx)").contains("/early-hints");
    }
  }

  @ParameterizedTest
  @CsvSource({"600", "99", "abc", "200:x", "200:0", "'200:1:2'"})
  void refusesWhatIsNotAStatusSpec(String spec) {
    HttpResponse<String> r = http.get("/status/" + spec);
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
  }

  @Test
  void picksWeightedCodesInRoughlyTheirProportions() {
    Map<Integer, Integer> seen = new HashMap<>();
    int n = 400;
    for (int i = 0; i < n; i++) {
      seen.merge(http.get("/status/200:0.75,503:0.25").statusCode(), 1, Integer::sum);
    }
    assertThat(seen.keySet()).containsExactlyInAnyOrder(200, 503);
    assertThat(seen.get(503)).isBetween(60, 140); // expected 100; ±4 standard deviations
  }

  @Test
  void repeatsTheSameChoicesWithTheSameSeed() {
    List<List<Integer>> runs = new ArrayList<>();
    for (int run = 0; run < 2; run++) {
      try (MockServer s = MockServer.builder().seed(7).start()) {
        Http h = new Http(s);
        List<Integer> codes = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
          codes.add(h.get("/status/200,404,500").statusCode());
        }
        runs.add(codes);
      }
    }
    assertThat(runs.get(0)).isEqualTo(runs.get(1)).contains(200, 404, 500);
  }

  @Test
  void takesQueryOptions() {
    long start = System.nanoTime();
    HttpResponse<String> r =
        http.get(
            "/status/503?delay=300&retry_after=120&header=X-Trace:abc&header=Cache-Control:no-store&body=%7B%22down%22%3Atrue%7D");
    assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(300);
    assertThat(r.statusCode()).isEqualTo(503);
    assertThat(r.headers().firstValue("Retry-After")).hasValue("120");
    assertThat(r.headers().firstValue("X-Trace")).hasValue("abc");
    assertThat(r.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(r.body()).isEqualTo("{\"down\":true}");
    HttpResponse<String> moved = http.get("/status/308?location=https://example.org/new");
    assertThat(moved.headers().firstValue("Location")).hasValue("https://example.org/new");
    HttpResponse<String> limited = http.get("/status/429?retry_after=30");
    assertThat(limited.headers().firstValue("RateLimit")).hasValue("\"default\";r=0;t=30");
  }

  @Test
  void boundsTheDelayAndRefusesBrokenHeaders() {
    assertThat(http.get("/status/200?delay=3600000").statusCode()).isEqualTo(400);
    assertThat(http.get("/status/200?header=NoColon").statusCode()).isEqualTo(400);
    assertThat(http.get("/status/200?header=X-A:a%0D%0AInjected:1").statusCode()).isEqualTo(400);
    assertThat(
            http.get("/status/200?header=X-A:a%0D%0AInjected:1").headers().firstValue("Injected"))
        .isEmpty();
  }

  @Test
  void answersAnyMethod() {
    for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
      HttpResponse<String> r =
          http.send(
              http.request("/status/202")
                  .method(method, java.net.http.HttpRequest.BodyPublishers.noBody())
                  .build());
      assertThat(r.statusCode()).isEqualTo(202);
    }
  }

  @Test
  void aReusedReplyStillDiffersByRequestAndByAccept() {
    // The same reply object answers repeated requests: the id and representation must not stick.
    HttpResponse<String> first = http.get("/status/503");
    HttpResponse<String> second = http.get("/status/503");
    HttpResponse<String> text = http.get("/status/503", "Accept", "text/plain");
    HttpResponse<String> json = http.get("/status/503", "Accept", "application/json");
    assertThat(first.headers().firstValue("X-Request-Id"))
        .isPresent()
        .isNotEqualTo(second.headers().firstValue("X-Request-Id"));
    assertThat(second.body()).isEqualTo(first.body());
    assertThat(first.headers().firstValue("Content-Type")).hasValue(Reply.PROBLEM_JSON);
    assertThat(text.headers().firstValue("Content-Type")).hasValue(Reply.TEXT);
    assertThat(json.headers().firstValue("Content-Type")).hasValue(Reply.JSON);
    assertThat(second.headers().firstValue("Retry-After")).hasValue("1");
    assertThat(http.get("/status/503?retry_after=7").headers().firstValue("Retry-After"))
        .hasValue("7");
  }
}
