package dev.statuskit.test;

import static dev.statuskit.test.StatusAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.exchange.Exchange;
import org.junit.jupiter.api.Test;

/** Both assertThat methods imported in one file: Java picks ours for exchanges, AssertJ's else. */
class StaticImportsTest {

  @Test
  void oursAndAssertJsLiveSideBySide() {
    Exchange created = Shop.created();
    assertThat(created).isCreated().hasLocation();
    assertThat(created.response().status()).isEqualTo(201);
    assertThat(assertThat(created)).isInstanceOf(ExchangeAssert.class);
  }
}
