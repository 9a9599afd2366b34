package dev.statuskit.rules;

import static dev.statuskit.exchange.Part.REASON_PHRASE;
import static dev.statuskit.exchange.Part.REQUEST_HEADERS;
import static dev.statuskit.exchange.Part.RESPONSE_BODY;
import static dev.statuskit.exchange.Part.RESPONSE_HEADERS;
import static dev.statuskit.rules.Evidence.body;
import static dev.statuskit.rules.Evidence.request;
import static dev.statuskit.rules.Evidence.status;

import dev.statuskit.exchange.Body;
import dev.statuskit.exchange.Headers;
import dev.statuskit.exchange.HttpDate;
import dev.statuskit.registry.HeaderRequirement;
import dev.statuskit.registry.StatusCode;
import dev.statuskit.registry.StatusCodes;
import dev.statuskit.registry.Strength;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * SK1xx: what the HTTP specifications require of a response with a given status. Which header goes
 * with which code, and how strongly, comes from the registry, not from these rules.
 */
final class ProtocolRules {
  private ProtocolRules() {}

  static final Rule CREATED_WITHOUT_LOCATION =
      missingHeader(
          "SK101",
          "201 Created without Location",
          Set.of(201),
          "Location",
          "A 201 tells the client a resource was created; without Location the client can only"
              + " assume the new resource is the request's own URI, which for a POST to a"
              + " collection is wrong. Clients then have to parse the body to find what was made.",
          "https://www.rfc-editor.org/rfc/rfc9110#section-15.3.2",
          "Send Location with the URI of the new resource, e.g. Location: /orders/42.",
          Example.flagged(
              "201 without Location: where is the new order?",
              """
          POST /orders HTTP/1.1
          Content-Type: application/json

          {"sku": 7, "quantity": 2}

          HTTP/1.1 201 Created
          Content-Type: application/json

          {"id": 42, "status": "open"}
          """),
          Example.passing(
              "Location gives the new order's URI",
              """
          POST /orders HTTP/1.1
          Content-Type: application/json

          {"sku": 7, "quantity": 2}

          HTTP/1.1 201 Created
          Location: /orders/42
          Content-Type: application/json

          {"id": 42, "status": "open"}
          """));

  static final Rule REDIRECT_WITHOUT_LOCATION =
      missingHeader(
          "SK102",
          "Redirect without Location",
          Set.of(301, 302, 303, 307, 308),
          "Location",
          "A redirect is only worth something if it says where to go: clients follow the URI in"
              + " Location by themselves, and without it they stop at the 3xx with nothing to"
              + " show. Caches may also store 301 and 308 responses, so a broken permanent"
              + " redirect keeps being served long after it is fixed.",
          "https://www.rfc-editor.org/rfc/rfc9110#section-15.4",
          "Send Location with the URI the client should go to next, e.g. Location: /v2/orders/42.",
          ProtocolRules::redirectFix,
          Example.flagged(
              "A permanent redirect that does not say where to",
              """
          GET /catalog HTTP/1.1

          HTTP/1.1 301 Moved Permanently
          Content-Length: 0
          """),
          Example.passing(
              "Location gives the new home of the resource",
              """
          GET /catalog HTTP/1.1

          HTTP/1.1 308 Permanent Redirect
          Location: /v2/catalog
          Content-Length: 0
          """));

  static final Rule UNAUTHORIZED_WITHOUT_CHALLENGE =
      missingHeader(
          "SK103",
          "401 Unauthorized without WWW-Authenticate",
          Set.of(401),
          "WWW-Authenticate",
          "A 401 says the request lacks valid credentials, and the WWW-Authenticate challenge is"
              + " how the server says which scheme and realm to use. Without it, clients cannot"
              + " tell how to authenticate and generic HTTP clients will not retry with"
              + " credentials. When no credentials could help, the honest code is 403.",
          "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.2",
          "Send at least one challenge, e.g. WWW-Authenticate: Bearer realm=\"api\"; if no"
              + " credentials would let the client in, answer 403 Forbidden instead.",
          ProtocolRules::challengeFix,
          Example.flagged(
              "401 with no challenge: the client cannot tell how to sign in",
              """
          GET /account HTTP/1.1

          HTTP/1.1 401 Unauthorized
          Content-Type: application/problem+json

          {"title": "Not signed in", "status": 401}
          """),
          Example.passing(
              "401 naming the scheme and realm to use",
              """
          GET /account HTTP/1.1

          HTTP/1.1 401 Unauthorized
          WWW-Authenticate: Bearer realm="api"
          Content-Type: application/problem+json

          {"title": "Not signed in", "status": 401}
          """));

  static final Rule METHOD_NOT_ALLOWED_WITHOUT_ALLOW =
      Rule.define("SK104")
          .title("405 Method Not Allowed without a consistent Allow")
          .category(Category.PROTOCOL)
          .severity(severityOf(405, "Allow"))
          .rationale(
              "A 405 tells the client the resource exists but not for this method; Allow is how"
                  + " it learns which methods do work, so a client or API explorer can correct"
                  + " the call. An Allow that lists the refused method contradicts the status,"
                  + " and the client cannot tell which of the two to believe.")
          .link("https://www.rfc-editor.org/rfc/rfc9110#section-15.5.6")
          .fix(
              "Send Allow with the methods the resource supports, e.g. Allow: GET, HEAD; an empty"
                  + " Allow says it supports none. Never list the method you just refused.")
          .example(
              Example.flagged(
                  "405 without Allow",
                  """
              DELETE /invoices/7 HTTP/1.1

              HTTP/1.1 405 Method Not Allowed
              Content-Length: 0
              """))
          .example(
              Example.flagged(
                  "405 whose Allow lists the very method it refused",
                  """
              DELETE /invoices/7 HTTP/1.1

              HTTP/1.1 405 Method Not Allowed
              Allow: GET, HEAD, DELETE
              Content-Length: 0
              """))
          .example(
              Example.passing(
                  "Allow lists the methods that do work",
                  """
              DELETE /invoices/7 HTTP/1.1

              HTTP/1.1 405 Method Not Allowed
              Allow: GET, HEAD
              Content-Length: 0
              """))
          .needs(RESPONSE_HEADERS)
          .check(ProtocolRules::checkAllow);

