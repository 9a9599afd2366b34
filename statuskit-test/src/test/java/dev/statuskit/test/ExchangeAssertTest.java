package dev.statuskit.test;

import static dev.statuskit.test.StatusAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.statuskit.exchange.Exchange;
import dev.statuskit.registry.StatusClass;
import dev.statuskit.rules.RuleConfig;
import dev.statuskit.rules.Severity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExchangeAssertTest {

  @Test
  void passesMatchingStatusByNumberAndByClass() {
    assertThatCode(
            () ->
                assertThat(Shop.created())
                    .hasStatus(201)
                    .isCreated()
                    .isSuccessful()
                    .hasStatusClass(StatusClass.SUCCESSFUL))
        .doesNotThrowAnyException();
    assertThatCode(() -> assertThat(Shop.notFoundProblem()).isNotFound().isClientError().isError())
        .doesNotThrowAnyException();
    assertThatCode(() -> assertThat(Shop.crash()).isInternalServerError().isServerError())
        .doesNotThrowAnyException();
  }

  @Test
  void failsOtherStatusNamingBothCodes() {
    assertThatThrownBy(() -> assertThat(Shop.okWithLocation()).isCreated())
        .hasMessageStartingWith("Expected status 201 Created, but was 200 OK.");
    assertThatThrownBy(() -> assertThat(Shop.crash()).isClientError())
        .hasMessageStartingWith(
            "Expected a 4xx Client Error status, but was 500 Internal Server Error.");
    assertThatThrownBy(() -> assertThat(Shop.created()).isError())
        .hasMessageStartingWith("Expected an error (4xx Client Error or 5xx Server Error) status");
  }

  @Test
  void rejectsANumberThatIsNoStatusCode() {
    assertThatThrownBy(() -> assertThat(Shop.created()).hasStatus(42))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("42 is not an HTTP status code");
  }

  @Test
  void checksHeadersCaseInsensitively() {
    assertThatCode(
            () ->
                assertThat(Shop.created())
                    .hasHeader("location")
                    .hasLocation("/orders/42")
                    .hasContentType("Application/JSON")
                    .doesNotHaveHeader("Retry-After"))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> assertThat(Shop.createdWithoutLocation()).hasLocation())
        .hasMessageStartingWith("Expected a Location header on 201 Created, but there was none.");
    assertThatThrownBy(() -> assertThat(Shop.created()).hasLocation("/orders/43"))
        .hasMessageStartingWith(
            "Expected header Location to be \"/orders/43\", but was \"/orders/42\".");
    assertThatThrownBy(() -> assertThat(Shop.created()).doesNotHaveHeader("Location"))
        .hasMessageStartingWith("Expected no Location header on 201 Created");
  }

  @Test
  void saysWhenTheSourceRecordedNoHeaders() {
    Exchange logged = Exchange.builder().status(201).withoutHeadersOrBodies().build();
    assertThatThrownBy(() -> assertThat(logged).hasLocation())
        .hasMessageStartingWith(
            "Expected a Location header on 201 Created, but the response headers were not"
                + " recorded.");
  }

  @Test
  void redactsCredentialsInHeaderFailures() {
    assertThatThrownBy(
            () -> assertThat(Shop.createdWithoutLocation()).hasHeader("Set-Cookie", "session=x"))
        .hasMessageContaining("\"[redacted]\"")
        .hasMessageNotContaining("abc123")
        .hasMessageNotContaining("session=x");
  }

  @Test
  void acceptsRetryAfterInSecondsOrAsAnHttpDate() {
    assertThatCode(() -> assertThat(Shop.tooManyRequests("30")).hasRetryAfter())
        .doesNotThrowAnyException();
    assertThatCode(
            () -> assertThat(Shop.tooManyRequests("Wed, 21 Oct 2015 07:28:00 GMT")).hasRetryAfter())
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> assertThat(Shop.tooManyRequests("soon")).hasRetryAfter())
        .hasMessageContaining("SK112");
    assertThatThrownBy(() -> assertThat(Shop.created()).hasRetryAfter())
        .hasMessageStartingWith("Expected a Retry-After header on 201 Created");
  }

  @Test
  void checksBodies() {
    assertThatCode(() -> assertThat(Shop.created()).hasBodyContaining("\"id\":42"))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> assertThat(Shop.created()).hasNoBody())
        .hasMessageStartingWith("Expected no content on 201 Created, but there were 9 bytes.");
    Exchange noContent = Exchange.builder().method("DELETE").status(204).build();
    assertThatCode(() -> assertThat(noContent).isNoContent().hasNoBody())
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> assertThat(noContent).hasBodyContaining("x"))
        .hasMessageEndingWith(
            "but it did not: there was no body.\n  exchange: DELETE / -> 204 No Content");
  }

  @Test
  void readsProblemDetails() {
    assertThatCode(
            () ->
                assertThat(Shop.notFoundProblem())
                    .hasProblemDetails()
                    .hasProblemType("https://shop.example/problems/no-such-order")
                    .hasProblemTitle("No such order"))
        .doesNotThrowAnyException();
    assertThatCode(() -> assertThat(Shop.tooManyRequests("1")).hasProblemType("about:blank"))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> assertThat(Shop.crash()).hasProblemDetails())
        .hasMessageStartingWith(
            "Expected problem details (RFC 9457, application/problem+json) on 500 Internal Server"
                + " Error, but Content-Type was \"text/plain\".");
    assertThatThrownBy(() -> assertThat(Shop.notFoundProblem()).hasProblemTitle("Gone"))
        .hasMessageStartingWith("Expected problem title \"Gone\", but was \"No such order\".");
  }

  @Test
  void flagsAProblemWhoseStatusDiffersFromTheResponse() {
    Exchange e =
        Exchange.builder()
            .status(400)
            .header("Content-Type", "application/problem+json")
            .body("{\"title\":\"Bad\",\"status\":500}")
            .build();
    assertThatThrownBy(() -> assertThat(e).hasProblemDetails())
        .hasMessageContaining("its status member says 500");
  }

  @Test
  void conformsWhenTheCatalogueFindsNothing() {
    assertThatCode(() -> assertThat(Shop.created()).conformsToStatusRules())
        .doesNotThrowAnyException();
    assertThatCode(() -> assertThat(Shop.notFoundProblem()).conformsToStatusRules())
        .doesNotThrowAnyException();
  }

  @Test
  void failsOnWarningsByDefaultAndHonoursTheThreshold() {
    assertThatThrownBy(() -> assertThat(Shop.okWithLocation()).conformsToStatusRules())
        .hasMessageContaining("SK204  warning");
    assertThatCode(() -> assertThat(Shop.okWithLocation()).conformsToStatusRules(Severity.ERROR))
        .doesNotThrowAnyException();
  }

  @Test
  void honoursARuleConfig() {
    RuleConfig config = new RuleConfig(Map.of(), List.of("SK204"), List.of(), "test");
    assertThatCode(() -> assertThat(Shop.okWithLocation()).conformsToStatusRules(config))
        .doesNotThrowAnyException();
    RuleConfig louder = new RuleConfig(Map.of("SK305", Severity.ERROR), List.of(), List.of(), "t");
    assertThatThrownBy(
            () ->
                assertThat(Shop.crash()).conformsToStatusRules(RulePolicy.defaults().with(louder)))
        .hasMessageContaining("SK305  error");
  }

  @Test
  void keepsTheUsersDescription() {
    assertThatThrownBy(() -> assertThat(Shop.okWithLocation()).as("create order").isCreated())
        .hasMessageStartingWith("[create order] Expected status 201 Created");
  }

  @Test
  void keepsPercentSignsInMessagesLiteral() {
    Exchange e = Exchange.builder().status(400).body("100% wrong").build();
    assertThatThrownBy(() -> assertThat(e).isOk()).hasMessageContaining("100% wrong");
  }
}
