package dev.statuskit.probe;

import dev.statuskit.rules.Category;
import dev.statuskit.rules.Example;
import dev.statuskit.rules.Rule;
import dev.statuskit.rules.RuleSet;
import dev.statuskit.rules.Severity;
import java.util.List;

/**
 * SK4xx: what the probes of a live API reveal. Each rule is an expectation about how the API
 * answers a request the {@link Prober} sends on purpose (no credentials, a wrong method, an unknown
 * id, ...), judged by comparing exchanges (the probe and the plain GET it varies), so none can be
 * decided from one exchange: their {@link Rule#check() check} returns no problems, and the prober
 * records what it finds with {@link dev.statuskit.rules.Audit#record}. Add them to a rule set with
 * {@link RuleSet#plus}: {@code Rules.catalogue().plus(ProbeRules.all())}.
 *
 * <p>Each rule's severity is the one of its most common case. The prober grades each case (a 403
 * without credentials is a warning, a 5xx an error, a 2xx only worth a look); see the module's
 * README for the table.
 */
public final class ProbeRules {
  private ProbeRules() {}

  private static final String JUDGED_BY_PROBER =
      " statuskit judges this by sending the probe to a live API and comparing its answer with"
          + " the plain GET; it cannot be told from a single recorded exchange.";

  static final Rule NO_CREDENTIALS =
      probe("SK401")
          .title("Request without credentials not answered 401")
          .severity(Severity.WARNING)
          .rationale(
              "A request that carries no credentials at all should get 401 Unauthorized with a"
                  + " WWW-Authenticate challenge: it tells the client to authenticate and how."
                  + " 403 Forbidden says the opposite, that authenticating will not help, so a"
                  + " client that only forgot its token gives up instead of logging in. A 2xx"
                  + " means the endpoint is public, which may or may not be intended; a 5xx"
                  + " means the server crashed on a missing token."
                  + JUDGED_BY_PROBER)
          .link("https://www.rfc-editor.org/rfc/rfc9110#section-15.5.2")
          .fix(
              "Answer requests without credentials with 401 and a WWW-Authenticate header naming"
                  + " the scheme (e.g. WWW-Authenticate: Bearer); keep 403 for authenticated"
                  + " callers who lack permission.")
          .example(
              Example.flagged(
                  "The plain GET sent a bearer token; the probe leaves it out and gets 403",
                  """
              GET /users/42 HTTP/1.1
              Accept: application/json

              HTTP/1.1 403 Forbidden
              Content-Type: application/problem+json

              {"title": "Forbidden", "status": 403}
              """))
          .example(
              Example.passing(
                  "Without the token, 401 and a challenge",
                  """
              GET /users/42 HTTP/1.1
              Accept: application/json

              HTTP/1.1 401 Unauthorized
              WWW-Authenticate: Bearer realm="api"
              Content-Type: application/problem+json

              {"title": "Sign in first", "status": 401}
              """))
          .judgedElsewhere();

  static final Rule WRONG_METHOD =
      probe("SK402")
          .title("Method the resource does not support not answered 405")
          .severity(Severity.WARNING)
          .rationale(
              "When the resource exists but does not support the method, the answer is 405 Method"
                  + " Not Allowed with an Allow header listing the methods that work (or 501 Not"
                  + " Implemented when the server does not know the method at all). 404 claims"
                  + " the resource is missing although GET just found it; a 5xx blames the"
                  + " server for a client mistake; a 2xx pretends the request worked."
                  + JUDGED_BY_PROBER)
          .link("https://www.rfc-editor.org/rfc/rfc9110#section-15.5.6")
          .fix(
              "Route unsupported methods on existing resources to 405 with Allow: GET, HEAD (the"
                  + " methods that work); most frameworks do this when routes are declared per"
                  + " method.")
          .example(
              Example.flagged(
                  "GET /users/42 works; TRACE, which it does not support, crashes the server",
                  """
              TRACE /users/42 HTTP/1.1

              HTTP/1.1 500 Internal Server Error
              Content-Type: text/plain

              Internal Server Error
              """))
          .example(
              Example.passing(
                  "405 and the methods that work",
                  """
              TRACE /users/42 HTTP/1.1

              HTTP/1.1 405 Method Not Allowed
              Allow: GET, HEAD, OPTIONS
              Content-Length: 0
              """))
          .judgedElsewhere();

