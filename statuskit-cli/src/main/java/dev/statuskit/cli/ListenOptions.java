package dev.statuskit.cli;

import dev.statuskit.server.mock.MockServer;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Option;

/** Where a server of {@code serve} and {@code ui} listens, and whether its tester may go out. */
final class ListenOptions {
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

  @Option(
      names = "--allow-remote-targets",
      description =
          "Let the web UI's tester send requests to any host, not only to this machine's loopback"
              + " addresses. Only with a loopback --host.")
  boolean allowRemoteTargets;

  /**
   * Starts a server on this address, after the command's own settings.
   *
   * @throws UserError for a port out of range, remote targets on a server others can reach, or a
   *     server that cannot bind (port in use, unknown host): one line, exit 2
   */
  MockServer start(UnaryOperator<MockServer.Builder> settings) {
    if (port < 0 || port > 65535) {
      throw new UserError("--port must be between 0 and 65535");
    }
    // Remote targets on a server others can reach would make it an open proxy: anyone on the
    // network could have this machine send requests anywhere it can reach.
    if (allowRemoteTargets && !isLoopback(host)) {
      throw new UserError(
          "--allow-remote-targets needs a loopback --host (127.0.0.1, localhost, ::1), not "
              + host
              + ": others could use the tester as an open proxy");
    }
    MockServer.Builder b =
        MockServer.builder().host(host).port(port).allowRemoteTargets(allowRemoteTargets);
    try {
      return settings.apply(b).start();
    } catch (IllegalStateException e) {
      throw new UserError(e.getMessage());
    }
  }

  private static boolean isLoopback(String host) {
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
