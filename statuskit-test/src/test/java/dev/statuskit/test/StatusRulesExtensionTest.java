package dev.statuskit.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.statuskit.rules.Severity;
import dev.statuskit.test.adapter.JdkHttpClientAssertions;
import dev.statuskit.test.adapter.ShopApi;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;

/**
 * The extension, run on fixture test classes through JUnit's EngineTestKit. The fixtures are nested
 * classes, which neither Surefire nor JUnit runs on their own.
 */
class StatusRulesExtensionTest {

  // ---- fixtures ---------------------------------------------------------------------------

  @StatusRules
  static class OrdersApiTest {
    static ShopApi api;
    static HttpClient client;

    @BeforeAll
    static void start() {
      api = ShopApi.start();
      client = JdkHttpClientAssertions.statusRules(HttpClient.newHttpClient());
    }

    @AfterAll
    static void stop() {
      api.close();
    }

    static int post(String path) throws Exception {
      HttpRequest post =
          HttpRequest.newBuilder(api.uri(path))
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString("{\"sku\":7}"))
              .build();
      return client.send(post, BodyHandlers.ofString()).statusCode();
    }

    @Test
    void createsAnOrder() throws Exception {
      assertThat(post("/orders")).isEqualTo(201);
    }

    @Test
    void createsAnOrderTheLegacyWay() throws Exception {
      assertThat(post("/legacy/orders")).isEqualTo(200); // passes; the extension fails it
    }
  }

  @StatusRules
  static class RecordedExchanges {
    @Test
    void threeExchangesTwoOfThemBad() {
      StatusRecorder.report(Shop.created(), RulePolicy.defaults());
      StatusRecorder.report(Shop.okWithLocation(), RulePolicy.defaults());
      StatusRecorder.report(Shop.crash(), RulePolicy.defaults());
    }

    @Test
    void makesNoRequest() {}
  }

  @StatusRules(failOn = Severity.ERROR)
  static class ErrorsOnly {
    @Test
    void warningPasses() {
      StatusRecorder.report(Shop.okWithLocation(), RulePolicy.defaults());
    }

    @Test
    @StatusRules(failOn = Severity.INFO)
    void stricterMethod() {
      StatusRecorder.report(Shop.okWithLocation(), RulePolicy.defaults());
    }
  }

  @StatusRules(config = "src/test/resources/no-sk204.yml")
  static class Configured {
    @Test
    void disabledRuleDoesNotFail() {
      StatusRecorder.report(Shop.okWithLocation(), RulePolicy.defaults());
    }
  }

  // ---- tests ------------------------------------------------------------------------------

  static EngineExecutionResults run(Class<?> fixture) {
    return EngineTestKit.engine("junit-jupiter").selectors(selectClass(fixture)).execute();
  }

  static List<String> failures(Events events) {
    return events.failed().stream()
        .map(e -> e.getPayload(TestExecutionResult.class).orElseThrow())
        .map(r -> r.getThrowable().orElseThrow().getMessage())
        .toList();
  }

  static List<String> summaries(Events events) {
    return events.reportingEntryPublished().stream()
        .map(e -> e.getPayload(ReportEntry.class).orElseThrow())
        .map(r -> r.getKeyValuePairs().get(StatusRulesExtension.REPORT_KEY))
        .toList();
  }

  @Test
  void failsTheTestWhoseExchangeBreaksARuleAndPassesTheOther() {
    EngineExecutionResults results = run(OrdersApiTest.class);

    assertThat(results.testEvents().succeeded().stream().map(StatusRulesExtensionTest::name))
        .containsExactly("createsAnOrder()");
    assertThat(results.testEvents().failed().stream().map(StatusRulesExtensionTest::name))
        .containsExactly("createsAnOrderTheLegacyWay()");
    assertThat(failures(results.testEvents()))
        .singleElement()
        .asString()
        .startsWith("statuskit: 1 finding at warning or above in 1 of 1 exchange this test made:")
        .contains("SK204  warning  POST answered 200 with a Location header")
        .contains("(JDK HttpClient)");
  }

  @Test
  void publishesASummaryPerClass() {
    EngineExecutionResults results = run(OrdersApiTest.class);

    assertThat(summaries(results.allEvents()))
        .containsExactly("2 exchanges in 2 tests; 1 finding at warning or above in 1 test (SK204)");
  }

  @Test
  void listsEveryFailingFindingOfEveryExchange() {
    EngineExecutionResults results = run(RecordedExchanges.class);

    Golden.assertMatches("extension-failure", failures(results.testEvents()).get(0));
    assertThat(summaries(results.allEvents()))
        .containsExactly(
            "3 exchanges in 2 tests; 3 findings at warning or above in 1 test (SK204, SK302,"
                + " SK307); 1 test reported no exchange (is a statuskit adapter installed on the"
                + " client?)");
  }

  @Test
  void honoursTheThresholdOfClassAndMethod() {
    EngineExecutionResults results = run(ErrorsOnly.class);

    assertThat(results.testEvents().succeeded().stream().map(StatusRulesExtensionTest::name))
        .containsExactly("warningPasses()");
    assertThat(failures(results.testEvents())).singleElement().asString().contains("SK204");
  }

  @Test
  void appliesTheConfigFile() {
    EngineExecutionResults results = run(Configured.class);

    assertThat(results.testEvents().failed().count()).isZero();
    assertThat(results.testEvents().succeeded().count()).isEqualTo(1);
  }

  @Test
  void checksAtOnceWhenNoTestIsRecording() {
    assertThat(StatusRecorder.isRecording()).isFalse();
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> StatusRecorder.report(Shop.okWithLocation(), RulePolicy.defaults()))
        .hasMessageContaining("SK204");
  }

  static String name(Event e) {
    return e.getTestDescriptor().getDisplayName();
  }
}
