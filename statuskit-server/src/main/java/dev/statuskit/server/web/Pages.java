package dev.statuskit.server.web;

import static dev.statuskit.server.web.WebRoute.get;
import static dev.statuskit.server.web.WebRoute.post;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.statuskit.exchange.Headers;
import dev.statuskit.registry.CodeJson;
import dev.statuskit.registry.SearchHit;
import dev.statuskit.registry.StatusClass;
import dev.statuskit.registry.StatusCode;
import dev.statuskit.registry.StatusCodes;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The UI's surface, one line per route: the pages (one app shell that shows whichever page the path
 * names, so every deep link works on reload), its files, and the JSON API the pages call.
 */
final class Pages implements AutoCloseable {
  /** Search results returned at most. */
  static final int MAX_RESULTS = 100;

  private final boolean allowRemoteTargets;
  private final StaticFiles files = new StaticFiles();
  private final RuleCatalogue rules = new RuleCatalogue();
  private final StatsPage stats;
  private final TesterPage tester;
  private final SameOrigin sameOrigin;
  private final Work testerWork = new Work("tester", 4, 16);
  private final Work statsWork = new Work("stats engine", 1, 4);
  private final List<WebRoute> routes;

  Pages(boolean allowRemoteTargets, int maxUploadBytes, SameOrigin sameOrigin) {
    this.allowRemoteTargets = allowRemoteTargets;
    this.stats = new StatsPage(maxUploadBytes);
    this.tester = new TesterPage(allowRemoteTargets);
    this.sameOrigin = sameOrigin;
    this.routes =
        List.of(
            // The pages: the same shell, which reads the path.
            get("/ui/", this::shell),
            get("/ui/codes", this::shell),
            get("/ui/codes/{code}", this::shell),
            get("/ui/rules", this::shell),
            get("/ui/rules/{id}", this::shell),
            get("/ui/tester", this::shell),
            get("/ui/stats", this::shell),
            // Its files, from the jar.
            get("/ui/static/{file}", (r, p) -> files.serve(r, p.get("file"))),
            // The API.
            get("/ui/api/info", (r, p) -> info()),
            get("/ui/api/search", (r, p) -> search(r)),
            get("/ui/api/codes", (r, p) -> codes(r)),
            get("/ui/api/codes/{code}", (r, p) -> code(p.get("code"))),
            get("/ui/api/rules", (r, p) -> Json.ok(rules.list())),
            get("/ui/api/rules/{id}", (r, p) -> rule(p.get("id"))),
            post("/ui/api/tester", (r, p) -> action(r, Json.JSON, testerWork, tester::send)),
            post("/ui/api/stats", (r, p) -> action(r, OCTETS, statsWork, stats::upload)),
            post(
                "/ui/api/stats/sample",
                (r, p) -> action(r, Json.JSON, statsWork, x -> stats.sample())),
            get("/ui/api/stats/{id}", (r, p) -> report(p.get("id"))));
  }

  private static final String OCTETS = "application/octet-stream";

  boolean allowRemoteTargets() {
    return allowRemoteTargets;
  }

  CompletionStage<WebResponse> handle(WebRequest r) {
    if (r.path().equals("/ui")) {
      return done(
          new WebResponse(308, Headers.of("Location", WebUi.PREFIX), new byte[0])); // no slash
    }
    Optional<WebRoute> pathOnly = Optional.empty();
    for (WebRoute route : routes) {
      Optional<Map<String, String>> params = route.match(r.path());
      if (params.isEmpty()) {
        continue;
      }
      if (route.answers(r.method())) {
        return route.handler().handle(r, params.get());
      }
      pathOnly = Optional.of(route);
    }
    if (pathOnly.isPresent()) {
      return done(
          Json.problem(405, r.path() + " answers " + pathOnly.get().allow() + ", not " + r.method())
              .with("Allow", pathOnly.get().allow()));
    }
    if (r.path().startsWith(WebUi.PREFIX + "api/") || !isPage(r.method())) {
      return done(Json.problem(404, "the UI has nothing at " + r.path()));
    }
    // A page the app does not have: its shell, which says so, with the status to match.
    return done(files.shell(r, 404));
  }

