package dev.statuskit.server.mock;

import static dev.statuskit.server.mock.Route.any;
import static dev.statuskit.server.mock.Route.get;
import static dev.statuskit.server.mock.Route.post;

import java.util.List;

/**
 * The mock server's surface, one line per endpoint; it reads like the index `statuskit serve`
 * prints, which is made from it. Cross-cutting behaviour (limits, timeouts, HEAD, the journal)
 * lives in the pipeline ({@link Pipeline}), not here.
 */
final class Routes {
  private Routes() {}

  /** The handlers with state, made once per server. */
  record Parts(
      Limits limits,
      Statuses statuses,
      Timing timing,
      Conditionals conditionals,
      RateLimiter limiter,
      Flaky flaky,
      Faults faults,
      Admin admin,
      Index index) {}

  static List<Route> table(Parts p) {
    Limits limits = p.limits();
    return List.of(
        get("/", "this index", "/", p.index()::index),
        // Any status, from the registry.
        any(
                "/status/{codes}",
                "any status 200-599 with the headers the registry names and a body negotiated from Accept; CODE:WEIGHT,... picks at random; query: delay=ms, retry_after=, location=, header=Name:Value, body=",
                "/status/200:0.9,503:0.1",
                p.statuses()::status)
            .wrapped(h -> QueryOptions.around(h, limits)),
        // Real interim responses (Expect: 100-continue is answered on every route).
        get(
            "/early-hints",
            "103 Early Hints with Link preload, then 200 after delay=ms (default 100)",
            "/early-hints",
            c -> EarlyHints.hints(c, limits)),
        // Time.
        any(
            "/delay/{ms}",
            "the request echoed after ms milliseconds",
            "/delay/1500",
            p.timing()::delay),
        get(
            "/drip",
            "numbytes bytes dripped over duration ms after delay ms, with status code",
            "/drip?numbytes=10&duration=2000&delay=0&code=200",
            p.timing()::drip),
        // Redirects.
        get(
            "/redirect/{n}",
            "a chain of n redirects ending at /anything; status=301|302|303|307|308",
            "/redirect/3?status=307",
            Redirects::chain),
        any(
            "/redirect-to",
            "one redirect to url with status (default 302)",
            "/redirect-to?url=/anything&status=308",
            Redirects::to),
        // Conditional and range requests.
        get(
            "/etag/{etag}",
            "ETag; If-None-Match that matches gets 304, If-Match that does not gets 412",
            "/etag/v1",
            p.conditionals()::etag),
        get(
            "/cache",
            "Last-Modified and ETag; If-Modified-Since or If-None-Match that still holds gets 304",
            "/cache",
            p.conditionals()::cache),
        get(
            "/range/{n}",
            "n bytes honouring one byte Range: 206 with Content-Range, 416 with bytes */n",
            "/range/1024",
            Ranges::range),
        // Authentication: 401 (who are you?) versus 403 (not you).
        get(
            "/basic-auth/{user}/{pass}",
            "200 for Basic user:pass, 401 with a Basic challenge otherwise",
            "/basic-auth/alice/secret",
            Auth::basic),
        get(
            "/bearer",
            "200 for a Bearer token; 401 without one or for 'expired'; 403 insufficient_scope when the token (a list of scopes) lacks scope=",
            "/bearer?scope=admin",
            Auth::bearer),
        // The request as the server saw it.
        any(
            "/anything/{path*}",
            "the request echoed as JSON, any method (credentials redacted)",
            "/anything",
            Echo::anything),
        get("/headers", "the request's header fields as JSON", "/headers", Echo::headers),
        get("/ip", "the client's address", "/ip", Echo::ip),
        // Retries and rate limits, per client (X-Client-Id or address).
        any(
            "/limited",
            "a token bucket per client (rate=/s, burst=): 429 with Retry-After and RateLimit fields when empty",
            "/limited?rate=1&burst=5",
            p.limiter()::limited),
        any(
            "/flaky/{n}",
            "fails n times with status (default 503, Retry-After: 1), then succeeds; per client and key=",
            "/flaky/2?status=503&key=test",
            p.flaky()::flaky),
        // The connection itself fails.
        any(
            "/fault/{kind}",
            "the connection fails: " + Fault.labels(),
            "/fault/reset",
            p.faults()::fault),
        // Admin, under a prefix no mock route uses.
        get(
            Admin.PREFIX + "requests",
            "the journal of recent requests (limit=n), credentials redacted",
            Admin.PREFIX + "requests?limit=10",
            p.admin()::requests),
        post(
            Admin.PREFIX + "reset",
            "clears rate limits, flaky counters and the journal",
            Admin.PREFIX + "reset",
            p.admin()::reset));
  }
}
