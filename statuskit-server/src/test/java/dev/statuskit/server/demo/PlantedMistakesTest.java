package dev.statuskit.server.demo;

import static dev.statuskit.server.demo.Client.request;
import static dev.statuskit.server.demo.CorrectEndpointsTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each planted mistake is made exactly as planted, and everything else about its endpoint is right,
 * so that it triggers its own rule and nothing more.
 */
class PlantedMistakesTest {
  private static DemoApi demo;
  private static Client client;

  @BeforeAll
  static void start() {
    demo = DemoApi.start();
    client = new Client(demo);
  }

  @AfterAll
  static void stop() {
    demo.close();
  }

  @Test
  void discontinuedProductIsGoneWithoutABody() { // SK301
    HttpResponse<String> r = client.get("/products/99");
    assertThat(r.statusCode()).isEqualTo(410);
    assertThat(r.body()).isEmpty();
    assertThat(r.headers().firstValue("Content-Type")).isEmpty();
    assertThat(r.headers().firstValue("X-Request-Id")).isPresent();
  }

  @Test
  void emptySearchGetsAnErrorWithoutCodeOrFields() { // SK303, SK306
    for (String path : new String[] {"/search?q=", "/search?q=++", "/search"}) {
      HttpResponse<String> r = client.get(path);
      assertThat(r.statusCode()).as(path).isEqualTo(400);
      assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json");
      JsonNode body = Demo.json(r.body());
      assertThat(body.path("message").asText()).startsWith("Validation failed");
      assertThat(body.fieldNames()).toIterable().containsExactly("success", "message");
      assertThat(r.headers().firstValue("X-Request-Id")).isPresent();
    }
  }

  @Test
  void expiredCouponsProblemContradictsItsStatus() { // SK304
    HttpResponse<String> r = client.get("/coupons/WINTER21");
    assertThat(r.statusCode()).isEqualTo(410);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonNode problem = Demo.json(r.body());
    assertThat(problem.path("status").asInt()).isEqualTo(404);
    assertThat(problem.path("code").asText()).isEqualTo("coupon_expired");
    assertThat(problem.path("title").asText()).isEqualTo("Gone");
    assertThat(problem.path("requestId").asText())
        .isEqualTo(r.headers().firstValue("X-Request-Id").orElseThrow());
  }

  @Test
  void unknownCustomerIsA200WithAnErrorInside() { // SK403, SK201
    assertThat(Demo.json(client.get("/customers/1").body()).path("name").asText())
        .isEqualTo("Ada Lovelace");
    HttpResponse<String> r = client.get("/customers/777");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(r.headers().firstValue("ETag")).isEmpty();
    JsonNode body = Demo.json(r.body());
    assertThat(body.path("success").asBoolean(true)).isFalse();
    assertThat(body.path("error").asText()).isEqualTo("Customer not found");
  }

  @Test
  void adminStatsForbidsWhereItShouldChallenge() { // SK401
    HttpResponse<String> anonymous =
        client.send(request("GET", "/admin/stats").withoutCredentials());
    assertProblem(anonymous, 403, "forbidden");
    assertThat(anonymous.headers().firstValue("WWW-Authenticate")).isEmpty();
    HttpResponse<String> signedIn = client.get("/admin/stats");
    assertThat(signedIn.statusCode()).isEqualTo(200);
    assertThat(Demo.json(signedIn.body()).path("products").asInt()).isEqualTo(5);
  }

  @Test
  void accountAnswers401WithoutAChallenge() { // SK103
    for (Client.Request call :
        new Client.Request[] {
          request("GET", "/account"), request("GET", "/account").withoutCredentials()
        }) {
      HttpResponse<String> r = client.send(call);
      assertProblem(r, 401, "session_required");
      assertThat(r.headers().firstValue("WWW-Authenticate")).isEmpty();
    }
    HttpResponse<String> withSession =
        client.send(
            request("GET", "/account").header("Cookie", "theme=dark; session=demo-session"));
    assertThat(withSession.statusCode()).isEqualTo(200);
  }

  @Test
  void reportExportLeaksAStackTraceAsPlainText() { // SK307, SK302, SK305
    HttpResponse<String> r = client.get("/reports/export");
    assertThat(r.statusCode()).isEqualTo(500);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("text/plain; charset=utf-8");
    assertThat(r.body())
        .contains("java.lang.IllegalStateException")
        .contains("\tat com.example.shop.reports.ReportService.export(ReportService.java:87)")
        .contains("SQLSyntaxErrorException");
    assertThat(r.headers().firstValue("X-Request-Id")).isEmpty();
    assertThat(r.body()).doesNotContain("demo-0");
  }

