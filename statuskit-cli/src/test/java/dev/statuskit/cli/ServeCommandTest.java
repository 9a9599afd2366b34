package dev.statuskit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.statuskit.server.mock.MockServer;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ServeCommandTest {

  static ServeCommand parse(String... args) {
    ServeCommand serve = new ServeCommand();
    new CommandLine(serve).parseArgs(args);
    return serve;
  }

  @Test
  void startsOnLoopbackAndServesStatusCodesFromTheRegistry() throws Exception {
    try (MockServer server = parse("--port", "0").start()) {
      assertThat(server.baseUri().getHost()).isEqualTo("127.0.0.1");
      HttpResponse<String> r =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(server.baseUri() + "/status/429")).build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).isEqualTo(429);
      assertThat(r.headers().firstValue("Retry-After")).isPresent();
      assertThat(server.index()).isNotEmpty();
    }
  }

  @Test
  void aPortInUseIsAOneLineUsageError() throws Exception {
    try (ServerSocket taken = new ServerSocket(0)) {
      ServeCommand serve = parse("--port", String.valueOf(taken.getLocalPort()));
      assertThatThrownBy(serve::start).isInstanceOf(UserError.class).hasMessageContaining("bind");
    }
  }

  @Test
  void helpHasExamples() {
    Cli r = Cli.run("serve", "--help");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("Examples:").contains("/status/429");
  }
}
