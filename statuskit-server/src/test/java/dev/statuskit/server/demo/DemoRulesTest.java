package dev.statuskit.server.demo;

import static dev.statuskit.server.demo.Client.request;
import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.exchange.Exchange;
import dev.statuskit.rules.Finding;
import dev.statuskit.rules.Rules;
import dev.statuskit.rules.Verdict;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rule catalogue on the demo's real responses: every planted passive mistake (SK1xx, SK2xx,
 * SK3xx) is reported on the exchange that shows it, and nothing else is, on any endpoint. The probe
 * rules (SK4xx) belong to statuskit-probe and are not run here.
 */
class DemoRulesTest {
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

  /** The passive findings each planted endpoint's exchanges must get, and no others. */
  static Stream<Arguments> mistakes() {
    return Stream.of(
        expect("GET", "/products/99", "SK301"),
        expect("GET", "/search?q=", "SK303", "SK306"),
        expect("GET", "/coupons/WINTER21", "SK304"),
        expect("GET", "/customers/1"),
        expect("GET", "/customers/777", "SK201"), // what the unknown-id probe of /customers/1 sees
        expect("GET", "/admin/stats"),
        expect("GET", "/account", "SK103"),
        expect("GET", "/reports/export", "SK302", "SK305", "SK307"),
        expect("GET", "/legacy/catalog", "SK102"),
        expect("GET", "/deals", "SK111", "SK118"),
        expect("GET", "/recommendations", "SK112"),
        expect("GET", "/shipping/quote", "SK114"),
        expect("GET", "/faq", "SK116"),
        expect("GET", "/checkout", "SK104"),
        expect("GET", "/payments/status", "SK201"),
        expect("GET", "/categories"),
        expect("GET", "/brands"),
        expect("HEAD", "/brands"), // 404 to HEAD: wrong (SK405), but bodiless as HEAD must be
        expect("GET", "/stores"),
        expect("TRACE", "/stores"),
        expect("GET", "/cart"),
        expect("OPTIONS", "/cart"));
  }

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @MethodSource("mistakes")
  void reportsThePlantedMistakesAndNothingElse(String method, String path, Set<String> rules) {
    Exchange exchange = exchange(request(method, path));
    assertThat(ruleIds(exchange)).as(describe(exchange)).isEqualTo(rules);
  }

  @Test
  void theTableCoversEveryPlantedPassiveMistake() {
    Map<String, Set<String>> expected = new java.util.HashMap<>();
    mistakes()
        .forEach(
            a -> {
              String path = (String) a.get()[1];
              @SuppressWarnings("unchecked")
              Set<String> rules = (Set<String>) a.get()[2];
              // The unknown-id probe's exchange counts for the path it probes.
              String probed = path.equals("/customers/777") ? "/customers/1" : path;
              expected.computeIfAbsent(probed, k -> new TreeSet<>()).addAll(rules);
            });
    Map<String, Set<String>> planted =
        DemoApi.plantedMistakes().stream()
            .filter(m -> m.ruleId().compareTo("SK400") < 0)
            .collect(
                Collectors.groupingBy(
                    PlantedMistake::path,
                    Collectors.mapping(
                        PlantedMistake::ruleId, Collectors.toCollection(TreeSet::new))));
    expected.values().removeIf(Set::isEmpty);
    assertThat(expected).isEqualTo(planted);
  }

  @Test
  void findsNothingOnTheEndpointsDoneRight() {
    List<String> noisy = new ArrayList<>();
    for (String path : Demo.correctPaths(demo)) {
      String etag = client.get(path).headers().firstValue("ETag").orElse("\"none\"");
      List<Client.Request> requests =
          List.of(
              request("GET", path),
              request("HEAD", path),
              request("OPTIONS", path),
              request("OPTIONS", path).withoutCredentials(),
              request("TRACE", path),
              request("GET", path).withoutCredentials(),
              request("GET", path).withoutCredentials().header("Authorization", "Bearer nope"),
              request("GET", path).header("If-None-Match", etag),
              request("HEAD", path).header("If-None-Match", etag));
      for (Client.Request r : requests) {
        Exchange exchange = exchange(r);
        if (!ruleIds(exchange).isEmpty()) {
          noisy.add(describe(exchange));
        }
      }
    }
    for (String unknown : List.of("/products/12345", "/orders/12345", "/coupons/NOPE", "/none")) {
      for (String method : List.of("GET", "HEAD")) {
        Exchange exchange = exchange(request(method, unknown));
        if (!ruleIds(exchange).isEmpty()) {
          noisy.add(describe(exchange));
        }
      }
    }
    assertThat(noisy).isEmpty();
  }

  @Test
  void findsNothingOnTheCheckoutsAnswersToBadBodies() {
    List<Client.Request> requests =
        List.of(
            request("POST", "/checkout").body("text/plain", "hi"),
            request("POST", "/checkout").body("application/json", "{\"paymentToken\":"),
            request("POST", "/checkout").body("application/json", "{}"),
            request("POST", "/checkout").body("application/json", "{\"paymentToken\":\"t\"}"));
    for (Client.Request r : requests) {
      Exchange exchange = exchange(r);
      assertThat(ruleIds(exchange)).as(describe(exchange)).isEmpty();
    }
  }

  private static Arguments expect(String method, String path, String... rules) {
    return Arguments.of(method, path, new TreeSet<>(List.of(rules)));
  }

  private static Exchange exchange(Client.Request request) {
    HttpResponse<String> response = client.send(request);
    return Client.exchange(request, response);
  }

  private static Set<String> ruleIds(Exchange exchange) {
    return Rules.catalogue().check(exchange).findings().stream()
        .map(f -> f.rule().id())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static String describe(Exchange exchange) {
    Verdict v = Rules.catalogue().check(exchange);
    StringBuilder s =
        new StringBuilder(exchange.source() + " -> " + exchange.response().status() + "\n");
    for (Finding f : v.findings()) {
      s.append("  ").append(f.rule().id()).append(' ').append(f.message()).append('\n');
    }
    return s.toString();
  }
}
