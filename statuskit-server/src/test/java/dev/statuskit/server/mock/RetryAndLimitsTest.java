package dev.statuskit.server.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.statuskit.exchange.Exchange;
import dev.statuskit.exchange.Headers;
import dev.statuskit.rules.Finding;
import dev.statuskit.rules.Rules;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RetryAndLimitsTest {
  private static MockServer server;
  private static Http http;

  @BeforeAll
  static void start() {
    server = MockServer.builder().start();
    http = new Http(server);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @BeforeEach
  void reset() {
    assertThat(
            http.send(
                    http.request("/__admin/reset")
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build())
                .statusCode())
        .isEqualTo(200);
  }

  private static HttpResponse<String> limited(String client, String query) {
    return http.get("/limited" + query, "X-Client-Id", client);
  }

  private static List<String> rateLimitFindings(HttpResponse<String> r) {
    Exchange.Builder e =
        Exchange.builder().target(r.uri().toString()).status(r.statusCode()).body(r.body());
    r.headers().map().forEach((name, values) -> values.forEach(v -> e.header(name, v)));
    List<String> found = new ArrayList<>();
    for (Finding f : Rules.catalogue().check(e.build()).findings()) {
      if (f.rule().id().startsWith("SK1")) {
        found.add(f.rule().id() + " " + f.message());
      }
    }
    return found;
  }

  @Test
  void limitsEachClientToItsBurstThenAnswers429WithConsistentFields() {
    for (int i = 0; i < 3; i++) {
      HttpResponse<String> ok = limited("alice", "?rate=0.5&burst=3");
      assertThat(ok.statusCode()).isEqualTo(200);
      assertThat(ok.headers().firstValue("RateLimit-Remaining")).hasValue(String.valueOf(2 - i));
      assertThat(rateLimitFindings(ok)).isEmpty();
    }
    HttpResponse<String> refused = limited("alice", "?rate=0.5&burst=3");
    assertThat(refused.statusCode()).isEqualTo(429);
    assertThat(refused.headers().firstValue("Retry-After")).hasValue("2"); // one token at 0.5/s
    assertThat(refused.headers().firstValue("RateLimit-Limit")).hasValue("3");
    assertThat(refused.headers().firstValue("RateLimit-Remaining")).hasValue("0");
    assertThat(refused.headers().firstValue("RateLimit"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("\"limited\";r=0;t="));
    assertThat(refused.headers().firstValue("RateLimit-Policy")).hasValue("\"limited\";q=3;w=6");
    assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(rateLimitFindings(refused)).isEmpty();
    // Another client has its own bucket.
    assertThat(limited("bob", "?rate=0.5&burst=3").statusCode()).isEqualTo(200);
  }

  @Test
  void refillsTheBucketOverTime() throws Exception {
    assertThat(limited("carol", "?rate=20&burst=1").statusCode()).isEqualTo(200);
    assertThat(limited("carol", "?rate=20&burst=1").statusCode()).isEqualTo(429);
    Thread.sleep(120);
    assertThat(limited("carol", "?rate=20&burst=1").statusCode()).isEqualTo(200);
  }

  @Test
  void tokenBucketArithmetic() {
    long[] now = {0};
    RateLimiter limiter = new RateLimiter(10, () -> now[0]);
    assertThat(limiter.take("k", 2, 2).allowed()).isTrue();
    assertThat(limiter.take("k", 2, 2).allowed()).isTrue();
    RateLimiter.Decision empty = limiter.take("k", 2, 2);
    assertThat(empty).isEqualTo(new RateLimiter.Decision(false, 2, 0, 1, 1));
    now[0] = 500_000_000; // half a second: one token back at 2/s
    assertThat(limiter.take("k", 2, 2).allowed()).isTrue();
  }

  @Test
  void boundsTheClientsItTracks() {
    RateLimiter limiter = new RateLimiter(3, System::nanoTime);
    for (int i = 0; i < 10; i++) {
      limiter.take("client-" + i, 1, 1);
    }
    ClientTable<int[]> table = new ClientTable<>(3);
    for (int i = 0; i < 10; i++) {
      table.with("k" + i, k -> new int[1], c -> c[0]++);
    }
    assertThat(table.size()).isEqualTo(3);
  }

  @Test
  void flakyFailsNTimesThenSucceedsPerClientAndKey() throws Exception {
    List<Integer> codes = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      codes.add(http.get("/flaky/2?status=429&key=a", "X-Client-Id", "dave").statusCode());
    }
    assertThat(codes).containsExactly(429, 429, 200, 429); // then the cycle starts again
    HttpResponse<String> failure = http.get("/flaky/1?key=b", "X-Client-Id", "dave");
    assertThat(failure.statusCode()).isEqualTo(503);
    assertThat(failure.headers().firstValue("Retry-After")).hasValue("1");
    assertThat(http.get("/flaky/1?key=b", "X-Client-Id", "erin").statusCode()).isEqualTo(503);
    assertThat(http.get("/flaky/1?key=b", "X-Client-Id", "dave").statusCode()).isEqualTo(200);
    assertThat(http.get("/flaky/1?status=200").statusCode()).isEqualTo(400);
  }

  @Test
  void adminResetClearsCountersAndJournal() throws Exception {
    assertThat(http.get("/flaky/1?key=r").statusCode()).isEqualTo(503);
    http.get("/status/201", "Authorization", "Bearer top-secret");
    JsonNode journal = Http.json(http.get("/__admin/requests"));
    assertThat(journal.path("requests")).hasSize(2);
    JsonNode last = journal.path("requests").get(1);
    assertThat(last.path("target").asText()).isEqualTo("/status/201");
    assertThat(last.path("status").asInt()).isEqualTo(201);
    assertThat(last.path("headers").path("Authorization").asText()).isEqualTo("[redacted]");
    assertThat(journal.toString()).doesNotContain("top-secret");
    reset();
    assertThat(http.get("/flaky/1?key=r").statusCode()).isEqualTo(503);
    assertThat(Http.json(http.get("/__admin/requests")).path("requests")).hasSize(1);
  }

  @Test
  void journalKeepsOnlyTheNewestEntries() {
    Journal journal = new Journal(3);
    for (int i = 0; i < 5; i++) {
      journal.add(
          new Journal.Entry(java.time.Instant.EPOCH, "c", "GET", "/" + i, Headers.empty(), 200, 0));
    }
    assertThat(journal.entries())
        .extracting(Journal.Entry::target)
        .containsExactly("/2", "/3", "/4");
    assertThat(journal.total()).isEqualTo(5);
  }

  /**
   * curl's retry loop, a real client, honours Retry-After: 1 from each of the two 503s. (The body
   * goes to a file, not /dev/null: curl 7.88 fails a retry with exit 23 when it cannot truncate its
   * output, and /dev/null cannot be truncated.)
   */
  @Test
  void curlRetriesTheFlakyEndpointAndHonoursRetryAfter(@TempDir Path dir) throws Exception {
    Assumptions.assumeTrue(onPath("curl"), "curl is not installed");
    long start = System.nanoTime();
    Process curl =
        new ProcessBuilder(
                "curl",
                "-s",
                "--retry",
                "3",
                "-o",
                dir.resolve("body").toString(),
                "-w",
                "%{http_code}",
                server.baseUri() + "/flaky/2?status=503&key=curl")
            .redirectErrorStream(true)
            .start();
    assertThat(curl.waitFor(20, TimeUnit.SECONDS)).isTrue();
    String out = new String(curl.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    long elapsedMs = (System.nanoTime() - start) / 1_000_000;
    assertThat(out).isEqualTo("200");
    assertThat(elapsedMs).isGreaterThanOrEqualTo(1900);
  }

  private static boolean onPath(String command) {
    return Optional.ofNullable(System.getenv("PATH")).stream()
        .flatMap(p -> java.util.Arrays.stream(p.split(java.io.File.pathSeparator)))
        .anyMatch(dir -> new java.io.File(dir, command).canExecute());
  }
}