  static final Rule PROXY_AUTH_WITHOUT_CHALLENGE =
      missingHeader(
          "SK105",
          "407 Proxy Authentication Required without Proxy-Authenticate",
          Set.of(407),
          "Proxy-Authenticate",
          "A 407 asks the client to authenticate with the proxy, and Proxy-Authenticate is the"
              + " challenge that names the scheme the proxy accepts. Without it the client has no"
              + " way to answer, so the request fails for good instead of being retried with"
              + " proxy credentials.",
          "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.8",
          "Send a challenge for the proxy, e.g. Proxy-Authenticate: Basic realm=\"proxy\".",
          Example.flagged(
              "A proxy asks for credentials without saying which kind",
              """
          GET http://intranet.example/reports HTTP/1.1

          HTTP/1.1 407 Proxy Authentication Required
          Content-Length: 0
          """),
          Example.passing(
              "The proxy names its scheme",
              """
          GET http://intranet.example/reports HTTP/1.1

          HTTP/1.1 407 Proxy Authentication Required
          Proxy-Authenticate: Basic realm="office proxy"
          Content-Length: 0
          """));

  static final Rule PARTIAL_WITHOUT_CONTENT_RANGE =
      missingHeader(
          "SK106",
          "206 Partial Content without Content-Range",
          Set.of(206),
          "Content-Range",
          "A 206 carries only part of a representation, and Content-Range says which part and"
              + " how long the whole is. Without it a client resuming a download or a cache"
              + " assembling ranges cannot place the bytes, and may splice them in the wrong"
              + " place. A multipart/byteranges response is the exception: each part has its own.",
          "https://www.rfc-editor.org/rfc/rfc9110#section-15.3.7",
          "Send Content-Range with the enclosed range and the full length, e.g. Content-Range:"
              + " bytes 0-499/1234, or send several ranges as multipart/byteranges.",
          ProtocolRules::unlessMultipartByteranges,
          Example.flagged(
              "Ten bytes of a file, but which ten?",
              """
          GET /logs/today.txt HTTP/1.1
          Range: bytes=0-9

          HTTP/1.1 206 Partial Content
          Content-Type: text/plain

          2024-05-01
          """),
          Example.passing(
              "Content-Range places the bytes in the whole file",
              """
          GET /logs/today.txt HTTP/1.1
          Range: bytes=0-9

          HTTP/1.1 206 Partial Content
          Content-Type: text/plain
          Content-Range: bytes 0-9/5120

          2024-05-01
          """));

  static final Rule RANGE_NOT_SATISFIABLE_WITHOUT_CONTENT_RANGE =
      missingHeader(
          "SK107",
          "416 Range Not Satisfiable without Content-Range",
          Set.of(416),
          "Content-Range",
          "A 416 says the requested range lies outside the representation; for byte ranges,"
              + " Content-Range with the current length (bytes */47022) tells the client what it"
              + " can ask for instead. Without it a client resuming a download cannot tell whether"
              + " the file shrank, changed or is already complete.",
          "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.17",
          "Send Content-Range with an unsatisfied range and the current length, e.g."
              + " Content-Range: bytes */47022.",
          ProtocolRules::unlessOtherRangeUnit,
          Example.flagged(
              "A range past the end, and no word of the real length",
              """
          GET /logs/today.txt HTTP/1.1
          Range: bytes=9000-9999

          HTTP/1.1 416 Range Not Satisfiable
          Content-Length: 0
          """),
          Example.passing(
              "Content-Range gives the current length",
              """
          GET /logs/today.txt HTTP/1.1
          Range: bytes=9000-9999

          HTTP/1.1 416 Range Not Satisfiable
          Content-Range: bytes */5120
          Content-Length: 0
          """));

  static final Rule UPGRADE_REQUIRED_WITHOUT_UPGRADE =
      missingHeader(
          "SK108",
          "426 Upgrade Required without Upgrade",
          Set.of(426),
          "Upgrade",
          "A 426 refuses the request until the client switches protocols; Upgrade names the"
              + " protocol to switch to. Without it the client is told to upgrade but not to what,"
              + " so it cannot comply.",
          "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.22",
          "Send Upgrade with the protocol the client must use, e.g. Upgrade: HTTP/2 or Upgrade:"
              + " websocket, together with Connection: upgrade.",
          Example.flagged(
              "Upgrade required, but to what?",
              """
          GET /live-scores HTTP/1.1

          HTTP/1.1 426 Upgrade Required
          Content-Type: text/plain

          Please upgrade.
          """),
          Example.passing(
              "Upgrade names the protocol to switch to",
              """
          GET /live-scores HTTP/1.1

          HTTP/1.1 426 Upgrade Required
          Upgrade: websocket
          Connection: Upgrade
          Content-Type: text/plain

          This endpoint speaks WebSocket only.
          """));

