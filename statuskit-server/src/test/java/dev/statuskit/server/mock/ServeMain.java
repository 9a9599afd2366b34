package dev.statuskit.server.mock;

/**
 * Starts the mock server from the test classpath, for the benchmark script and manual tries: {@code
 * ServeMain [port] [threads]}. Prints the base URI, then serves until killed.
 */
public final class ServeMain {
  private ServeMain() {}

  public static void main(String[] args) throws InterruptedException {
    MockServer.Builder builder = MockServer.builder();
    if (args.length > 0) {
      builder.port(Integer.parseInt(args[0]));
    }
    if (args.length > 1) {
      builder.threads(Integer.parseInt(args[1]));
    }
    try (MockServer server = builder.start()) {
      System.out.println(server.baseUri());
      System.out.flush();
      server.awaitClose();
    }
  }
}
