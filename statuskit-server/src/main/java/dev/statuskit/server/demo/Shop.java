package dev.statuskit.server.demo;

import com.fasterxml.jackson.databind.JsonNode;
import dev.statuskit.exchange.Headers;
import dev.statuskit.server.demo.ProblemDetails.FieldError;
import dev.statuskit.server.demo.ShopData.Line;
import dev.statuskit.server.demo.ShopData.Price;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The demo shop's handlers, one per endpoint. The first group does everything right, but for three
 * planted branches (a discontinued product, an empty search, an expired coupon); the second group
 * carries the other planted mistakes. Each is marked with the rule that should catch it. Behaviour
 * around the handlers (authentication, methods, HEAD, OPTIONS, conditional requests) is the {@link
 * Dispatcher}'s.
 */
final class Shop {
  private Shop() {}

  /** The session cookie /account looks for; the API itself never hands one out. */
  static final String SESSION_COOKIE = "session=demo-session";

  // ---- done right ----------------------------------------------------------------------------

  static Reply products(Call call) {
    return Reply.json(200, page(ShopData.PRODUCTS)).tagged();
  }

  static Reply product(Call call) {
    String id = call.param("id");
    if (id.equals(String.valueOf(ShopData.DISCONTINUED_PRODUCT))) {
      // Planted SK301: Gone is the right code, but the client learns nothing more.
      return Reply.empty(410);
    }
    return ShopData.product(id)
        .map(p -> Reply.json(200, p).tagged())
        .orElseGet(() -> call.problem(404, "product_not_found", "No product has id " + id + "."));
  }

  static Reply orders(Call call) {
    return Reply.json(200, page(ShopData.ORDERS)).tagged();
  }

  static Reply order(Call call) {
    String id = call.param("id");
    return ShopData.order(id)
        .map(o -> Reply.json(200, o).tagged())
        .orElseGet(() -> call.problem(404, "order_not_found", "No order has id " + id + "."));
  }

  /** The catalogue moved for good; 301 with Location (RFC 9110 §15.4.2). */
  static Reply catalogMoved(Call call) {
    return Reply.empty(301).with("Location", "/products");
  }

  static Reply search(Call call) {
    String q = call.query("q").map(String::strip).orElse("");
    if (q.isEmpty()) {
      // Planted SK303 and SK306: a message, but no machine-readable code, and no word on which
      // input is wrong.
      return Reply.json(
          400,
          ordered("success", false, "message", "Validation failed: a search term is required."));
    }
    String needle = q.toLowerCase(Locale.ROOT);
    List<ShopData.Product> hits =
        ShopData.PRODUCTS.stream()
            .filter(p -> p.name().toLowerCase(Locale.ROOT).contains(needle))
            .toList();
    return Reply.json(200, ordered("query", q, "items", hits, "count", hits.size())).tagged();
  }

  static Reply coupon(Call call) {
    String code = call.param("code");
    if (code.equals(ShopData.VALID_COUPON.code())) {
      return Reply.json(200, ShopData.VALID_COUPON).tagged();
    }
    if (code.equals(ShopData.EXPIRED_COUPON.code())) {
      // Planted SK304: 410 on the wire, but the problem's "status" still says 404.
      Map<String, Object> body =
          ProblemDetails.body(
              call, 410, "coupon_expired", "Coupon " + code + " expired on 2021-03-01.", List.of());
      body.put("status", 404);
      return new Reply(410, Headers.of("Content-Type", Reply.PROBLEM_JSON), Json.bytes(body));
    }
    return call.problem(404, "coupon_not_found", "No coupon has the code " + code + ".");
  }

  /**
   * Takes JSON only: 415 for another media type, 400 for broken JSON, 422 for a body without a
   * payment token. The demo never takes an order, so a complete body is declined with 422 too.
   */
  static Reply checkout(Call call) {
    boolean json =
        call.headers()
            .mediaType()
            .map(t -> t.equals("application/json") || t.endsWith("+json"))
            .orElse(false);
    if (!json) {
      return call.problem(415, "unsupported_media_type", "Send the checkout as application/json.")
          .with("Accept", Reply.JSON);
    }
    Optional<JsonNode> body = Json.parse(call.body());
    if (body.isEmpty()) {
      return call.invalid(
          400,
          "malformed_json",
          "The body is not valid JSON.",
          List.of(new FieldError("", "not valid JSON")));
    }
    JsonNode token = body.get().path("paymentToken");
    if (!token.isTextual() || token.asText().isBlank()) {
      return call.invalid(
          422,
          "payment_token_missing",
          "A checkout needs a payment token.",
          List.of(new FieldError("/paymentToken", "required: a non-empty string")));
    }
    return call.invalid(
        422,
        "payment_declined",
        "The demo shop declines every payment; nothing was charged.",
        List.of(new FieldError("/paymentToken", "the demo accepts no payment token")));
  }

  // ---- planted mistakes ----------------------------------------------------------------------

  /** Planted SK403 and SK201: an unknown id answers 200 with an error in the body. */
  static Reply customer(Call call) {
    return ShopData.customer(call.param("id"))
        .map(c -> Reply.json(200, c).tagged())
        .orElseGet(() -> Reply.json(200, ordered("success", false, "error", "Customer not found")));
  }