  static final Rule CONTENT_WHERE_FORBIDDEN =
      Rule.define("SK109")
          .title("Content on a response whose status forbids it")
          .category(Category.PROTOCOL)
          .severity(Severity.ERROR)
          .rationale(
              "Responses with 1xx, 204, 205 or 304 end with their headers: clients and proxies"
                  + " read no content after them. Bytes sent anyway are either silently lost or,"
                  + " on a reused connection, read as the start of the next response, which"
                  + " corrupts it and can be exploited for response splitting.")
          .link("https://www.rfc-editor.org/rfc/rfc9110#section-6.4.1")
          .fix(
              "Send this status with no content. If the client needs data back, answer 200 OK"
                  + " with it instead of 204 or 205; a 304 never needs content, since the client"
                  + " reuses its cached copy.")
          .example(
              Example.flagged(
                  "204 No Content with content",
                  """
              DELETE /sessions/current HTTP/1.1

              HTTP/1.1 204 No Content
              Content-Type: application/json

              {"deleted": true}
              """))
          .example(
              Example.passing(
                  "A 204 that ends with its headers",
                  """
              DELETE /sessions/current HTTP/1.1

              HTTP/1.1 204 No Content
              """))
          .needs(RESPONSE_BODY)
          .check(
              s ->
                  s.code().bodyAllowed() || !s.response().hasBody()
                      ? List.of()
                      : List.of(
                          Problem.of(
                              s.response()
                                  + " carries "
                                  + sizeOf(s)
                                  + " of content, but a "
                                  + s.status()
                                  + " response never has content",
                              request(s),
                              status(s),
                              body(s))));

  static final Rule CONTENT_ON_HEAD =
      Rule.define("SK110")
          .title("Content in a response to HEAD")
          .category(Category.PROTOCOL)
          .severity(Severity.ERROR)
          .rationale(
              "HEAD asks for the headers a GET would get and nothing else; clients read no"
                  + " content after a HEAD response. Content sent anyway ends up read as the next"
                  + " response on a reused connection, or makes the client hang or fail.")
          .link("https://www.rfc-editor.org/rfc/rfc9110#section-9.3.2")
          .fix(
              "Answer HEAD with the headers of the GET response only (Content-Length may give the"
                  + " size a GET would send) and no content; most frameworks do this for you if"
                  + " HEAD is routed to the GET handler.")
          .example(
              Example.flagged(
                  "HEAD answered with the content of a GET",
                  """
              HEAD /users/42 HTTP/1.1

              HTTP/1.1 200 OK
              Content-Type: application/json

              {"id": 42, "name": "Ada"}
              """))
          .example(
              Example.passing(
                  "HEAD answered with the headers only",
                  """
              HEAD /users/42 HTTP/1.1

              HTTP/1.1 200 OK
              Content-Type: application/json
              Content-Length: 25
              """))
          .needs(RESPONSE_BODY)
          .check(
              s -> {
                // A status that forbids content is SK109's finding whatever the method.
                if (!s.request().method().equals("HEAD")
                    || !s.response().hasBody()
                    || !s.code().bodyAllowed()) {
                  return List.of();
                }
                return List.of(
                    Problem.of(
                        s.response() + " to HEAD carries " + sizeOf(s) + " of content",
                        request(s),
                        status(s),
                        body(s)));
              });

  /** Where rate-limited APIs say when the quota resets, besides Retry-After. */
  private static final List<String> RESET_HEADERS =
      List.of("RateLimit", "RateLimit-Reset", "X-RateLimit-Reset");

  static final Rule UNAVAILABLE_WITHOUT_RETRY_AFTER =
      missingHeader(
          "SK111",
          "429 or 503 without Retry-After",
          Set.of(429, 503),
          "Retry-After",
          "A 429 or 503 says: not now. Retry-After says when, so well-behaved clients and retry"
              + " libraries wait exactly as long as needed instead of guessing, which either"
              + " hammers the server with early retries or makes clients wait longer than"
              + " necessary.",
          "https://www.rfc-editor.org/rfc/rfc9110#section-10.2.3",
          "Send Retry-After with the seconds to wait (Retry-After: 30) or the time the service"
              + " is expected back, as an HTTP-date.",
          ProtocolRules::noteRateLimitReset,
          Example.flagged(
              "429 that does not say how long to wait",
              """
          GET /search?q=boots HTTP/1.1

          HTTP/1.1 429 Too Many Requests
          Content-Type: application/problem+json

          {"title": "Slow down", "status": 429}
          """),
          Example.passing(
              "Retry-After gives the wait in seconds",
              """
          GET /search?q=boots HTTP/1.1

          HTTP/1.1 429 Too Many Requests
          Retry-After: 30
          Content-Type: application/problem+json

          {"title": "Slow down", "status": 429}
          """));

