package dev.statuskit.probe.tester;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.statuskit.exchange.Exchange;
import dev.statuskit.input.InputException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The tester over real sockets, against {@link TestServer} on 127.0.0.1. */
class TesterTest {
  static TestServer server;
  static final Tester tester = Tester.create(TesterOptions.defaults());

  @BeforeAll
  static void start() throws IOException {
    server = new TestServer();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static TesterRequest get(String path) {
    return TesterRequest.get(server.uri(path));
  }

  static TesterRequest post(String path, String body) {
    return new TesterRequest(
        "POST",
        server.uri(path),
        List.of(new TesterRequest.Field("Content-Type", "text/plain")),
        Optional.of(body),
        true);
  }

  @Test
  void showsStatusHeadersAndBodyAsReceived() {
    TesterResult r = tester.send(get("/ok"));
    Exchange e = r.exchange();
    assertThat(e.response().status()).isEqualTo(200);
    assertThat(e.response().reason()).contains("OK");
    assertThat(e.response().protocol()).contains("HTTP/1.1");
    assertThat(e.response().header("X-Custom")).contains("yes");
    assertThat(e.response().mediaType()).contains("application/json");
    assertThat(e.response().body().orElseThrow().text()).isEqualTo("{\"ok\":true,\"items\":[1,2]}");
    assertThat(e.request().header("User-Agent"))
        .hasValueSatisfying(ua -> ua.startsWith("statuskit/"));
    assertThat(r.hops()).hasSize(1);
    assertThat(r.findings()).isEmpty();
  }

  @Test
  void keepsTheExactReasonPhrase() throws Exception {
    try (ServerSocket raw = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      CompletableFuture<Void> answer =
          CompletableFuture.runAsync(
              () -> answerOnce(raw, "HTTP/1.1 200 Fine Thanks\r\nContent-Length: 0\r\n\r\n"));
      TesterResult r =
          tester.send(
              TesterRequest.get(URI.create("http://127.0.0.1:" + raw.getLocalPort() + "/")));
      answer.join();
      assertThat(r.exchange().response().reason()).contains("Fine Thanks");
    }
  }

  @Test
  void sendsTheGivenMethodHeadersAndBody() {
    TesterRequest put =
        new TesterRequest(
            "put",
            server.uri("/echo"),
            List.of(new TesterRequest.Field("X-Trace", "abc")),
            Optional.of("{\"a\":1}"),
            false);
    String echo = tester.send(put).exchange().response().body().orElseThrow().text();
    assertThat(echo).startsWith("PUT /echo").endsWith("{\"a\":1}");
    assertThat(TestServer.echoedHeaders(echo)).containsEntry("x-trace", "abc");
  }

  @Test
  void credentialsEchoedBackAreShownBlotted() {
    String token = "Bearer tok-echo-4711-secret";
    TesterRequest get =
        new TesterRequest(
            "GET",
            server.uri("/echo"),
            List.of(new TesterRequest.Field("Authorization", token)),
            Optional.empty(),
            false);
    String echo = tester.send(get).exchange().response().body().orElseThrow().text();
    assertThat(echo).startsWith("GET /echo").doesNotContain("tok-echo-4711-secret");
    assertThat(TestServer.echoedHeaders(echo)).containsKey("authorization");
  }

  @Test
  void timesEveryPhaseOnAFreshConnection() {
    server.clientPorts.clear();
    TesterResult first = tester.send(get("/ok"));
    TesterResult second = tester.send(get("/ok"));
    for (TesterResult r : List.of(first, second)) {
      Timing t = r.timing();
      assertThat(List.of(t.dns(), t.connect(), t.tls(), t.firstByte(), t.total()))
          .allSatisfy(d -> assertThat(d).isGreaterThanOrEqualTo(Duration.ZERO));
      assertThat(t.tls()).isZero(); // plain http
      assertThat(t.connect()).isPositive();
      assertThat(t.dns().plus(t.connect()).plus(t.tls())).isLessThanOrEqualTo(t.firstByte());
      assertThat(t.firstByte()).isLessThanOrEqualTo(t.total());
      assertThat(r.exchange().elapsed()).contains(t.total());
    }
    // Two connections, not one reused: the phases were really measured twice.
    assertThat(server.clientPorts).doesNotHaveDuplicates().hasSize(2);
  }

  @Test
  void measuresDnsForAHostName() {
    URI byName = URI.create("http://localhost:" + server.port() + "/ok");
    TesterResult r = tester.send(TesterRequest.get(byName));
    assertThat(r.exchange().response().status()).isEqualTo(200);
    assertThat(r.timing().dns()).isPositive();
  }

  @Test
  void showsARedirectWithoutFollowingItUnlessAsked() {
    TesterResult r = tester.send(get("/chain/2"));
    assertThat(r.hops()).hasSize(1);
    assertThat(r.exchange().response().status()).isEqualTo(302);
    assertThat(r.exchange().response().header("Location")).contains("/chain/1");
  }

  @Test
  void followsARedirectChainHopByHop() {
    TesterResult r = tester.send(get("/chain/2").withFollowRedirects(true));
    assertThat(r.hops())
        .extracting(h -> h.exchange().request().path() + " " + h.exchange().response().status())
        .containsExactly("/chain/2 302", "/chain/1 302", "/chain/0 200");
    assertThat(r.redirects()).isEqualTo(2);
    assertThat(r.exchange()).isSameAs(r.hops().get(2).exchange());
    assertThat(r.timing()).isSameAs(r.hops().get(2).timing());
    assertThat(r.hops())
        .extracting(h -> h.exchange().source())
        .containsExactly("request", "redirect 1", "redirect 2");
  }

  @Test
  void seeOtherTurnsAPostIntoAGetWithoutTheBody() {
    TesterResult r = tester.send(post("/see-other", "payload"));
    assertThat(r.hops())
        .extracting(h -> h.exchange().request().method())
        .containsExactly("POST", "GET");
    String echo = r.exchange().response().body().orElseThrow().text();
    assertThat(echo).startsWith("GET /echo").doesNotContain("payload");
    assertThat(TestServer.echoedHeaders(echo)).doesNotContainKey("content-type");
  }

  @Test
  void temporaryRedirectKeepsThePostAndItsBody() {
    TesterResult r = tester.send(post("/temporary", "payload"));
    assertThat(r.hops())
        .extracting(h -> h.exchange().request().method())
        .containsExactly("POST", "POST");
    assertThat(r.exchange().response().body().orElseThrow().text())
        .startsWith("POST /echo")
        .endsWith("payload");
  }

  @Test
  void credentialsStayWithTheirOrigin() {
    var auth = List.of(new TesterRequest.Field("Authorization", "Bearer s3cret-token-123"));
    // Same origin: kept.
    URI same = server.uri("/to?url=/echo");
    String kept = echo(new TesterRequest("GET", same, auth, Optional.empty(), true));
    assertThat(TestServer.echoedHeaders(kept)).containsKey("authorization");
    // localhost is another origin than 127.0.0.1, though the same server: dropped.
    URI other = server.uri("/to?url=http://localhost:" + server.port() + "/echo");
    String dropped = echo(new TesterRequest("GET", other, auth, Optional.empty(), true));
    assertThat(TestServer.echoedHeaders(dropped)).doesNotContainKey("authorization");
  }

  private static String echo(TesterRequest r) {
    return tester.send(r).exchange().response().body().orElseThrow().text();
  }

  @Test
  void tooManyRedirectsIsOneLine() {
    Tester strict = Tester.create(TesterOptions.defaults().withMaxRedirects(1));
    assertThatThrownBy(() -> strict.send(get("/chain/3").withFollowRedirects(true)))
        .isInstanceOf(InputException.class)
        .hasMessage("more than 1 redirect (the next one to " + server.uri("/chain/1") + ")")
        .extracting(e -> ((InputException) e).where())
        .isEqualTo(server.uri("/chain/3").toString());
  }

  @Test
  void loopbackOnlySendsToLoopback() {
    Tester local = Tester.create(TesterOptions.defaults().withLoopbackOnly(true));
    assertThat(local.send(get("/ok")).exchange().response().status()).isEqualTo(200);
    URI byName = URI.create("http://localhost:" + server.port() + "/ok");
    assertThat(local.send(TesterRequest.get(byName)).exchange().response().status()).isEqualTo(200);
  }

  @Test
  void loopbackOnlyRefusesAnotherAddressBeforeConnecting() {
    // 192.0.2.1 is TEST-NET-1 (RFC 5737): nothing answers there; a refusal must come first.
    Tester local =
        Tester.create(
            TesterOptions.defaults().withLoopbackOnly(true).withTimeout(Duration.ofSeconds(5)));
    assertThatThrownBy(() -> local.send(TesterRequest.get(URI.create("http://192.0.2.1/"))))
        .isInstanceOf(InputException.class)
        .hasMessage(
            "refused: 192.0.2.1 is not a loopback address; the tester sends only to loopback"
                + " addresses (127.0.0.0/8, ::1)");
  }

  @Test
  void loopbackOnlyRefusesARedirectAwayFromLoopback() {
    Tester local = Tester.create(TesterOptions.defaults().withLoopbackOnly(true));
    TesterRequest away = get("/to?url=http://192.0.2.1/").withFollowRedirects(true);
    assertThatThrownBy(() -> local.send(away))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("refused: 192.0.2.1 is not a loopback address")
        .extracting(e -> ((InputException) e).where())
        .isEqualTo("http://192.0.2.1/");
    // Not following, the 302 itself is shown.
    assertThat(local.send(away.withFollowRedirects(false)).exchange().response().status())
        .isEqualTo(302);
  }

  @Test
  void aClosedPortIsOneLine() throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    URI closed = URI.create("http://127.0.0.1:" + port + "/x");
    assertThatThrownBy(() -> tester.send(TesterRequest.get(closed)))
        .isInstanceOf(InputException.class)
        .hasMessage("connection refused (nothing listens there)")
        .extracting(e -> ((InputException) e).where())
        .isEqualTo(closed.toString());
  }

