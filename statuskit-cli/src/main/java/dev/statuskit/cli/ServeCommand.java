package dev.statuskit.cli;

import dev.statuskit.server.mock.Endpoint;
import dev.statuskit.server.mock.MockServer;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
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

  @Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      description = "Address to bind (default: ${DEFAULT-VALUE}, loopback only).")
  String host;

  @Option(
      names = {"-p", "--port"},
      defaultValue = "8080",
      description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--seed", description = "Seed for random choices, for repeatable runs.")
  Long seed;

  @Option(
      names = "--scenarios",
      paramLabel = "FILE",
      description = "A YAML file of scripted routes.")
  Path scenarios;

  @Option(names = "--no-ui", description = "Serve the mock endpoints only, without the web UI.")
  boolean noUi;

  @Option(
      names = "--allow-remote-targets",
      description =
          "Let the web UI's tester send requests to any host, not only to this machine's loopback"
              + " addresses. Only with a loopback --host.")
  boolean allowRemoteTargets;

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
                  + Text.pad(e.method(), 8)
                  + Text.pad(e.path(), 34)
                  + o.style().dim(Text.cut(e.description(), Math.max(20, o.width() - 44))));
    }
  }

  /** Starts the server the options describe. */
  MockServer start() {
    if (port < 0 || port > 65535) {
      throw new UserError("--port must be between 0 and 65535");
    }
    checkRemoteTargets(host, allowRemoteTargets);
    MockServer.Builder b =
        MockServer.builder()
            .host(host)
            .port(port)
            .webUi(!noUi)
            .allowRemoteTargets(allowRemoteTargets);
    if (seed != null) {
      b.seed(seed);
    }
    if (scenarios != null) {
      b.scenarios(scenarios);
    }
    return bind(b);
  }

  static MockServer bind(MockServer.Builder b) {
    try {
      return b.start();
    } catch (IllegalStateException e) {
      throw new UserError(e.getMessage()); // port in use, unknown host: one line, exit 2
    }
  }

  /**
   * Remote targets on a server others can reach would make it an open proxy: anyone on the network
   * could have this machine send requests anywhere it can reach.
   */
  static void checkRemoteTargets(String host, boolean allowRemoteTargets) {
    if (allowRemoteTargets && !isLoopback(host)) {
      throw new UserError(
          "--allow-remote-targets needs a loopback --host (127.0.0.1, localhost, ::1), not "
              + host
              + ": others could use the tester as an open proxy");
    }
  }

  private static boolean isLoopback(String host) {
    try {
      return java.net.InetAddress.getByName(host).isLoopbackAddress();
    } catch (java.net.UnknownHostException e) {
      return false;
    }
  }
}
