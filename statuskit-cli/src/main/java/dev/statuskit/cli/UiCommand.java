package dev.statuskit.cli;

import dev.statuskit.server.mock.MockServer;
import dev.statuskit.server.web.WebUi;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code statuskit ui}: the web UI alone (reference, tester, rules, stats), on the same server as
 * {@code serve}, with a body limit that fits access logs.
 */
@Command(
    name = "ui",
    mixinStandardHelpOptions = true,
    description = {
      "Start the web UI and print its address: search the reference and read a page per code, send"
          + " requests with the tester and see what is wrong with the responses, browse the rules,"
          + " drop an access log for its stats report. Works offline; binds to 127.0.0.1.",
      "The tester sends requests from this machine, to loopback addresses only unless"
          + " --allow-remote-targets is given. The mock server's endpoints are on the same port."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  statuskit ui                          http://127.0.0.1:8080/ui/",
      "  statuskit ui --port 9000",
      "  statuskit ui --allow-remote-targets   the tester may reach other hosts",
      "",
      "Stop it with Ctrl-C."
    })
final class UiCommand implements Callable<Integer> {
  /** What the UI has, after its address. */
  static final String PAGES = "  (reference, tester, rules, stats)";

  @Mixin ListenOptions listen;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    try (MockServer server = start()) {
      Output o = Output.of(spec);
      banner(o, server);
      o.out().flush();
      Runtime.getRuntime().addShutdownHook(new Thread(server::close));
      server.awaitClose();
    }
    return ExitCodes.OK;
  }

  static void banner(Output o, MockServer server) {
    String ui = server.uiUri().orElseThrow().toString();
    o.out().println(o.style().bold("statuskit web UI on " + ui) + PAGES);
    o.out().println("  reference  " + ui + "codes/429");
    o.out().println("  tester     " + ui + "tester");
    o.out().println("  rules      " + ui + "rules");
    o.out().println("  stats      " + ui + "stats");
    o.out()
        .println(
            o.style()
                .dim(
                    server.allowsRemoteTargets()
                        ? "The tester may send requests to any host."
                        : "The tester sends only to this machine (--allow-remote-targets for"
                            + " others)."));
    o.out().println("Stop with Ctrl-C.");
  }

  /** Starts the server the options describe. */
  MockServer start() {
    return listen.start(
        b ->
            b.webUi(true)
                // Room for access logs on the stats page (the page gzips them, too).
                .maxBodyBytes(WebUi.DEFAULT_MAX_UPLOAD_BYTES));
  }
}
