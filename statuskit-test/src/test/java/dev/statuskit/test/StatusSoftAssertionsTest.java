package dev.statuskit.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.junit.jupiter.InjectSoftAssertions;
import org.assertj.core.api.junit.jupiter.SoftAssertionsExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SoftAssertionsExtension.class)
class StatusSoftAssertionsTest {

  @InjectSoftAssertions StatusSoftAssertions injected;

  @Test
  void collectsEveryFailureBeforeReporting() {
    StatusSoftAssertions softly = new StatusSoftAssertions();
    softly.assertThat(Shop.okWithLocation()).isCreated().hasLocation("/orders/43");
    softly.assertThat(Shop.okWithLocation()).conformsToStatusRules();
    softly.assertThat("plain AssertJ").startsWith("plain");

    assertThat(softly.errorsCollected()).hasSize(3);
    assertThatThrownBy(softly::assertAll)
        .hasMessageContaining("Expected status 201 Created, but was 200 OK.")
        .hasMessageContaining("Expected header Location to be \"/orders/43\"")
        .hasMessageContaining("SK204");
  }

  @Test
  void passesWhenEverythingHolds() {
    StatusSoftAssertions softly = new StatusSoftAssertions();
    softly.assertThat(Shop.created()).isCreated().hasLocation().conformsToStatusRules();
    assertThat(softly.errorsCollected()).isEmpty();
  }

  @Test
  void worksWithAssertJsSoftAssertionsExtension() {
    injected.assertThat(Shop.created()).isCreated().hasLocation("/orders/42");
    assertThat(injected.errorsCollected()).isEmpty();
  }
}
