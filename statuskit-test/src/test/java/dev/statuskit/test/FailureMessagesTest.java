package dev.statuskit.test;

import static dev.statuskit.test.Golden.assertMatches;
import static dev.statuskit.test.Golden.failureOf;
import static dev.statuskit.test.StatusAssertions.assertThat;

import org.junit.jupiter.api.Test;

/** The failure messages, reviewed as golden text under src/test/resources/golden/. */
class FailureMessagesTest {

  @Test
  void statusMismatch() {
    assertMatches(
        "status-mismatch", failureOf(() -> assertThat(Shop.okWithLocation()).isCreated()));
  }

  @Test
  void statusClassMismatch() {
    assertMatches(
        "status-class-mismatch",
        failureOf(() -> assertThat(Shop.notFoundProblem()).isSuccessful()));
  }

  @Test
  void missingHeaderWithTheRegistrysRequirement() {
    assertMatches(
        "missing-location",
        failureOf(() -> assertThat(Shop.createdWithoutLocation()).hasLocation()));
  }

  @Test
  void malformedRetryAfter() {
    assertMatches(
        "malformed-retry-after",
        failureOf(() -> assertThat(Shop.tooManyRequests("soon")).hasRetryAfter()));
  }

  @Test
  void notProblemDetails() {
    assertMatches(
        "not-problem-details", failureOf(() -> assertThat(Shop.crash()).hasProblemDetails()));
  }

  @Test
  void findingsOfTheCatalogue() {
    assertMatches(
        "conforms-to-status-rules",
        failureOf(() -> assertThat(Shop.crash()).conformsToStatusRules()));
  }

  @Test
  void oneFinding() {
    assertMatches(
        "conforms-one-finding",
        failureOf(() -> assertThat(Shop.okWithLocation()).conformsToStatusRules()));
  }
}