  static final Rule MALFORMED_RETRY_AFTER =
      Rule.define("SK112")
          .title("Malformed Retry-After")
          .category(Category.PROTOCOL)
          .severity(Severity.ERROR)
          .rationale(
              "Retry-After is either a whole number of seconds or an HTTP-date; nothing else."
                  + " Clients that cannot parse it ignore it and retry on their own schedule, or"
                  + " worse, misread it (\"1.5\" read as 1, \"5s\" rejected). The grammar is"
                  + " strict so that every client reads the same wait.")
          .link("https://www.rfc-editor.org/rfc/rfc9110#section-10.2.3")
          .fix(
              "Send whole seconds (Retry-After: 120) or an IMF-fixdate (Retry-After: Wed, 21 Oct"
                  + " 2015 07:28:00 GMT).")
          .example(
              Example.flagged(
                  "A unit in Retry-After, which clients cannot read",
                  """
              GET /reports/daily HTTP/1.1

              HTTP/1.1 503 Service Unavailable
              Retry-After: 5s
              Content-Length: 0
              """))
          .example(
              Example.passing(
                  "Whole seconds and nothing else",
                  """
              GET /reports/daily HTTP/1.1

              HTTP/1.1 503 Service Unavailable
              Retry-After: 120
              Content-Length: 0
              """))
          .needs(RESPONSE_HEADERS)
          .check(ProtocolRules::checkRetryAfter);

  static final Rule NOT_MODIFIED_WITHOUT_CONDITION =
      Rule.define("SK113")
          .title("304 Not Modified to a request that was not conditional")
          .category(Category.PROTOCOL)
          .severity(Severity.ERROR)
          .rationale(
              "A 304 tells the client to reuse the copy it already has, which only makes sense"
                  + " when the client said which copy that is: a conditional GET or HEAD with"
                  + " If-None-Match or If-Modified-Since. Sent to any other request, the client"
                  + " has nothing to reuse and ends up with an empty response.")
          .link("https://www.rfc-editor.org/rfc/rfc9110#section-15.4.5")
          .fix(
              "Answer 304 only when If-None-Match or If-Modified-Since matched; otherwise send the"
                  + " full 200 response.")
          .example(
              Example.flagged(
                  "304 to a GET that named no cached copy",
                  """
              GET /users/42 HTTP/1.1

              HTTP/1.1 304 Not Modified
              ETag: "v7"
              """))
          .example(
              Example.passing(
                  "304 to a GET whose If-None-Match still matches",
                  """
              GET /users/42 HTTP/1.1
              If-None-Match: "v7"

              HTTP/1.1 304 Not Modified
              ETag: "v7"
              """))
          .needs(REQUEST_HEADERS)
          .check(ProtocolRules::checkNotModified);

  static final Rule UNREGISTERED_STATUS =
      Rule.define("SK114")
          .title("Status code not in the IANA registry")
          .category(Category.PROTOCOL)
          .severity(Severity.WARNING)
          .rationale(
              "Clients, proxies and monitoring only know the registered codes; any other code"
                  + " is read as the generic code of its class (a 460 as a plain 400) and its"
                  + " specific meaning is lost. Unofficial codes from one vendor mean something"
                  + " else, or nothing, to everyone else.")
          .link("https://www.rfc-editor.org/rfc/rfc9110#section-15")
          .fix(
              "Use the registered code that says what happened, and carry the detail in the body"
                  + " (e.g. a problem+json type).")
          .example(
              Example.flagged(
                  "A home-made 471, which clients read as a plain 400",
                  """
              POST /coupons/redeem HTTP/1.1
              Content-Type: application/json

              {"coupon": "SPRING"}

              HTTP/1.1 471 Coupon Expired
              Content-Type: application/json

              {"code": "COUPON_EXPIRED", "message": "The coupon ran out in April"}
              """))
          .example(
              Example.passing(
                  "A registered code, with the detail in the body",
                  """
              POST /coupons/redeem HTTP/1.1
              Content-Type: application/json

              {"coupon": "SPRING"}

              HTTP/1.1 422 Unprocessable Content
              Content-Type: application/json

              {"code": "COUPON_EXPIRED", "message": "The coupon ran out in April"}
              """))
          .check(ProtocolRules::checkRegistered);

  static final Rule CONTRADICTING_REASON_PHRASE =
      Rule.define("SK115")
          .title("Reason phrase that names another status code")
          .category(Category.PROTOCOL)
          .severity(Severity.WARNING)
          .rationale(
              "Clients act on the status code and ignore the reason phrase, but people reading"
                  + " logs, curl output or proxy traces read the phrase. A \"200 Not Found\" or"
                  + " \"500 OK\" misleads whoever debugs the API, and usually means the code or the"
                  + " phrase was set by hand and one of them is wrong.")
          .link("https://www.rfc-editor.org/rfc/rfc9112#section-4")
          .fix(
              "Let the framework derive the reason phrase from the code, or send the phrase that"
                  + " goes with it; if the phrase says what really happened, fix the code.")
          .example(
              Example.flagged(
                  "A success whose phrase says Not Found",
                  """
              GET /users/42 HTTP/1.1

              HTTP/1.1 200 Not Found
              Content-Type: application/json

              {"id": 42}
              """))
          .example(
              Example.passing(
                  "A phrase of the server's own that names no other code",
                  """
              GET /users/42 HTTP/1.1

              HTTP/1.1 200 Here You Go
              Content-Type: application/json

              {"id": 42}
              """))
          .needs(REASON_PHRASE)
          .check(ProtocolRules::checkReasonPhrase);

