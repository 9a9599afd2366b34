package dev.statuskit.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.statuskit.server.mock.MockServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code statuskit request} against the mock server and a deliberately wrong server. */
class RequestCommandTest {
  static MockServer mock;
  static HttpServer wrong;

  @BeforeAll
  static void start() throws IOException {
    mock = MockServer.builder().port(0).start();
    // A 401 without WWW-Authenticate: SK103, an error.
    wrong = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    wrong.createContext(
        "/",
        x -> {
          byte[] body = "{\"code\":\"unauthenticated\",\"message\":\"log in\"}".getBytes(UTF_8);
          x.getResponseHeaders().add("Content-Type", "application/json");
          x.sendResponseHeaders(401, body.length);
          try (OutputStream out = x.getResponseBody()) {
            out.write(body);
          }
        });
    wrong.start();
  }

  @AfterAll
  static void stop() {
    mock.close();
    wrong.stop(0);
  }

  static String mock(String path) {
    return mock.baseUri() + path;
  }

  static String wrong() {
    return "http://127.0.0.1:" + wrong.getAddress().getPort() + "/account";
  }

  static JsonNode json(String out) throws IOException {
    return new ObjectMapper().readTree(out);
  }

  @Test
  void showsStatusMeaningHeadersBodyAndTiming() {
    Cli r = Cli.run("request", mock("/status/401"));
    assertThat(r.exit()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out())
        .contains("GET " + mock("/status/401"))
        .contains("HTTP/1.1 401 Unauthorized   4xx Client Error")
        .contains("The caller is not authenticated")
        .containsPattern("(?m)^WWW-Authenticate +Bearer")
        .contains("\"status\": 401") // the problem+json body, pretty-printed
        .containsPattern("Timing  DNS [0-9.]+ ms · connect [0-9.]+ ms · TLS — · first byte")
        .contains("No findings");
  }

  @Test
  void theMockServersAnswersHaveNoFindings() throws IOException {
    for (String code : new String[] {"401", "405", "429", "201", "206"}) {
      Cli r = Cli.run("request", mock("/status/" + code), "--format", "json");
      assertThat(r.exit()).as(code).isZero();
      assertThat(json(r.out()).path("findings")).as(code).isEmpty();
    }
  }

