package dev.statuskit.server.mock;

import static dev.statuskit.server.mock.Http.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.statuskit.exchange.Headers;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * HTTP/2 cleartext: Java's HttpClient reaches it with {@code Upgrade: h2c}, curl with prior
 * knowledge; both get the same answers as HTTP/1.1 clients, and HTTP/1.1 keep-alive still works.
 */
class Http2Test {
  private static MockServer server;

  @BeforeAll
  static void start() {
    server =
        MockServer.builder()
            .maxHeaderBytes(2048)
            .maxBodyBytes(1024)
            .idleTimeout(Duration.ofSeconds(3))
            .maxDelay(Duration.ofSeconds(2))
            .requestTimeout(Duration.ofSeconds(1))
            .start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /** A fresh client per test, so each one starts its own connection (and its own upgrade). */
  private static HttpClient h2() {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_2)
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(Http.TIMEOUT)
        .build();
  }

  private static HttpRequest.Builder request(String target) {
    return HttpRequest.newBuilder(server.baseUri().resolve(target)).timeout(Http.TIMEOUT);
  }

  private static HttpResponse<String> send(HttpClient client, HttpRequest request)
      throws IOException, InterruptedException {
    return client.send(request, HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void upgradesToH2cAndAnswersWithTheRegistryHeaders() throws Exception {
    HttpResponse<String> r = send(h2(), request("/status/429?retry_after=7").GET().build());
    assertThat(r.version()).isEqualTo(HttpClient.Version.HTTP_2);
    assertThat(r.statusCode()).isEqualTo(429);
    assertThat(r.headers().firstValue("Retry-After")).hasValue("7");
    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(json(r).path("status").asInt()).isEqualTo(429);
    // Connection-specific fields have no place in HTTP/2 (RFC 9113 §8.2.2).
    assertThat(r.headers().map()).doesNotContainKeys("connection", "transfer-encoding");
  }

  @Test
  void echoesAnHttp2RequestAsSent() throws Exception {
    HttpClient client = h2();
    send(client, request("/status/204").GET().build()); // the upgrade happens on this one
    HttpResponse<String> r =
        send(
            client,
            request("/anything/x?a=1")
                .header("X-Test", "yes")
                .POST(HttpRequest.BodyPublishers.ofString("{\"n\": 1}"))
                .build());
    assertThat(r.version()).isEqualTo(HttpClient.Version.HTTP_2);
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode echo = json(r);
    assertThat(echo.path("method").asText()).isEqualTo("POST");
    assertThat(echo.path("protocol").asText()).isEqualTo("HTTP/2.0");
    assertThat(echo.path("args").path("a").asText()).isEqualTo("1");
    assertThat(echo.path("json").path("n").asInt()).isEqualTo(1);
    assertThat(echo.path("headers").path("x-test").asText()).isEqualTo("yes");
    // Only what the client sent: none of Netty's x-http2-* fields, no Transfer-Encoding.
    assertThat(echo.path("headers").fieldNames())
        .toIterable()
        .noneMatch(n -> n.startsWith("x-http2-") || n.equalsIgnoreCase("transfer-encoding"));
  }

  @Test
  void speaksHttp2WithPriorKnowledge() throws Exception {
    assertThat(
            curl(
                "--http2-prior-knowledge",
                "-s",
                "-o",
                "/dev/null",
                "-w",
                "%{http_version} %{http_code}",
                url("/status/201")))
        .isEqualTo("2 201");
  }

  @Test
  void sendsInterimResponsesAsHeadersFrames() throws Exception {
    String head =
        curl(
            "--http2-prior-knowledge",
            "-s",
            "-o",
            "/dev/null",
            "-D",
            "-",
            url("/early-hints?delay=50"));
    assertThat(head)
        .containsSubsequence("HTTP/2 103", "link: </style.css>; rel=preload", "HTTP/2 200");
  }

  @Test
  void multiplexesConcurrentStreamsOnOneConnection() throws Exception {
    // Through the upgrade: curl 7.88 cannot reuse a prior-knowledge connection (curl/curl#10634).
    List<String> args =
        new ArrayList<>(
            List.of(
                "--http2", "--parallel", "-w", "%{http_version} %{http_code} %{num_connects}\\n"));
    for (int i = 0; i < 8; i++) {
      args.addAll(List.of("-o", "/dev/null", url("/delay/300?i=" + i)));
    }
    long started = System.nanoTime();
    String out = curl(args.toArray(String[]::new));
    long millis = (System.nanoTime() - started) / 1_000_000;
    List<String> lines = out.lines().toList();
    assertThat(lines).hasSize(8).allMatch(l -> l.startsWith("2 200 "));
    // One connection made for all eight; the others multiplexed onto it, answered side by side.
    assertThat(lines.stream().mapToInt(l -> Integer.parseInt(l.split(" ")[2])).sum()).isEqualTo(1);
    assertThat(millis).isLessThan(8 * 300); // one after the other would take 2.4 s
  }

  @Test
  void answersConcurrentStreamsFromJavaOnTheUpgradedConnection() throws Exception {
    HttpClient client = h2();
    send(client, request("/status/200").GET().build());
    long started = System.nanoTime();
    List<CompletableFuture<HttpResponse<String>>> pending = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      pending.add(
          client.sendAsync(
              request("/delay/300?i=" + i).GET().build(), HttpResponse.BodyHandlers.ofString()));
    }
    for (int i = 0; i < pending.size(); i++) {
      HttpResponse<String> r = pending.get(i).get(10, TimeUnit.SECONDS);
      assertThat(r.version()).isEqualTo(HttpClient.Version.HTTP_2);
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(json(r).path("args").path("i").asText()).isEqualTo(String.valueOf(i));
    }
    assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(10 * 300);
  }

  @Test
  void keepsTheHeaderLimitOverHttp2() throws Exception {
    HttpClient client = h2();
    send(client, request("/status/200").GET().build());
    // Over the limit: 431 on that stream. Far over it (a quarter more): the connection goes.
    HttpResponse<String> r =
        send(client, request("/anything").header("X-Big", "x".repeat(2100)).GET().build());
    assertThat(r.version()).isEqualTo(HttpClient.Version.HTTP_2);
    assertThat(r.statusCode()).isEqualTo(431);
    assertThat(send(client, request("/status/200").GET().build()).statusCode()).isEqualTo(200);
    assertThatThrownBy(
            () ->
                send(client, request("/anything").header("X-Big", "x".repeat(4000)).GET().build()))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("GOAWAY");
  }

  @Test
  void keepsTheBodyLimitOverHttp2() throws Exception {
    HttpClient client = h2();
    send(client, request("/status/200").GET().build());
    HttpResponse<String> r =
        send(
            client,
            request("/anything")
                .POST(HttpRequest.BodyPublishers.ofString("x".repeat(600)))
                .build());
    assertThat(r.statusCode()).isEqualTo(200);
    HttpResponse<String> big =
        send(
            client,
            request("/anything")
                .POST(HttpRequest.BodyPublishers.ofString("x".repeat(5000)))
                .build());
    assertThat(big.statusCode()).isEqualTo(413);
  }

  @Test
  void resetsAStreamWhoseRequestNeverEnds() throws Exception {
    HttpClient client = h2();
    send(client, request("/status/200").GET().build());
    // Headers, then a body that never comes: the stream's request timeout (1 s) resets it.
    HttpRequest.BodyPublisher never =
        HttpRequest.BodyPublishers.fromPublisher(
            subscriber ->
                subscriber.onSubscribe(
                    new Flow.Subscription() {
                      @Override
                      public void request(long n) {}

                      @Override
                      public void cancel() {}
                    }));
    long started = System.nanoTime();
    assertThatThrownBy(() -> send(client, request("/anything").POST(never).build()))
        .isInstanceOf(IOException.class)
        .isNotInstanceOf(HttpTimeoutException.class);
    assertThat((System.nanoTime() - started) / 1_000_000)
        .isBetween(900L, 2500L); // before the idle timeout (3 s)
    // The connection and its other streams are unharmed.
    assertThat(send(client, request("/status/200").GET().build()).statusCode()).isEqualTo(200);
  }

  @Test
  void failsTheConnectionOnAFault() throws Exception {
    HttpClient client = h2();
    send(client, request("/status/200").GET().build());
    assertThatThrownBy(() -> send(client, request("/fault/reset").GET().build()))
        .isInstanceOf(IOException.class);
  }

  @Test
  void keepsHttp11ConnectionsAlive() throws Exception {
    try (Raw raw = new Raw(server.baseUri())) {
      for (String code : List.of("200", "503", "201")) {
        raw.request("GET", "/status/" + code, Headers.of(List.of()));
        assertThat(raw.read(false).status()).isEqualTo(Integer.parseInt(code));
      }
    }
  }

  private static String url(String target) {
    return server.baseUri().resolve(target).toString();
  }

  private static String curl(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("curl", "--max-time", "10"));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(15, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as("curl %s: %s", List.of(args), out).isZero();
    return out.strip();
  }
}