  @Test
  void legacyCatalogueRedirectsNowhere() { // SK102
    HttpResponse<String> r = client.get("/legacy/catalog");
    assertThat(r.statusCode()).isEqualTo(301);
    assertThat(r.headers().firstValue("Location")).isEmpty();
    assertThat(r.body()).isEmpty();
  }

  @Test
  void dealsAreRateLimitedInconsistently() { // SK111, SK118
    HttpResponse<String> r = client.get("/deals");
    assertProblem(r, 429, "rate_limited");
    assertThat(r.headers().firstValue("Retry-After")).isEmpty();
    assertThat(r.headers().firstValue("X-RateLimit-Limit")).hasValue("100");
    assertThat(r.headers().firstValue("X-RateLimit-Remaining")).hasValue("250");
  }

  @Test
  void recommendationsRetryAfterIsNotADelay() { // SK112
    HttpResponse<String> r = client.get("/recommendations");
    assertProblem(r, 503, "recommendations_unavailable");
    assertThat(r.headers().firstValue("Retry-After")).hasValue("soon");
  }

  @Test
  void shippingQuoteUsesAnInventedCode() { // SK114
    HttpResponse<String> r = client.get("/shipping/quote");
    assertThat(r.statusCode()).isEqualTo(299);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(Demo.json(r.body()).path("carrier").asText()).isEqualTo("DemoPost");
  }

  @Test
  void faqHasNoContentType() { // SK116
    HttpResponse<String> r = client.get("/faq");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).startsWith("Do you ship abroad?");
    assertThat(r.headers().firstValue("Content-Type")).isEmpty();
  }

  @Test
  void checkoutRefusesGetWithoutSayingWhatWorks() { // SK104
    HttpResponse<String> r = client.get("/checkout");
    assertProblem(r, 405, "method_not_allowed");
    assertThat(r.headers().firstValue("Allow")).isEmpty();
    HttpResponse<String> options = client.send("OPTIONS", "/checkout");
    assertThat(options.statusCode()).isEqualTo(204);
    assertThat(options.headers().firstValue("Allow")).hasValue("POST, OPTIONS");
  }

  @Test
  void paymentStatusHidesAnOutageBehind200() { // SK201
    HttpResponse<String> r = client.get("/payments/status");
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode body = Demo.json(r.body());
    assertThat(body.path("status").asInt()).isEqualTo(503);
    assertThat(body.path("message").asText()).isEqualTo("Payment provider unavailable.");
  }

  @Test
  void categoriesIgnoreIfNoneMatch() { // SK404
    HttpResponse<String> first = client.get("/categories");
    String etag = first.headers().firstValue("ETag").orElseThrow();
    HttpResponse<String> again =
        client.send(request("GET", "/categories").header("If-None-Match", etag));
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(again.headers().firstValue("ETag")).hasValue(etag);
    assertThat(again.body()).isEqualTo(first.body());
  }

  @Test
  void brandsBreakHead() { // SK405
    assertThat(client.get("/brands").statusCode()).isEqualTo(200);
    HttpResponse<String> head = client.send("HEAD", "/brands");
    assertThat(head.statusCode()).isEqualTo(404);
    assertThat(head.body()).isEmpty();
  }

  @Test
  void storesAnswerWrongMethodsWith404() { // SK402
    assertThat(client.get("/stores").statusCode()).isEqualTo(200);
    HttpResponse<String> trace = client.send("TRACE", "/stores");
    assertProblem(trace, 404, "not_found");
    assertThat(trace.headers().firstValue("Allow")).isEmpty();
    assertThat(client.send("OPTIONS", "/stores").headers().firstValue("Allow"))
        .hasValue("GET, HEAD, OPTIONS");
  }

  @Test
  void cartOptionsFails() { // SK406
    assertThat(client.get("/cart").statusCode()).isEqualTo(200);
    HttpResponse<String> r = client.send("OPTIONS", "/cart");
    assertProblem(r, 500, "internal_error");
    assertThat(r.headers().firstValue("Allow")).isEmpty();
  }

  @Test
  void mistakenEndpointsAreOtherwiseRight() {
    for (String path :
        new String[] {"/admin/stats", "/categories", "/brands", "/stores", "/cart"}) {
      HttpResponse<String> anonymous = client.send(request("GET", path).withoutCredentials());
      assertThat(anonymous.statusCode()).as(path).isIn(401, 403);
      HttpResponse<String> trace = client.send("TRACE", path);
      assertThat(trace.statusCode()).as(path).isIn(404, 405);
    }
    assertThat(client.send(request("GET", "/faq").withoutCredentials()).statusCode())
        .isEqualTo(401);
    assertThat(client.send("TRACE", "/customers/1").headers().firstValue("Allow"))
        .hasValue("GET, HEAD, OPTIONS");
    assertThat(client.get("/customers/2").headers().firstValue("ETag")).isPresent();
  }
}
