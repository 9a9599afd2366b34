package dev.statuskit.probe;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small API on 127.0.0.1 with endpoints that answer probes right and wrong, and a record of what
 * it saw: every request line, and the most requests it ever had in flight.
 *
 * <p>Routes: {@code /{name}/items} (a collection) and {@code /{name}/items/{id}} (id 42 exists),
 * where name picks a {@link Behaviour}; plus special endpoints that are slow, huge, fast, echo the
 * request or redirect (see {@link #route}).
 */
final class TestApi implements AutoCloseable {
  static final String TOKEN = "Bearer s3cret-token-123";

  /** How one family of endpoints answers; {@link #CORRECT} answers everything right. */
  record Behaviour(
      boolean requiresAuth,
      int withoutCredentials,
      int unknownId,
      int wrongMethod,
      boolean etag,
      boolean honoursEtag,
      int head,
      int options,
      int malformedJson,
      int wrongType) {

    static final Behaviour CORRECT =
        new Behaviour(true, 401, 404, 405, true, true, 0, 204, 400, 415);

    /** Every probe's classic mistake. */
    static final Behaviour WRONG =
        new Behaviour(true, 403, 200, 404, true, false, 405, 404, 500, 200);

    /** Public, no validators, nothing to compare: only baseline, OPTIONS, HEAD and TRACE apply. */
    static final Behaviour OPEN = new Behaviour(false, 0, 404, 405, false, false, 0, 204, 400, 415);

    Behaviour withoutCredentials(int status) {
      return new Behaviour(
          requiresAuth,
          status,
          unknownId,
          wrongMethod,
          etag,
          honoursEtag,
          head,
          options,
          malformedJson,
          wrongType);
    }

    Behaviour wrongMethod(int status) {
      return new Behaviour(
          requiresAuth,
          withoutCredentials,
          unknownId,
          status,
          etag,
          honoursEtag,
          head,
          options,
          malformedJson,
          wrongType);
    }
  }

  private static final Map<String, Behaviour> BEHAVIOURS =
      Map.of(
          "good", Behaviour.CORRECT,
          "bad", Behaviour.WRONG,
          "open", Behaviour.OPEN,
          "public", Behaviour.CORRECT.withoutCredentials(200),
          "crashy", Behaviour.CORRECT.withoutCredentials(500).wrongMethod(500));

  private final HttpServer server;
  private final ExecutorService threads = Executors.newFixedThreadPool(16);
  private final Queue<String> seen = new ConcurrentLinkedQueue<>();
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger maxInFlight = new AtomicInteger();

  TestApi() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
    server.setExecutor(threads);
    server.createContext("/", observed(this::route));
    server.start();
  }

  URI base() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** "GET /good/items/42", in arrival order. */
  List<String> seen() {
    return List.copyOf(seen);
  }

  List<String> methodsSeen() {
    return seen.stream().map(s -> s.substring(0, s.indexOf(' '))).distinct().sorted().toList();
  }

  int maxInFlight() {
    return maxInFlight.get();
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }

  private HttpHandler observed(HttpHandler next) {
    return ex -> {
      seen.add(ex.getRequestMethod() + " " + ex.getRequestURI());
      int now = inFlight.incrementAndGet();
      maxInFlight.accumulateAndGet(now, Math::max);
      try {
        next.handle(ex);
      } catch (IOException | RuntimeException e) {
        // The client went away (timeout, body cut short): nothing to answer.
      } finally {
        inFlight.decrementAndGet();
        ex.close();
      }
    };
  }

  private void route(HttpExchange ex) throws IOException {
    String path = ex.getRequestURI().getPath();
    if (path.startsWith("/slow")) {
      sleep(1500);
      send(ex, 200, "application/json", "{\"slow\": true}");
    } else if (path.startsWith("/sleepy")) {
      String query = ex.getRequestURI().getQuery();
      sleep(query != null && query.startsWith("ms=") ? Long.parseLong(query.substring(3)) : 50);
      send(ex, 200, "text/plain", "zzz");
    } else if (path.startsWith("/fast")) {
      send(ex, 200, "text/plain", "ok");
    } else if (path.startsWith("/huge")) {
      huge(ex);
    } else if (path.startsWith("/echo")) {
      // Reflects the request's headers, as TRACE and debug endpoints do.
      send(ex, 200, "text/plain", "you sent: " + ex.getRequestHeaders().entrySet());
    } else if (path.startsWith("/weird")) {
      ex.sendResponseHeaders(600, -1);
    } else if (path.startsWith("/moved")) {
      ex.getResponseHeaders().add("Location", "/good/items/42");
      send(ex, 302, null, "");
    } else {
      String[] parts = path.split("/");
      Behaviour b = parts.length >= 3 ? BEHAVIOURS.get(parts[1]) : null;
      if (b == null || !parts[2].equals("items") || parts.length > 4) {
        send(ex, 404, "application/json", "{\"error\": \"no route\"}");
      } else {
        endpoint(ex, b, parts.length == 4 ? parts[3] : null);
      }
    }
  }

  /** One family's endpoint: the collection (id null) or an item. */
  private void endpoint(HttpExchange ex, Behaviour b, String id) throws IOException {
    String method = ex.getRequestMethod();
    boolean collection = id == null;
    String allow = collection ? "GET, HEAD, OPTIONS, POST" : "GET, HEAD, OPTIONS";
    if (method.equals("TRACE")) {
      // As in servlet containers: TRACE is turned away before the application's auth runs.
      wrongMethod(ex, b, allow);
      return;
    }
    if (b.requiresAuth() && !TOKEN.equals(ex.getRequestHeaders().getFirst("Authorization"))) {
      if (b.withoutCredentials() == 401) {
        ex.getResponseHeaders().add("WWW-Authenticate", "Bearer realm=\"test\"");
      }
      send(ex, b.withoutCredentials(), "application/json", "{\"error\": \"credentials\"}");
      return;
    }
    if (!collection && !id.equals("42")) {
      int status = b.unknownId();
      send(ex, status, "application/json", status == 200 ? "{}" : "{\"error\": \"no such item\"}");
      return;
    }
    String etag = "\"v1-" + (collection ? "all" : id) + "\"";
    switch (method) {
      case "GET" -> {
        if (b.etag()) {
          ex.getResponseHeaders().add("ETag", etag);
          if (b.honoursEtag() && etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
            send(ex, 304, null, "");
            return;
          }
        }
        send(ex, 200, "application/json", "{\"id\": 42}");
      }
      case "HEAD" -> {
        int status = b.head() == 0 ? 200 : b.head();
        if (status == 405) {
          ex.getResponseHeaders().add("Allow", "GET");
        }
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(status, -1);
      }
      case "OPTIONS" -> {
        if (b.options() == 204) {
          ex.getResponseHeaders().add("Allow", allow);
        }
        send(ex, b.options(), null, "");
      }
      case "POST" -> {
        if (!collection) {
          wrongMethod(ex, b, allow);
        } else if (!"application/json".equals(ex.getRequestHeaders().getFirst("Content-Type"))) {
          send(ex, b.wrongType(), "application/json", "{\"error\": \"type\"}");
        } else if (!new String(ex.getRequestBody().readAllBytes(), UTF_8).strip().endsWith("}")) {
          send(ex, b.malformedJson(), "application/json", "{\"error\": \"syntax\"}");
        } else {
          ex.getResponseHeaders().add("Location", "/good/items/43");
          send(ex, 201, "application/json", "{\"id\": 43}");
        }
      }
      default -> wrongMethod(ex, b, allow);
    }
  }

  private static void wrongMethod(HttpExchange ex, Behaviour b, String allow) throws IOException {
    if (b.wrongMethod() == 405) {
      ex.getResponseHeaders().add("Allow", allow);
    }
    send(ex, b.wrongMethod(), "application/json", "{\"error\": \"method\"}");
  }

  /** Streams until the client hangs up. */
  private static void huge(HttpExchange ex) throws IOException {
    ex.getResponseHeaders().add("Content-Type", "text/plain");
    if (ex.getRequestMethod().equals("HEAD")) {
      ex.sendResponseHeaders(200, -1);
      return;
    }
    ex.sendResponseHeaders(200, 0);
    byte[] chunk = "0123456789abcdef".repeat(1024).getBytes(UTF_8);
    try (OutputStream out = ex.getResponseBody()) {
      for (int i = 0; i < 100_000; i++) {
        out.write(chunk);
      }
    }
  }

  private static void send(HttpExchange ex, int status, String type, String body)
      throws IOException {
    if (type != null) {
      ex.getResponseHeaders().add("Content-Type", type);
    }
    byte[] bytes = body.getBytes(UTF_8);
    boolean noContent =
        bytes.length == 0 || status == 204 || status == 304 || ex.getRequestMethod().equals("HEAD");
    ex.sendResponseHeaders(status, noContent ? -1 : bytes.length);
    if (!noContent) {
      try (OutputStream out = ex.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