  static final Rule UNKNOWN_ID =
      probe("SK403")
          .title("Unknown id not answered 404")
          .severity(Severity.ERROR)
          .rationale(
              "A request for an id that does not exist should get 404 Not Found (or 410 Gone for"
                  + " one that existed). A 2xx tells clients and caches the resource is there,"
                  + " often with an empty or error body; a 5xx turns a lookup miss into an alert"
                  + " and a retry, usually because the code dereferences a missing record."
                  + JUDGED_BY_PROBER)
          .link("https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5")
          .fix("Look the id up first and answer 404 with an error body when nothing is found.")
          .example(
              Example.flagged(
                  "An id that cannot exist, answered 200 with an empty object",
                  """
              GET /users/zz-no-such-id-0 HTTP/1.1

              HTTP/1.1 200 OK
              Content-Type: application/json

              {}
              """))
          .example(
              Example.passing(
                  "An id that cannot exist, answered 404",
                  """
              GET /users/zz-no-such-id-0 HTTP/1.1

              HTTP/1.1 404 Not Found
              Content-Type: application/problem+json

              {"title": "No such user", "status": 404}
              """))
          .judgedElsewhere();

  static final Rule CONDITIONAL_GET =
      probe("SK404")
          .title("Conditional GET with the current validator not answered 304")
          .severity(Severity.WARNING)
          .rationale(
              "A response with an ETag or Last-Modified invites clients to revalidate: a GET"
                  + " with If-None-Match (or If-Modified-Since) that still matches should get 304"
                  + " Not Modified with no content. Answering 200 with the same validator sends"
                  + " the whole representation again, wasting bandwidth and defeating caches;"
                  + " an error means the server cannot handle the standard headers it invited."
                  + JUDGED_BY_PROBER)
          .link("https://www.rfc-editor.org/rfc/rfc9110#section-13.1.2")
          .fix(
              "Compare If-None-Match with the current ETag (and If-Modified-Since with the last"
                  + " modification) before building the response, and answer 304 when they"
                  + " match; many frameworks offer a filter or middleware for it.")
          .example(
              Example.flagged(
                  "The plain GET gave ETag \"v7\"; sent back, it is ignored",
                  """
              GET /users/42 HTTP/1.1
              If-None-Match: "v7"

              HTTP/1.1 200 OK
              ETag: "v7"
              Content-Type: application/json

              {"id": 42, "name": "Ada"}
              """))
          .example(
              Example.passing(
                  "The validator still matches, so 304 and no content",
                  """
              GET /users/42 HTTP/1.1
              If-None-Match: "v7"

              HTTP/1.1 304 Not Modified
              ETag: "v7"
              """))
          .judgedElsewhere();

  static final Rule HEAD_LIKE_GET =
      probe("SK405")
          .title("HEAD answered differently from GET")
          .severity(Severity.ERROR)
          .rationale(
              "HEAD is GET without the content: the status and header fields must be the ones a"
                  + " GET would get, and every general-purpose server must support it. Clients,"
                  + " monitors and link checkers use HEAD to learn whether a resource exists and"
                  + " how large it is; a 404, 405 or 5xx to HEAD where GET succeeds misinforms"
                  + " them all."
                  + JUDGED_BY_PROBER)
          .link("https://www.rfc-editor.org/rfc/rfc9110#section-9.3.2")
          .fix(
              "Serve HEAD from the GET handler and drop the content (many frameworks do so"
                  + " automatically when GET routes are not restricted to GET only).")
          .example(
              Example.flagged(
                  "GET /users/42 is 200, HEAD is refused",
                  """
              HEAD /users/42 HTTP/1.1

              HTTP/1.1 405 Method Not Allowed
              Allow: GET
              """))
          .example(
              Example.passing(
                  "HEAD gets the status and headers of the GET",
                  """
              HEAD /users/42 HTTP/1.1

              HTTP/1.1 200 OK
              ETag: "v7"
              Content-Type: application/json
              """))
          .judgedElsewhere();