  static final Rule CONTENT_WITHOUT_TYPE =
      Rule.define("SK116")
          .title("Content without Content-Type")
          .category(Category.PROTOCOL)
          .severity(Severity.WARNING)
          .rationale(
              "Content-Type tells the client how to read the content. Without it, clients guess:"
                  + " a JSON client may refuse the body, a browser may sniff it as HTML and run"
                  + " scripts in it. A sender that generates content should say what it is.")
          .link("https://www.rfc-editor.org/rfc/rfc9110#section-8.3")
          .fix(
              "Send Content-Type with the media type of the content, e.g. Content-Type:"
                  + " application/json.")
          .example(
              Example.flagged(
                  "JSON content that does not say it is JSON",
                  """
              GET /export HTTP/1.1

              HTTP/1.1 200 OK

              {"rows": 3}
              """))
          .example(
              Example.passing(
                  "Content-Type names the media type",
                  """
              GET /export HTTP/1.1

              HTTP/1.1 200 OK
              Content-Type: application/json

              {"rows": 3}
              """))
          .needs(RESPONSE_HEADERS, RESPONSE_BODY)
          .check(ProtocolRules::checkContentType);

  static final Rule INVALID_LOCATION =
      Rule.define("SK117")
          .title("Location that is not a valid URI reference")
          .category(Category.PROTOCOL)
          .severity(Severity.ERROR)
          .rationale(
              "Location must be a URI reference, absolute or relative to the request. Browsers"
                  + " repair some broken values, but HTTP libraries often reject them, so the"
                  + " redirect or the link to the created resource works in one client and fails"
                  + " in the next.")
          .link("https://www.rfc-editor.org/rfc/rfc9110#section-10.2.2")
          .fix(
              "Percent-encode characters that may not appear in a URI (spaces as %20, non-ASCII"
                  + " as their UTF-8 bytes), use forward slashes, and give absolute URIs a host,"
                  + " e.g. Location: https://api.example.com/orders/42 or Location: /orders/42.")
          .example(
              Example.flagged(
                  "A space in Location, which a URI may not contain",
                  """
              POST /files HTTP/1.1
              Content-Type: text/plain

              Q1 figures

              HTTP/1.1 201 Created
              Location: /files/annual report.txt
              """))
          .example(
              Example.passing(
                  "The space percent-encoded",
                  """
              POST /files HTTP/1.1
              Content-Type: text/plain

              Q1 figures

              HTTP/1.1 201 Created
              Location: /files/annual%20report.txt
              """))
          .needs(RESPONSE_HEADERS)
          .check(ProtocolRules::checkLocation);

  static final Rule INCONSISTENT_RATE_LIMIT =
      Rule.define("SK118")
          .title("Inconsistent rate-limit headers")
          .category(Category.PROTOCOL)
          .severity(Severity.WARNING)
          .rationale(
              "Clients pace themselves by the rate-limit headers: they slow down as remaining"
                  + " falls and wait until the reset. A remaining count above the limit, a"
                  + " negative or non-numeric value, or a reset already in the past is nonsense to"
                  + " them, so they either keep hammering the API or stall.")
          .link("https://datatracker.ietf.org/doc/draft-ietf-httpapi-ratelimit-headers/")
          .fix(
              "Send non-negative whole numbers, remaining at most the limit, and a reset in the"
                  + " future: X-RateLimit-Reset as Unix seconds later than the Date header,"
                  + " RateLimit-Reset (and reset=) as seconds from now.")
          .example(
              Example.flagged(
                  "More requests remaining than the limit allows",
                  """
              GET /products HTTP/1.1

              HTTP/1.1 200 OK
              X-RateLimit-Limit: 100
              X-RateLimit-Remaining: 150
              Content-Type: application/json

              []
              """))
          .example(
              Example.passing(
                  "Remaining within the limit",
                  """
              GET /products HTTP/1.1

              HTTP/1.1 200 OK
              X-RateLimit-Limit: 100
              X-RateLimit-Remaining: 42
              Content-Type: application/json

              []
              """))
          .needs(RESPONSE_HEADERS)
          .check(ProtocolRules::checkRateLimit);

  static final List<Rule> ALL =
      List.of(
          CREATED_WITHOUT_LOCATION,
          REDIRECT_WITHOUT_LOCATION,
          UNAUTHORIZED_WITHOUT_CHALLENGE,
          METHOD_NOT_ALLOWED_WITHOUT_ALLOW,
          PROXY_AUTH_WITHOUT_CHALLENGE,
          PARTIAL_WITHOUT_CONTENT_RANGE,
          RANGE_NOT_SATISFIABLE_WITHOUT_CONTENT_RANGE,
          UPGRADE_REQUIRED_WITHOUT_UPGRADE,
          CONTENT_WHERE_FORBIDDEN,
          CONTENT_ON_HEAD,
          UNAVAILABLE_WITHOUT_RETRY_AFTER,
          MALFORMED_RETRY_AFTER,
          NOT_MODIFIED_WITHOUT_CONDITION,
          UNREGISTERED_STATUS,
          CONTRADICTING_REASON_PHRASE,
          CONTENT_WITHOUT_TYPE,
          INVALID_LOCATION,
          INCONSISTENT_RATE_LIMIT);

  // ---- Missing headers ----------------------------------------------------------------------

  /**
   * Adjusts the problem a missing-header rule found to the exchange: a more specific fix, more
   * context, or nothing at all where the exchange is an exception to the rule.
   */
  @FunctionalInterface
  interface Refinement {
    Optional<Problem> apply(Subject subject, Problem problem);
  }

  /**
   * A rule that flags responses with one of the codes that lack the header, or send it empty. Its
   * severity follows the registry's strength: MUST → error, SHOULD or practice → warning, MAY →
   * info; the codes must agree on it.
   */
  static Rule missingHeader(
      String id,
      String title,
      Set<Integer> codes,
      String header,
      String rationale,
      String link,
      String fix,
      Example... examples) {
    return missingHeader(
        id, title, codes, header, rationale, link, fix, (s, p) -> Optional.of(p), examples);
  }

