package dev.statuskit.server.demo;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The built-in demo API that {@code statuskit check} audits when it is given no target: a small,
 * in-memory shop (products, orders, customers, an admin area, a search, a legacy redirect, a report
 * export) where some endpoints do everything right and others make the classic status-code mistakes
 * on purpose. {@link #plantedMistakes()} lists those mistakes with the rule that should catch each
 * one.
 *
 * <pre>{@code
 * try (DemoApi demo = DemoApi.start()) {
 *   URI base = demo.baseUri();                    // http://127.0.0.1:PORT
 *   for (String path : demo.paths()) { ... }      // probe base + path, sending
 *   DemoApi.credentialsHeader();                  // "Authorization: Bearer demo-token"
 * }
 * }</pre>
 *
 * Every endpoint but OPTIONS wants the demo's bearer token, as a real API would; without it the
 * demo answers 401 and the mistakes stay hidden. Data is fixed, so responses (and their ETags) are
 * the same on every run. The server listens on the loopback interface only: its planted mistakes
 * include leaking a stack trace.
 */
public final class DemoApi implements AutoCloseable {

  /** Threads serving requests: enough for a bounded prober, small for a 2-core laptop. */
  private static final int THREADS = 4;

  private final HttpServer server;
  private final ExecutorService executor;
  private final URI baseUri;

  private DemoApi(HttpServer server, ExecutorService executor) {
    this.server = server;
    this.executor = executor;
    InetSocketAddress bound = server.getAddress();
    this.baseUri =
        URI.create("http://" + bound.getAddress().getHostAddress() + ":" + bound.getPort());
  }

  /** Starts the demo on 127.0.0.1 on a free port. */
  public static DemoApi start() {
    return start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
  }

  /**
   * Starts the demo on the given loopback address; port 0 picks a free one.
   *
   * @throws IllegalArgumentException if the address is not a loopback address
   * @throws UncheckedIOException if the port cannot be bound
   */
  public static DemoApi start(InetSocketAddress address) {
    if (address.isUnresolved() || !address.getAddress().isLoopbackAddress()) {
      throw new IllegalArgumentException(
          "the demo API listens on loopback only, not on " + address.getHostString());
    }
    avoidNagleDelay();
    HttpServer server;
    try {
      server = HttpServer.create(address, 0);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot listen on " + address + ": " + e.getMessage(), e);
    }
    ExecutorService executor = Executors.newFixedThreadPool(THREADS, daemonThreads());
    server.createContext("/", new Dispatcher(Routes.TABLE));
    server.setExecutor(executor);
    server.start();
    return new DemoApi(server, executor);
  }

  /** Where the demo listens: {@code http://127.0.0.1:PORT}, without a trailing slash. */
  public URI baseUri() {
    return baseUri;
  }

  /**
   * The paths {@code check} should probe, relative to {@link #baseUri()}, some with a query: every
   * endpoint done right and every endpoint with a planted mistake.
   */
  public List<String> paths() {
    return PATHS;
  }

  /** Every mistake the demo makes on purpose, with the rule that should report it. */
  public static List<PlantedMistake> plantedMistakes() {
    return PLANTED;
  }

  /**
   * Where the demo serves its own OpenAPI document, relative to {@link #baseUri()}: {@code
   * /openapi.yaml}. It describes how the shop should answer; the planted mistakes break it.
   */
  public static String specPath() {
    return Dispatcher.SPEC_PATH;
  }

  /** The header that carries the demo's credentials: {@code Authorization}. */
  public static String credentialsHeaderName() {
    return "Authorization";
  }

  /** The value of {@link #credentialsHeaderName()}: {@code Bearer demo-token}. */
  public static String credentialsHeaderValue() {
    return "Bearer " + Dispatcher.TOKEN;
  }

  /** The credentials as {@code check --header} takes them: {@code Authorization: Bearer ...}. */
  public static String credentialsHeader() {
    return credentialsHeaderName() + ": " + credentialsHeaderValue();
  }

  /** Stops the server at once and frees its port. */
  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  /**
   * The JDK server writes a response's header block and its body in two writes; with Nagle's
   * algorithm on, the body then waits for the client's delayed ACK, about 40 ms per response, which
   * would make a full probe of the demo take seconds. The JDK reads this switch once, when its
   * first server starts; a value the user set wins.
   */
  private static void avoidNagleDelay() {
    if (System.getProperty(NODELAY) == null) {
      System.setProperty(NODELAY, "true");
    }
  }

  private static final String NODELAY = "sun.net.httpserver.nodelay";

  private static ThreadFactory daemonThreads() {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, "statuskit-demo-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  private static final List<String> PATHS =
      List.of(
          // done right
          "/products",
          "/products/1",
          "/orders",
          "/orders/1",
          "/catalog",
          "/search?q=mug",
          "/coupons/SPRING25",
          // planted mistakes
          "/products/99",
          "/search?q=",
          "/coupons/WINTER21",
          "/customers/1",
          "/admin/stats",
          "/account",
          "/reports/export",
          "/legacy/catalog",
          "/deals",
          "/recommendations",
          "/shipping/quote",
          "/faq",
          "/checkout",
          "/payments/status",
          "/categories",
          "/brands",
          "/stores",
          "/cart");

  private static final List<PlantedMistake> PLANTED =
      List.of(
          planted(
              "GET", "/products/99", "SK301", "a discontinued product answers 410 with no body"),
          planted(
              "GET",
              "/search?q=",
              "SK303",
              "an empty query answers 400 with a message but no machine-readable error code"),
          planted(
              "GET",
              "/search?q=",
              "SK306",
              "that 400 says validation failed, but not which parameter (q)"),
          planted(
              "GET",
              "/coupons/WINTER21",
              "SK304",
              "an expired coupon answers 410, but its problem+json says \"status\": 404"),
          planted(
              "GET",
              "/customers/1",
              "SK403",
              "an unknown customer id answers 200, not 404 (seen by the unknown-id probe)"),
          planted(
              "GET",
              "/customers/1",
              "SK201",
              "that 200 carries {\"success\": false, \"error\": \"Customer not found\"}"),
          planted(
              "GET",
              "/admin/stats",
              "SK401",
              "without credentials it answers 403, not 401 with WWW-Authenticate"),
          planted(
              "GET",
              "/account",
              "SK103",
              "answers 401 without WWW-Authenticate (it wants a session cookie instead)"),
          planted(
              "GET",
              "/reports/export",
              "SK307",
              "answers 500 with a Java stack trace and an SQL error in the body"),
          planted(
              "GET",
              "/reports/export",
              "SK302",
              "that error is text/plain, not JSON, though the client asked for JSON"),
          planted(
              "GET",
              "/reports/export",
              "SK305",
              "that 500 has no request id, neither in X-Request-Id nor in the body"),
          planted("GET", "/legacy/catalog", "SK102", "a 301 without Location"),
          planted("GET", "/deals", "SK111", "a 429 without Retry-After"),
          planted(
              "GET",
              "/deals",
              "SK118",
              "X-RateLimit-Remaining (250) is more than X-RateLimit-Limit (100)"),
          planted(
              "GET",
              "/recommendations",
              "SK112",
              "a 503 with Retry-After: soon, which is neither seconds nor a date"),
          planted("GET", "/shipping/quote", "SK114", "answers 299, a code no registry defines"),
          planted("GET", "/faq", "SK116", "a text body without Content-Type"),
          planted(
              "GET",
              "/checkout",
              "SK104",
              "GET on the POST-only checkout answers 405 without Allow"),
          planted(
              "GET",
              "/payments/status",
              "SK201",
              "answers 200 with {\"status\": 503, \"message\": \"Payment provider unavailable.\"}"),
          planted(
              "GET",
              "/categories",
              "SK404",
              "sends an ETag, but If-None-Match with it gets 200 again, never 304"),
          planted("HEAD", "/brands", "SK405", "HEAD answers 404 where GET answers 200"),
          planted(
              "TRACE",
              "/stores",
              "SK402",
              "a method it does not support answers 404, not 405 with Allow"),
          planted("OPTIONS", "/cart", "SK406", "OPTIONS answers 500"));

  private static PlantedMistake planted(String method, String path, String rule, String what) {
    return new PlantedMistake(method, path, rule, what);
  }
}