  /** Behind the quirk FORBIDDEN_WITHOUT_CREDENTIALS (SK401); itself correct. */
  static Reply adminStats(Call call) {
    return Reply.json(
            200,
            ordered(
                "products",
                ShopData.PRODUCTS.size(),
                "orders",
                ShopData.ORDERS.size(),
                "customers",
                ShopData.CUSTOMERS.size()))
        .tagged();
  }

  /**
   * Planted SK103: checks a session cookie of its own instead of the bearer token, and its 401
   * forgets the WWW-Authenticate challenge that tells the client how to authenticate.
   */
  static Reply account(Call call) {
    boolean signedIn =
        call.headers().all("Cookie").stream()
            .flatMap(v -> List.of(v.split(";")).stream())
            .anyMatch(c -> c.strip().equals(SESSION_COOKIE));
    if (!signedIn) {
      return call.problem(401, "session_required", "Sign in to see your account.");
    }
    return Reply.json(200, ShopData.CUSTOMERS.get(0)).tagged();
  }

  /** Planted SK307, SK302 (and SK305 with the quirk NO_REQUEST_ID): a raw crash report. */
  static Reply exportReport(Call call) {
    return Reply.text(500, Optional.of("text/plain; charset=utf-8"), CRASH);
  }

  /**
   * Planted SK102: a redirect that does not say where to. A 301 rather than a 302, because the
   * JDK's server writes 302 with the reason phrase "Temporary Redirect" (307's), which would add an
   * SK115 finding that depends on the JDK's phrase table.
   */
  static Reply legacyCatalog(Call call) {
    return Reply.empty(301);
  }

  /** Planted SK111 and SK118: no Retry-After, and more requests "remaining" than the limit. */
  static Reply deals(Call call) {
    return call.problem(429, "rate_limited", "Too many requests for flash deals; slow down.")
        .with("X-RateLimit-Limit", "100")
        .with("X-RateLimit-Remaining", "250");
  }

  /** Planted SK112: Retry-After must be seconds or an HTTP-date (RFC 9110 §10.2.3). */
  static Reply recommendations(Call call) {
    return call.problem(
            503, "recommendations_unavailable", "The recommendation engine is warming up.")
        .with("Retry-After", "soon");
  }

  /** Planted SK114: a status code of the team's own invention. */
  static Reply shippingQuote(Call call) {
    return Reply.json(
        299,
        ordered(
            "carrier",
            "DemoPost",
            "price",
            Price.euros("4.90"),
            "note",
            "an estimate only; 299 is our code for 'estimate'"));
  }

  /** Planted SK116: a body, but no Content-Type to say what it is. */
  static Reply faq(Call call) {
    return Reply.text(200, Optional.empty(), FAQ);
  }

  /** Planted SK201: the body reports a failure the status code hides. */
  static Reply paymentStatus(Call call) {
    return Reply.json(
        200,
        ordered("provider", "demo-pay", "status", 503, "message", "Payment provider unavailable."));
  }

  /** Behind the quirk IGNORES_IF_NONE_MATCH (SK404). */
  static Reply categories(Call call) {
    return Reply.json(200, page(ShopData.categories())).tagged();
  }

  /** Behind the quirk HEAD_NOT_FOUND (SK405). */
  static Reply brands(Call call) {
    return Reply.json(200, page(ShopData.brands())).tagged();
  }

  /** Behind the quirk WRONG_METHOD_NOT_FOUND (SK402). */
  static Reply stores(Call call) {
    return Reply.json(200, page(ShopData.STORES)).tagged();
  }

  /** Behind the quirk OPTIONS_FAILS (SK406). */
  static Reply cart(Call call) {
    List<Line> lines = ShopData.CART;
    return Reply.json(200, ordered("lines", lines, "total", Price.euros("18.00"))).tagged();
  }

  // ---- helpers -------------------------------------------------------------------------------

  private static Map<String, Object> page(List<?> items) {
    return ordered("items", items, "count", items.size());
  }

  /** A JSON object with its members in the order given. */
  private static Map<String, Object> ordered(Object... namesAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      map.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return map;
  }

  private static final String FAQ =
      """
      Do you ship abroad? Yes, to the whole EU.
      Can I return a mug? Within 30 days, unused.
      """;

  /** What a careless error handler prints: a made-up but typical Java trace with an SQL cause. */
  private static final String CRASH =
      """
      java.lang.IllegalStateException: report template 'orders-monthly' could not be loaded
      \tat com.example.shop.reports.ReportService.export(ReportService.java:87)
      \tat com.example.shop.api.ReportsController.export(ReportsController.java:41)
      \tat java.base/jdk.internal.reflect.NativeMethodAccessorImpl.invoke0(Native Method)
      \tat java.base/java.lang.reflect.Method.invoke(Method.java:568)
      Caused by: java.sql.SQLSyntaxErrorException: Table 'shop.report_templates' doesn't exist
      \tat com.mysql.cj.jdbc.exceptions.SQLError.createSQLException(SQLError.java:120)
      \tat com.example.shop.reports.TemplateRepository.find(TemplateRepository.java:33)
      \t... 12 more
      """;
}