  /** As above, with the problem refined for each exchange. */
  static Rule missingHeader(
      String id,
      String title,
      Set<Integer> codes,
      String header,
      String rationale,
      String link,
      String fix,
      Refinement refinement,
      Example... examples) {
    Map<Integer, HeaderRequirement> requirements = new TreeMap<>();
    codes.forEach(code -> requirements.put(code, requirement(code, header)));
    Set<Severity> severities =
        requirements.values().stream()
            .map(r -> Severity.forMissing(r.strength()))
            .collect(Collectors.toSet());
    if (severities.size() != 1) {
      throw new IllegalStateException(
          id + ": the registry gives " + header + " different strengths for " + codes);
    }
    return Rule.define(id)
        .title(title)
        .category(Category.PROTOCOL)
        .severity(severities.iterator().next())
        .rationale(rationale)
        .link(link)
        .fix(fix)
        .examples(List.of(examples))
        .needs(RESPONSE_HEADERS)
        .check(
            s -> {
              HeaderRequirement requirement = requirements.get(s.status());
              if (requirement == null || hasValue(s, header)) {
                return List.of();
              }
              return refinement.apply(s, missing(s, requirement)).stream().toList();
            });
  }

  private static HeaderRequirement requirement(int code, String header) {
    return StatusCodes.of(code)
        .header(header)
        .orElseThrow(() -> new IllegalStateException("registry has no " + header + " for " + code));
  }

  private static Severity severityOf(int code, String header) {
    return Severity.forMissing(requirement(code, header).strength());
  }

  /** Whether the response has the header with a non-blank value. */
  private static boolean hasValue(Subject s, String header) {
    return s.response().all(header).stream().anyMatch(v -> !v.isBlank());
  }

  private static Problem missing(Subject s, HeaderRequirement requirement) {
    String header = requirement.name();
    boolean empty = s.response().hasHeader(header);
    String why =
        requirement.strength() == Strength.PRACTICE
            ? "expected by common practice"
            : requirement.strength() + " in " + requirement.source();
    return Problem.of(
        s.response() + (empty ? " has an empty " : " has no ") + header + " header (" + why + ")",
        request(s),
        status(s),
        empty ? new Evidence(header, "(empty)") : Evidence.absent(header));
  }

  /** 301 and 302 let clients turn a POST into a GET; for unsafe methods name the exact codes. */
  private static Optional<Problem> redirectFix(Subject s, Problem p) {
    String method = s.request().method();
    if ((s.status() == 301 || s.status() == 302) && !s.request().isSafe()) {
      return Optional.of(
          p.withFix(
              "Send Location with the URI to go to. Since this answers a "
                  + method
                  + ", say which way: 303 See Other to have the client GET the result at"
                  + " Location, or "
                  + (s.status() == 301 ? "308" : "307")
                  + " to have it repeat the "
                  + method
                  + " there; many clients turn a "
                  + method
                  + " into a GET on "
                  + s.status()
                  + "."));
    }
    return Optional.of(p);
  }

  /** Authentication schemes from the IANA registry, safe to name: a scheme is not a secret. */
  private static final Set<String> AUTH_SCHEMES =
      Set.of("basic", "bearer", "digest", "dpop", "hoba", "mutual", "negotiate", "scram-sha-256");

  /** When the client sent credentials of a known scheme, the challenge should name that scheme. */
  private static Optional<Problem> challengeFix(Subject s, Problem p) {
    Optional<String> scheme =
        s.request()
            .header("Authorization")
            .map(v -> v.split(" ", 2)[0])
            .filter(v -> AUTH_SCHEMES.contains(v.toLowerCase(Locale.ROOT)));
    if (scheme.isEmpty()) {
      return Optional.of(p);
    }
    String name = scheme.get();
    // RFC 6750 §3.1: a bearer token that was sent and refused is answered with invalid_token.
    String challenge =
        name.equalsIgnoreCase("bearer")
            ? "Bearer realm=\"api\", error=\"invalid_token\""
            : name + " realm=\"api\"";
    return Optional.of(
        p.withFix(
            "The request sent "
                + name
                + " credentials and they were refused: say so with WWW-Authenticate: "
                + challenge
                + "."));
  }

  /** RFC 9110 §15.3.7.2: in multipart/byteranges each part carries its own Content-Range. */
  private static Optional<Problem> unlessMultipartByteranges(Subject s, Problem p) {
    boolean multipart = s.response().mediaType().filter("multipart/byteranges"::equals).isPresent();
    return multipart ? Optional.empty() : Optional.of(p);
  }

  private static final Pattern BYTES_RANGE = Pattern.compile("(?i)bytes=.*");

  /** The registry asks for Content-Range on 416 for byte ranges; other range units say nothing. */
  private static Optional<Problem> unlessOtherRangeUnit(Subject s, Problem p) {
    boolean otherUnit =
        s.request().header("Range").filter(r -> !BYTES_RANGE.matcher(r).matches()).isPresent();
    return otherUnit ? Optional.empty() : Optional.of(p);
  }