  @Test
  void showsFindingsWithTheirFixAndExitsOneOnErrors() {
    Cli r = Cli.run("request", wrong());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out())
        .contains("HTTP/1.1 401 Unauthorized")
        .contains("Findings  1 error")
        .contains("SK103  error   401 Unauthorized without WWW-Authenticate")
        .containsPattern("WWW-Authenticate +\\(absent\\)")
        .contains("Fix: ")
        .contains("See: https://www.rfc-editor.org/rfc/rfc9110#section-15.5.2");
    assertThat(Cli.run("request", wrong(), "--fail-on", "never").exit()).isZero();
  }

  @Test
  void writesTheTesterJsonForScripts() throws IOException {
    Cli r = Cli.run("request", wrong(), "--format", "json");
    assertThat(r.exit()).isEqualTo(1);
    JsonNode j = json(r.out());
    assertThat(j.at("/response/status").asInt()).isEqualTo(401);
    assertThat(j.at("/response/code/phrase").asText()).isEqualTo("Unauthorized");
    assertThat(j.at("/findings/0/rule").asText()).isEqualTo("SK103");
    assertThat(j.at("/summary/error").asInt()).isEqualTo(1);
    assertThat(j.at("/timing/totalMs").asDouble()).isPositive();
    assertThat(j.path("hops")).hasSize(1);
  }

  @Test
  void followsRedirectsOnlyWhenAsked() throws IOException {
    Cli shown = Cli.run("request", mock("/redirect/3"));
    assertThat(shown.out())
        .contains("302 Found")
        .contains("Not followed: add --follow (-F)")
        .doesNotContain("Redirects");

    Cli followed = Cli.run("request", "-F", mock("/redirect/3"));
    assertThat(followed.exit()).isZero();
    assertThat(followed.out()).contains("Redirects").contains("HTTP/1.1 200 OK");
    assertThat(followed.out().lines().filter(l -> l.matches("  GET .*302 Found.*"))).hasSize(3);

    JsonNode j = json(Cli.run("request", "-F", mock("/redirect/3"), "-f", "json").out());
    assertThat(j.path("hops")).hasSize(4);
    assertThat(j.at("/hops/0/status").asInt()).isEqualTo(302);
    assertThat(j.at("/hops/3/status").asInt()).isEqualTo(200);
  }

  @Test
  void sendsMethodHeadersQueryAndJsonBody() throws IOException {
    Cli r =
        Cli.run(
            "request",
            "PUT",
            mock("/anything"),
            "X-Trace:abc",
            "q==two words",
            "--json",
            "{\"sku\": 7}",
            "-f",
            "json");
    assertThat(r.exit()).isZero();
    JsonNode j = json(r.out());
    assertThat(j.at("/request/method").asText()).isEqualTo("PUT");
    assertThat(j.at("/request/url").asText()).endsWith("/anything?q=two%20words");
    JsonNode echoed = json(j.at("/response/body/text").asText());
    assertThat(echoed.path("method").asText()).isEqualTo("PUT");
    assertThat(echoed.at("/headers/X-Trace").asText()).isEqualTo("abc");
    assertThat(echoed.at("/headers/Content-Type").asText()).isEqualTo("application/json");
    assertThat(echoed.at("/args/q").toString()).contains("two words");
  }

  @Test
  void aBodyMakesItAPostAndDataComesFromAFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("item.txt");
    Files.writeString(file, "hello body");
    JsonNode j =
        json(Cli.run("request", mock("/anything"), "--data", "@" + file, "-f", "json").out());
    assertThat(j.at("/request/method").asText()).isEqualTo("POST");
    assertThat(j.at("/request/body/text").asText()).isEqualTo("hello body");
  }

  @Test
  void redactsCredentialsInEveryOutput() {
    String token = "Bearer s3cret-token-123";
    Cli text = Cli.run("request", mock("/status/200"), "Authorization:" + token);
    Cli json = Cli.run("request", mock("/status/200"), "Authorization:" + token, "-f", "json");
    assertThat(text.out() + json.out()).doesNotContain("s3cret-token-123");
    assertThat(json.out()).contains("[redacted]");
  }

  @Test
  void anUnreachableTargetIsOneLineAndExitTwo() throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    Cli r = Cli.run("request", "http://127.0.0.1:" + port + "/x");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().strip())
        .isEqualTo(
            "statuskit: http://127.0.0.1:"
                + port
                + "/x: connection refused (nothing listens there)");
  }

  @Test
  void aTimeoutIsOneLineAndExitTwo() {
    Cli r = Cli.run("request", mock("/status/200?delay=2000"), "--timeout", "0.3");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err().strip())
        .endsWith(": no complete response within 300 ms (timeout)")
        .doesNotContain("\n");
  }

  @Test
  void badInputIsOneLineAndExitTwo() {
    Cli badJson = Cli.run("request", mock("/anything"), "--json", "{\"a\": }");
    assertThat(badJson.exit()).isEqualTo(2);
    assertThat(badJson.err()).startsWith("statuskit: --json:1:7: not valid JSON:");
    assertThat(badJson.err().strip()).doesNotContain("\n");

    Cli noFile = Cli.run("request", mock("/anything"), "--data", "@/no/such/file.json");
    assertThat(noFile.exit()).isEqualTo(2);
    assertThat(noFile.err().strip())
        .isEqualTo("statuskit: /no/such/file.json: no such file (for --data)");

    Cli badItem = Cli.run("request", mock("/anything"), "oops");
    assertThat(badItem.exit()).isEqualTo(2);
    assertThat(badItem.err()).contains("'oops' is neither a header (Name:Value) nor a query");

    Cli ftp = Cli.run("request", "ftp://127.0.0.1/x");
    assertThat(ftp.exit()).isEqualTo(2);
    assertThat(ftp.err()).contains("only http:// and https:// URLs");
  }

  @Test
  void typedUrlsGetASchemeAndLocalhost() {
    assertThat(RequestCommand.url(":8080/x", "").toString()).isEqualTo("http://localhost:8080/x");
    assertThat(RequestCommand.url("api.test/a?b=1", "c=2").toString())
        .isEqualTo("http://api.test/a?b=1&c=2");
    assertThat(RequestCommand.url("https://api.test/a#frag", "").toString())
        .isEqualTo("https://api.test/a");
  }

  @Test
  void helpHasExamplesAndExitCodes() {
    Cli r = Cli.run("request", "--help");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("Examples:").contains("--json").contains("Exit codes:");
  }
}
