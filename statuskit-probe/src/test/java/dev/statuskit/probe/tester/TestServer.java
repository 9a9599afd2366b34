package dev.statuskit.probe.tester;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

/**
 * A small server on 127.0.0.1 with one endpoint per behaviour the tester must show, right and
 * wrong, and a record of the client ports it saw (to tell fresh connections from reused ones).
 *
 * <pre>
 * /ok              200 JSON, X-Custom header, Set-Cookie
 * /unauthorized    401 JSON without WWW-Authenticate (wrong: SK103)
 * /echo            200 text: "METHOD /path\nname: value...\n\nbody"
 * /chain/{n}       302 to /chain/{n-1}; /chain/0 is 200
 * /see-other       303 to /echo
 * /temporary       307 to /echo
 * /to?url=U        302 to U (any URL, e.g. another host)
 * /slow            answers after 2 s
 * /big             200 KiB, chunked
 * /latin1          text/plain; charset=ISO-8859-1
 * </pre>
 */
final class TestServer implements AutoCloseable {
  static final int BIG = 200 * 1024;

  private final HttpServer server;
  private final ExecutorService pool = Executors.newCachedThreadPool();
  final Queue<Integer> clientPorts = new ConcurrentLinkedQueue<>();

  TestServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(pool);
    server.createContext("/", this::route);
    server.start();
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  int port() {
    return server.getAddress().getPort();
  }

  private void route(HttpExchange x) throws IOException {
    clientPorts.add(x.getRemoteAddress().getPort());
    String path = x.getRequestURI().getPath();
    byte[] request = x.getRequestBody().readAllBytes();
    if (path.equals("/ok")) {
      x.getResponseHeaders().add("X-Custom", "yes");
      x.getResponseHeaders().add("Set-Cookie", "session=abcdef123456; HttpOnly");
      send(x, 200, "application/json", "{\"ok\":true,\"items\":[1,2]}".getBytes(UTF_8));
    } else if (path.equals("/unauthorized")) {
      send(
          x,
          401,
          "application/json",
          "{\"code\":\"unauthenticated\",\"message\":\"log in first\"}".getBytes(UTF_8));
    } else if (path.equals("/echo")) {
      String headers =
          x.getRequestHeaders().entrySet().stream()
              .map(e -> e.getKey().toLowerCase() + ": " + String.join(",", e.getValue()))
              .sorted()
              .collect(Collectors.joining("\n"));
      String text =
          x.getRequestMethod() + " " + path + "\n" + headers + "\n\n" + new String(request, UTF_8);
      send(x, 200, "text/plain; charset=utf-8", text.getBytes(UTF_8));
    } else if (path.startsWith("/chain/")) {
      int n = Integer.parseInt(path.substring("/chain/".length()));
      if (n == 0) {
        send(x, 200, "text/plain", "arrived".getBytes(UTF_8));
      } else {
        redirect(x, 302, "/chain/" + (n - 1));
      }
    } else if (path.equals("/see-other")) {
      redirect(x, 303, "/echo");
    } else if (path.equals("/temporary")) {
      redirect(x, 307, "/echo");
    } else if (path.equals("/to")) {
      redirect(x, 302, x.getRequestURI().getQuery().substring("url=".length()));
    } else if (path.equals("/slow")) {
      sleep(2_000);
      send(x, 200, "text/plain", "late".getBytes(UTF_8));
    } else if (path.equals("/big")) {
      x.getResponseHeaders().add("Content-Type", "text/plain");
      x.sendResponseHeaders(200, 0); // chunked: the size is only known by reading it all
      try (OutputStream out = x.getResponseBody()) {
        byte[] kib = "x".repeat(1024).getBytes(UTF_8);
        for (int i = 0; i < BIG / 1024; i++) {
          out.write(kib);
        }
      }
    } else if (path.equals("/latin1")) {
      send(x, 200, "text/plain; charset=ISO-8859-1", "café".getBytes(ISO_8859_1));
    } else {
      send(x, 404, "text/plain", "no such test endpoint".getBytes(UTF_8));
    }
  }

  private static void redirect(HttpExchange x, int status, String location) throws IOException {
    x.getResponseHeaders().add("Location", location);
    x.sendResponseHeaders(status, -1);
    x.close();
  }

  private static void send(HttpExchange x, int status, String type, byte[] body)
      throws IOException {
    x.getResponseHeaders().add("Content-Type", type);
    x.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = x.getResponseBody()) {
      out.write(body);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The /echo body's request headers, by lower-case name. */
  static Map<String, String> echoedHeaders(String echo) {
    return echo.lines()
        .skip(1)
        .takeWhile(l -> !l.isEmpty())
        .map(l -> l.split(": ", 2))
        .collect(Collectors.toMap(p -> p[0], p -> p.length > 1 ? p[1] : ""));
  }

  static List<String> echoedLines(String echo) {
    return echo.lines().toList();
  }

  @Override
  public void close() {
    server.stop(0);
    pool.shutdownNow();
  }
}