  private static boolean isPage(String method) {
    return method.equals("GET") || method.equals("HEAD");
  }

  private WebResponse shell(WebRequest r, Map<String, String> params) {
    return files.shell(r, 200);
  }

  /** What the pages need to know about this server. */
  private WebResponse info() {
    ObjectNode o = Json.MAPPER.createObjectNode();
    o.put("allowRemoteTargets", allowRemoteTargets);
    o.put("maxUploadBytes", stats.maxUploadBytes());
    o.put("version", version());
    return Json.ok(o);
  }

  private static String version() {
    String v = WebUi.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }

  /** The same ranked search as {@code statuskit search}, best match first. */
  private WebResponse search(WebRequest r) {
    String q = r.param("q").orElse("").strip();
    int limit = limit(r.param("limit"));
    ArrayNode array = Json.MAPPER.createArrayNode();
    if (!q.isEmpty()) {
      StatusCodes.search(q).stream()
          .limit(limit)
          .map(SearchHit::code)
          .forEach(c -> array.add(CodeJson.brief(c)));
    }
    return Json.ok(array);
  }

  /** The known codes, of one class when asked, unofficial ones only when asked. */
  private WebResponse codes(WebRequest r) {
    Optional<String> classText = r.param("class").filter(s -> !s.isBlank());
    Optional<StatusClass> statusClass = classText.flatMap(StatusClass::parse);
    if (classText.isPresent() && statusClass.isEmpty()) {
      return Json.problem(400, "class must be 1xx, 2xx, 3xx, 4xx or 5xx, not " + classText.get());
    }
    boolean unofficial = r.param("unofficial").map(v -> v.equals("true")).orElse(false);
    List<StatusCode> codes =
        statusClass.map(StatusCodes::inClass).orElseGet(StatusCodes::all).stream()
            .filter(c -> unofficial || c.isRegistered())
            .toList();
    ArrayNode array = Json.MAPPER.createArrayNode();
    codes.forEach(c -> array.add(CodeJson.brief(c)));
    return Json.ok(array);
  }

  /** Everything about one code; an unassigned number is explained by its class. */
  private WebResponse code(String text) {
    if (!text.matches("\\d{3}")) {
      return Json.problem(404, "a status code is three digits from 100 to 599, not " + text);
    }
    int n = Integer.parseInt(text);
    if (n < 100 || n > 599) {
      return Json.problem(404, "a status code is from 100 to 599, not " + n);
    }
    return Json.ok(CodeJson.full(StatusCodes.of(n)));
  }

  private WebResponse rule(String id) {
    return rules
        .find(id)
        .map(Json::ok)
        .orElseGet(() -> Json.problem(404, "statuskit has no rule " + id + "; see /ui/rules"));
  }

  private WebResponse report(String id) {
    return StatsPage.id(id)
        .map(stats::report)
        .orElseGet(() -> Json.problem(404, "no report " + id));
  }

  /** An action: checked against cross-site use, then run on its pool. */
  private CompletionStage<WebResponse> action(
      WebRequest r,
      String contentType,
      Work work,
      java.util.function.Function<WebRequest, WebResponse> job) {
    Optional<WebResponse> refused = sameOrigin.check(r, contentType);
    return refused.isPresent() ? done(refused.get()) : work.submit(() -> job.apply(r));
  }

  private static int limit(Optional<String> text) {
    try {
      return text.map(Integer::parseInt).map(n -> Math.max(1, Math.min(MAX_RESULTS, n))).orElse(20);
    } catch (NumberFormatException e) {
      return 20;
    }
  }

  private static CompletionStage<WebResponse> done(WebResponse response) {
    return CompletableFuture.completedFuture(response);
  }

  @Override
  public void close() {
    testerWork.close();
    statsWork.close();
  }
}