  /** For 429 the client may learn the reset from a rate-limit header; say so, but ask for both. */
  private static Optional<Problem> noteRateLimitReset(Subject s, Problem p) {
    if (s.status() != 429) {
      return Optional.of(p);
    }
    Optional<String> reset = RESET_HEADERS.stream().filter(h -> hasValue(s, h)).findFirst();
    if (reset.isEmpty()) {
      return Optional.of(p);
    }
    String name = reset.get();
    List<Evidence> evidence = new ArrayList<>(p.evidence());
    evidence.add(Evidence.header(name, s.response().header(name).orElse("")));
    return Optional.of(
        new Problem(
                p.message()
                    + "; its "
                    + name
                    + " header tells when the quota resets, but only clients that know that"
                    + " convention read it",
                evidence,
                Optional.empty())
            .withFix(
                "Keep "
                    + name
                    + " and add Retry-After with the seconds until the quota resets (e.g."
                    + " Retry-After: 30): generic HTTP clients and retry libraries read only"
                    + " Retry-After."));
  }

  // ---- SK104 Allow --------------------------------------------------------------------------

  private static List<Problem> checkAllow(Subject s) {
    if (s.status() != 405) {
      return List.of();
    }
    List<String> values = s.response().all("Allow");
    if (values.isEmpty()) {
      return List.of(missing(s, requirement(405, "Allow")));
    }
    // An empty Allow is valid: the resource supports no method at all (RFC 9110 §10.2.1).
    String method = s.request().method();
    boolean listsRefused =
        values.stream()
            .flatMap(v -> Arrays.stream(v.split(",")))
            .map(String::strip)
            .anyMatch(m -> m.equalsIgnoreCase(method));
    if (!listsRefused) {
      return List.of();
    }
    String allow = String.join(", ", values);
    return List.of(
        Problem.of(
                s.response()
                    + " refuses "
                    + method
                    + ", yet its Allow header lists "
                    + method
                    + " as supported",
                request(s),
                status(s),
                Evidence.header("Allow", allow))
            .withFix(
                "Make the two agree: if "
                    + method
                    + " is supported, handle it instead of answering 405; if not, remove it"
                    + " from Allow."));
  }

  // ---- SK112 Retry-After --------------------------------------------------------------------

  private static final Pattern DELTA_SECONDS = Pattern.compile("\\d+");

  private static List<Problem> checkRetryAfter(Subject s) {
    List<Problem> problems = new ArrayList<>();
    for (String value : s.response().all("Retry-After")) {
      if (isRetryAfter(value)) {
        continue;
      }
      Problem p =
          Problem.of(
              s.response()
                  + " has a Retry-After that is neither whole seconds nor an HTTP-date: "
                  + (value.isEmpty() ? "it is empty" : "'" + value + "'"),
              request(s),
              status(s),
              value.isEmpty()
                  ? new Evidence("Retry-After", "(empty)")
                  : Evidence.header("Retry-After", value));
      problems.add(retryAfterFix(value).map(p::withFix).orElse(p));
    }
    return problems;
  }

  /** RFC 9110 §10.2.3: Retry-After = HTTP-date / delay-seconds, and delay-seconds = 1*DIGIT. */
  private static boolean isRetryAfter(String value) {
    return DELTA_SECONDS.matcher(value).matches() || HttpDate.parse(value).isPresent();
  }

  private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");
  private static final Pattern SECONDS_WITH_UNIT =
      Pattern.compile("(\\d+)\\s*(s|sec|secs|seconds)");