  @Test
  void aSlowAnswerTimesOutInOneLine() {
    Tester quick = Tester.create(TesterOptions.defaults().withTimeout(Duration.ofMillis(300)));
    long start = System.nanoTime();
    assertThatThrownBy(() -> quick.send(get("/slow")))
        .isInstanceOf(InputException.class)
        .hasMessage("no complete response within 300 ms (timeout)");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1_500));
  }

  @Test
  void refusesWhatIsNotAnHttpUrl() {
    assertThatThrownBy(() -> tester.send(TesterRequest.get(URI.create("ftp://127.0.0.1/x"))))
        .isInstanceOf(InputException.class)
        .hasMessage("only http:// and https:// URLs can be sent");
    assertThatThrownBy(
            () -> tester.send(TesterRequest.get(URI.create("http://user:pw@127.0.0.1/x"))))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("Authorization header")
        .extracting(e -> ((InputException) e).where())
        .isEqualTo("http://[redacted]@127.0.0.1/x");
  }

  @Test
  void refusesMethodsAndHeadersThatWouldBreakTheRequest() {
    URI ok = server.uri("/echo");
    assertThatThrownBy(
            () -> tester.send(new TesterRequest("GE T", ok, List.of(), Optional.empty(), false)))
        .isInstanceOf(InputException.class)
        .hasMessage("'GE T' is not a method name");
    var injected = List.of(new TesterRequest.Field("X-A", "1\r\nX-Injected: 2"));
    assertThatThrownBy(
            () -> tester.send(new TesterRequest("GET", ok, injected, Optional.empty(), false)))
        .isInstanceOf(InputException.class)
        .hasMessage("the value of X-A has a line break");
    var badName = List.of(new TesterRequest.Field("X A", "1"));
    assertThatThrownBy(
            () -> tester.send(new TesterRequest("GET", ok, badName, Optional.empty(), false)))
        .hasMessage("'X A' is not a header name");
  }

  @Test
  void findsWhatIsWrongWithTheFinalResponse() {
    TesterResult r = tester.send(get("/unauthorized"));
    assertThat(r.exchange().response().status()).isEqualTo(401);
    assertThat(r.findings()).extracting(f -> f.rule().id()).contains("SK103");
  }

  @Test
  void keepsTheStartOfABigBodyAndCountsTheRest() {
    TesterResult r = tester.send(get("/big"));
    var body = r.exchange().response().body().orElseThrow();
    assertThat(body.size()).isEqualTo(TestServer.BIG);
    assertThat(body.truncated()).isTrue();
    assertThat(body.text()).hasSize(dev.statuskit.exchange.Body.EXCERPT);
  }

  @Test
  void decodesTheDeclaredCharset() {
    TesterResult r = tester.send(get("/latin1"));
    assertThat(r.exchange().response().body().orElseThrow().text()).isEqualTo("café");
    assertThat(r.exchange().response().body().orElseThrow().size()).isEqualTo(4);
  }

  @Test
  void aTesterServesManyThreadsAtOnce() {
    List<CompletableFuture<Integer>> sends =
        java.util.stream.IntStream.range(0, 6)
            .mapToObj(
                i ->
                    CompletableFuture.supplyAsync(
                        () -> tester.send(get("/chain/0")).exchange().response().status()))
            .toList();
    assertThat(sends).extracting(CompletableFuture::join).containsOnly(200);
  }

  /** Accepts one connection, reads the request head, writes the answer as given. */
  private static void answerOnce(ServerSocket raw, String answer) {
    try (Socket s = raw.accept()) {
      InputStream in = s.getInputStream();
      ByteArrayOutputStream head = new ByteArrayOutputStream();
      while (!head.toString(US_ASCII).endsWith("\r\n\r\n")) {
        int b = in.read();
        if (b < 0) {
          break;
        }
        head.write(b);
      }
      s.getOutputStream().write(answer.getBytes(US_ASCII));
      s.getOutputStream().flush();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
