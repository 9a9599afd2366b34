package dev.statuskit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.statuskit.registry.CodeJson;
import dev.statuskit.registry.StatusCodes;
import dev.statuskit.server.mock.MockServer;
import dev.statuskit.server.web.WebUi;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class UiCommandTest {

  static UiCommand parse(String... args) {
    UiCommand ui = new UiCommand();
    new CommandLine(ui).parseArgs(args);
    return ui;
  }

  static String get(URI uri) throws Exception {
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(uri.toString()).isEqualTo(200);
    return r.body();
  }

  static JsonNode json(URI uri) throws Exception {
    return new com.fasterxml.jackson.databind.ObjectMapper().readTree(get(uri));
  }

  static String banner(MockServer server, boolean serve) {
    StringWriter text = new StringWriter();
    Output o = new Output(new PrintWriter(text, true), dev.statuskit.text.Ansi.of(false), 100);
    if (serve) {
      ServeCommand.banner(o, server);
    } else {
      UiCommand.banner(o, server);
    }
    return text.toString();
  }

  @Test
  void startsTheUiOnLoopbackAndPrintsItsAddress() throws Exception {
    try (MockServer server = parse("--port", "0").start()) {
      URI ui = server.uiUri().orElseThrow();
      assertThat(ui.getHost()).isEqualTo("127.0.0.1");
      assertThat(banner(server, false))
          .startsWith("statuskit web UI on " + ui)
          .contains(ui + "tester")
          .contains("sends only to this machine");
      assertThat(get(ui)).contains("/ui/static/app.js");
      // Room for access logs on the stats page.
      assertThat(json(ui.resolve("api/info")).path("maxUploadBytes").asInt())
          .isEqualTo(WebUi.DEFAULT_MAX_UPLOAD_BYTES);
    }
  }

  @Test
  void serveServesTheUiToo() throws Exception {
    try (MockServer server = ServeCommandTest.parse("--port", "0").start()) {
      URI ui = server.uiUri().orElseThrow();
      String banner = banner(server, true);
      assertThat(banner.lines().toList().get(1)).isEqualTo("Web UI: " + ui + UiCommand.PAGES);
      assertThat(get(ui.resolve("codes/429"))).contains("<main");
    }
    try (MockServer server = ServeCommandTest.parse("--port", "0", "--no-ui").start()) {
      assertThat(server.uiUri()).isEmpty();
      assertThat(banner(server, true)).doesNotContain("Web UI");
    }
  }

  @Test
  void theWebApiSpeaksTheJsonOfTheCli() throws Exception {
    try (MockServer server = parse("--port", "0").start()) {
      URI api = server.uiUri().orElseThrow().resolve("api/");
      // explain --format json, search --format json and rules --format json: the same shapes.
      assertThat(json(api.resolve("codes/429"))).isEqualTo(CodeJson.full(StatusCodes.of(429)));
      assertThat(json(api.resolve("codes/499"))).isEqualTo(CodeJson.full(StatusCodes.of(499)));
      Cli search = Cli.run("search", "rate", "limit", "--format", "json");
      assertThat(json(api.resolve("search?q=rate+limit&limit=10")))
          .isEqualTo(new com.fasterxml.jackson.databind.ObjectMapper().readTree(search.out()));
      ObjectNode rule = (ObjectNode) json(api.resolve("rules/SK103"));
      assertThat(rule.get("appliesTo").asText()).isEqualTo("exchanges");
      assertThat(rule)
          .isEqualTo(dev.statuskit.rules.RuleJson.of(Catalogue.full().find("SK103").orElseThrow()));
    }
  }

  @Test
  void remoteTargetsAreForALoopbackServerOnly() throws Exception {
    try (MockServer server = parse("--port", "0", "--allow-remote-targets").start()) {
      assertThat(server.allowsRemoteTargets()).isTrue();
      JsonNode info = json(server.uiUri().orElseThrow().resolve("api/info"));
      assertThat(info.path("allowRemoteTargets").asBoolean()).isTrue();
      assertThat(banner(server, false)).contains("may send requests to any host");
    }
    assertThatThrownBy(
            () -> parse("--port", "0", "--host", "0.0.0.0", "--allow-remote-targets").start())
        .isInstanceOf(UserError.class)
        .hasMessageContaining("open proxy");
    assertThatThrownBy(
            () ->
                ServeCommandTest.parse("--port", "0", "--host", "0.0.0.0", "--allow-remote-targets")
                    .start())
        .isInstanceOf(UserError.class)
        .hasMessageContaining("loopback --host");
  }

  @Test
  void helpHasExamplesAndTheTopLevelListsIt() {
    Cli r = Cli.run("ui", "--help");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("Examples:").contains("--allow-remote-targets").contains("/ui/");
    assertThat(Cli.run("--help").out()).contains("  ui ");
  }
}