  /** The value this Retry-After most likely meant, in the right form. */
  private static Optional<String> retryAfterFix(String value) {
    if (NUMBER.matcher(value).matches()) {
      BigDecimal n = new BigDecimal(value);
      if (n.signum() < 0) {
        return Optional.of("A wait cannot be negative: send Retry-After: 0 or the real delay.");
      }
      // Round up: waiting a fraction longer is harmless, retrying too early is not.
      BigDecimal whole = n.setScale(0, RoundingMode.CEILING);
      return Optional.of("Send whole seconds, rounded up: Retry-After: " + whole.toPlainString());
    }
    var unit = SECONDS_WITH_UNIT.matcher(value.toLowerCase(Locale.ROOT));
    if (unit.matches()) {
      return Optional.of("Send the number alone, without a unit: Retry-After: " + unit.group(1));
    }
    try {
      Instant at = OffsetDateTime.parse(value).toInstant();
      return Optional.of(
          "Send dates as IMF-fixdate, not ISO 8601: Retry-After: " + HttpDate.format(at));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  // ---- SK113 304 ----------------------------------------------------------------------------

  private static List<Problem> checkNotModified(Subject s) {
    if (s.status() != 304) {
      return List.of();
    }
    String method = s.request().method();
    if (!method.equals("GET") && !method.equals("HEAD")) {
      // RFC 9110 §13.1.2: for other methods a failed If-None-Match is 412, never 304.
      return List.of(
          Problem.of(
                  s.response() + " answers " + method + ", but 304 only answers GET or HEAD",
                  request(s),
                  status(s))
              .withFix(
                  "Answer a failed precondition on "
                      + method
                      + " with 412 Precondition Failed; use 304 only for conditional GET and"
                      + " HEAD."));
    }
    boolean conditional =
        s.request().header("If-None-Match").isPresent()
            || s.request().header("If-Modified-Since").isPresent();
    if (conditional) {
      return List.of();
    }
    return List.of(
        Problem.of(
            s.response()
                + " answers a "
                + method
                + " that had neither If-None-Match nor If-Modified-Since, so the client has no"
                + " copy to reuse",
            request(s),
            status(s),
            new Evidence("If-None-Match", "(absent from the request)"),
            new Evidence("If-Modified-Since", "(absent from the request)")));
  }

  // ---- SK114 registry -----------------------------------------------------------------------

  private static List<Problem> checkRegistered(Subject s) {
    StatusCode code = s.code();
    if (code.isRegistered()) {
      return List.of();
    }
    int generic = code.statusClass().generic();
    String fallback = " Clients that do not know it treat it as " + StatusCodes.of(generic) + ".";
    String message =
        code.origin()
                .map(
                    origin ->
                        s.status()
                            + " is not in the IANA registry: "
                            + origin
                            + " uses it unofficially for "
                            + code.phrase()
                            + ". "
                            + code.summary()
                            + ".")
                .orElse(
                    s.status()
                        + " is not assigned in the IANA registry and has no meaning of its own.")
            + fallback;
    List<Evidence> evidence = new ArrayList<>(List.of(request(s), status(s)));
    evidence.add(new Evidence("registry", code.standing().label()));
    code.origin().ifPresent(o -> evidence.add(new Evidence("origin", o)));
    Problem p = new Problem(message, evidence, Optional.empty());
    List<String> instead =
        code.related().stream()
            .map(StatusCodes::of)
            .filter(StatusCode::isRegistered)
            .limit(2)
            .map(StatusCode::toString)
            .toList();
    return List.of(
        instead.isEmpty()
            ? p
            : p.withFix(
                "If this is your API's answer, use a registered code such as "
                    + String.join(" or ", instead)
                    + " and carry the detail in the body."));
  }

  // ---- SK115 reason phrase ------------------------------------------------------------------

  private static List<Problem> checkReasonPhrase(Subject s) {
    String reason = s.response().reason().orElse("").strip();
    if (reason.isEmpty() || s.code().isKnownPhrase(reason)) {
      return List.of();
    }
    // Only registered codes count: unofficial phrases ("Invalid Token", "No Response") are also
    // words a server may well choose as its own phrase for a code that means something close.
    List<StatusCode> named =
        StatusCodes.registered().stream()
            .filter(c -> c.code() != s.status() && c.isKnownPhrase(reason))
            .toList();
    if (named.isEmpty()) {
      return List.of();
    }
    String names = named.stream().map(StatusCode::toString).collect(Collectors.joining(" or "));
    // An unassigned code has no name of its own to suggest.
    String own = s.code().isRegistered() ? s.code().toString() : String.valueOf(s.status());
    return List.of(
        Problem.of(
                "The reason phrase '" + reason + "' names " + names + ", but the status is " + own,
                request(s),
                new Evidence("status", s.status() + " " + reason),
                new Evidence("registry", s.code().toString()))
            .withFix(
                "Send "
                    + own
                    + " if that is what happened, or "
                    + named.get(0)
                    + " if the phrase is; letting the framework set the phrase keeps the two"
                    + " in step."));
  }

  // ---- SK116 Content-Type -------------------------------------------------------------------

  private static List<Problem> checkContentType(Subject s) {
    if (!s.response().hasBody()
        || !s.code().bodyAllowed()
        || s.request().method().equals("HEAD")
        || s.response().mediaType().isPresent()) {
      return List.of();
    }
    boolean empty = s.response().hasHeader("Content-Type");
    Problem p =
        Problem.of(
            s.response()
                + " carries "
                + sizeOf(s)
                + " of content "
                + (empty ? "with an empty Content-Type" : "without Content-Type"),
            request(s),
            status(s),
            empty ? new Evidence("Content-Type", "(empty)") : Evidence.absent("Content-Type"),
            body(s));
    return List.of(guessType(s).map(p::withFix).orElse(p));
  }

  private static Optional<String> guessType(Subject s) {
    String text = s.response().body().map(Body::text).orElse("").stripLeading();
    String lower = text.toLowerCase(Locale.ROOT);
    String type;
    if (text.startsWith("{") || text.startsWith("[")) {
      type = "application/json";
    } else if (lower.startsWith("<!doctype html") || lower.startsWith("<html")) {
      type = "text/html; charset=utf-8";
    } else if (lower.startsWith("<?xml")) {
      type = "application/xml";
    } else {
      return Optional.empty();
    }
    return Optional.of("The content looks like " + type + ": send Content-Type: " + type + ".");
  }

  // ---- SK117 Location -----------------------------------------------------------------------

  private static List<Problem> checkLocation(Subject s) {
    List<Problem> problems = new ArrayList<>();
    for (String value : s.response().all("Location")) {
      // An empty Location is a valid (if useless) reference; SK101/SK102 flag it where it counts.
      UriReference.problem(value)
          .ifPresent(
              why ->
                  problems.add(
                      Problem.of(
                          "Location '" + value + "' is not a valid URI reference: " + why,
                          request(s),
                          status(s),
                          Evidence.header("Location", value))));
    }
    return problems;
  }

  // ---- SK118 rate limits --------------------------------------------------------------------

  private static List<Problem> checkRateLimit(Subject s) {
    Headers headers = s.response().headers().orElseThrow();
    return RateLimitFields.check(headers).stream()
        .map(
            i -> {
              List<Evidence> evidence = new ArrayList<>(List.of(request(s), status(s)));
              i.fields()
                  .forEach(f -> evidence.add(Evidence.header(f, headers.first(f).orElse(""))));
              return new Problem(s.response() + ": " + i.what(), evidence, Optional.empty());
            })
        .toList();
  }

  private static String sizeOf(Subject s) {
    long size = s.response().body().map(Body::size).orElse(0L);
    return size == 1 ? "1 byte" : size + " bytes";
  }
}
