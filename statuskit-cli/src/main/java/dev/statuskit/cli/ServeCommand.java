package dev.statuskit.cli;

import dev.statuskit.server.mock.Endpoint;
import dev.statuskit.server.mock.MockServer;
import dev.statuskit.text.Ansi;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code statuskit serve}: the mock server for testing clients' error handling and retries. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Start the mock server: any status code with the headers the registry requires and a body"
          + " negotiated from Accept, weighted random codes, delays, redirects, conditional and"
          + " range requests, auth challenges, a real rate limiter, a flaky endpoint for retry"
          + " tests, and connection faults. Binds to 127.0.0.1 unless --host says otherwise.",
      "The web UI (reference, tester, rules, stats) is on the same port under /ui/; `statuskit ui`"
          + " starts it alone."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  statuskit serve                       http://127.0.0.1:8080, prints the endpoints",
      "  statuskit serve --port 9000",
      "  curl -i localhost:8080/status/429",
      "  curl -i 'localhost:8080/status/200:0.9,503:0.1'",
      "  curl --retry 3 localhost:8080/flaky/2?status=503",
      "  http://127.0.0.1:8080/ui/             the web UI, in a browser",
      "",
      "Stop it with Ctrl-C."
    })
final class ServeCommand implements Callable<Integer> {

  @Mixin ListenOptions listen;

  @Option(names = "--seed", description = "Seed for random choices, for repeatable runs.")
  Long seed;

  @Option(
      names = "--scenarios",
      paramLabel = "FILE",
      description = "A YAML file of scripted routes.")
  Path scenarios;

  @Option(names = "--no-ui", description = "Serve the mock endpoints only, without the web UI.")
  boolean noUi;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    try (MockServer server = start()) {
      Output o = Output.of(spec);
      banner(o, server);
      o.out().println("Stop with Ctrl-C.");
      o.out().flush();
      Runtime.getRuntime().addShutdownHook(new Thread(server::close));
      server.awaitClose();
    }
    return ExitCodes.OK;
  }

  /** The address, the UI's address, and the endpoint index. */
  static void banner(Output o, MockServer server) {
    o.out().println(o.style().bold("statuskit mock server on " + server.baseUri()));
    server
        .uiUri()
        .ifPresent(ui -> o.out().println(o.style().bold("Web UI: " + ui) + UiCommand.PAGES));
    for (Endpoint e : server.index()) {
      o.out()
          .println(
              "  "
                  + Ansi.pad(e.method(), 8)
                  + Ansi.pad(e.path(), 34)
                  + o.style().dim(Text.cut(e.description(), Math.max(20, o.width() - 44))));
    }
  }

  /** Starts the server the options describe. */
  MockServer start() {
    return listen.start(
        b -> {
          b.webUi(!noUi);
          if (seed != null) {
            b.seed(seed);
          }
          if (scenarios != null) {
            b.scenarios(scenarios);
          }
          return b;
        });
  }
}