  static final Rule OPTIONS_ANSWERED =
      probe("SK406")
          .title("OPTIONS on an existing resource not answered with Allow")
          .severity(Severity.WARNING)
          .rationale(
              "OPTIONS asks which methods and features a resource supports; a successful answer"
                  + " should say so with Allow (or, for browsers, the CORS Access-Control-Allow-*"
                  + " headers). A 404 to OPTIONS on a resource that GET finds is"
                  + " contradictory, a 5xx is a crash, and 405 or 501 hide what the API can do."
                  + JUDGED_BY_PROBER)
          .link("https://www.rfc-editor.org/rfc/rfc9110#section-9.3.7")
          .fix(
              "Answer OPTIONS with 204 and Allow listing the resource's methods (e.g. Allow: GET,"
                  + " HEAD, OPTIONS).")
          .example(
              Example.flagged(
                  "GET /users/42 finds the user; OPTIONS claims there is none",
                  """
              OPTIONS /users/42 HTTP/1.1

              HTTP/1.1 404 Not Found
              Content-Length: 0
              """))
          .example(
              Example.passing(
                  "OPTIONS lists the methods",
                  """
              OPTIONS /users/42 HTTP/1.1

              HTTP/1.1 204 No Content
              Allow: GET, HEAD, OPTIONS, PATCH
              """))
          .judgedElsewhere();

  static final Rule MALFORMED_JSON =
      probe("SK407")
          .title("Malformed JSON not answered 400")
          .severity(Severity.ERROR)
          .rationale(
              "A body that claims to be JSON and is not is the client's mistake: the answer is"
                  + " 400 Bad Request (or 422 Unprocessable Content, or 415), with a body that"
                  + " says where parsing failed. A 5xx reports a client mistake as a server"
                  + " failure, so clients retry and on-call engineers get paged; a 2xx means the"
                  + " server accepted garbage. Probed only with --allow-unsafe."
                  + JUDGED_BY_PROBER)
          .link("https://www.rfc-editor.org/rfc/rfc9110#section-15.5.1")
          .fix(
              "Catch the JSON parser's error where the body is read and turn it into 400 with a"
                  + " machine-readable error (e.g. application/problem+json).")
          .example(
              Example.flagged(
                  "Broken JSON makes the server fail",
                  """
              POST /users HTTP/1.1
              Content-Type: application/json

              {"name": "Ada",

              HTTP/1.1 500 Internal Server Error
              Content-Type: text/plain

              Unexpected end of input
              """))
          .example(
              Example.passing(
                  "Broken JSON refused as the client's mistake",
                  """
              POST /users HTTP/1.1
              Content-Type: application/json

              {"name": "Ada",

              HTTP/1.1 400 Bad Request
              Content-Type: application/problem+json

              {"title": "The body is not valid JSON", "detail": "unexpected end at line 1", "status": 400}
              """))
          .judgedElsewhere();

  static final Rule WRONG_CONTENT_TYPE =
      probe("SK408")
          .title("Unsupported Content-Type not answered 415")
          .severity(Severity.WARNING)
          .rationale(
              "When a request's body comes in a media type the endpoint does not accept, the"
                  + " answer is 415 Unsupported Media Type (400 will do), ideally naming the"
                  + " accepted types. A 5xx blames the server for the client's mistake; a 2xx"
                  + " means the server guessed at a body it was told was something else, which"
                  + " hides client bugs and opens content-sniffing attacks. Probed only with"
                  + " --allow-unsafe."
                  + JUDGED_BY_PROBER)
          .link("https://www.rfc-editor.org/rfc/rfc9110#section-15.5.16")
          .fix(
              "Check Content-Type before parsing and answer 415 (with Accept-Post or Accept-Patch"
                  + " listing what works) when it is not a type the endpoint reads.")
          .example(
              Example.flagged(
                  "JSON sent as text/plain, accepted anyway",
                  """
              POST /users HTTP/1.1
              Content-Type: text/plain

              {"name": "Ada"}

              HTTP/1.1 201 Created
              Location: /users/43
              """))
          .example(
              Example.passing(
                  "An unsupported type refused with 415",
                  """
              POST /users HTTP/1.1
              Content-Type: text/plain

              {"name": "Ada"}

              HTTP/1.1 415 Unsupported Media Type
              Accept-Post: application/json
              Content-Length: 0
              """))
          .judgedElsewhere();

  private static final List<Rule> ALL =
      List.of(
          NO_CREDENTIALS,
          WRONG_METHOD,
          UNKNOWN_ID,
          CONDITIONAL_GET,
          HEAD_LIKE_GET,
          OPTIONS_ANSWERED,
          MALFORMED_JSON,
          WRONG_CONTENT_TYPE);

  /** The SK4xx rules, for {@link RuleSet#plus}. */
  public static List<Rule> all() {
    return ALL;
  }

  private static Rule.Builder probe(String id) {
    return Rule.define(id).category(Category.PROBE);
  }
}
