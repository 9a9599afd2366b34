package dev.statuskit.test;

import dev.statuskit.exchange.Exchange;

/**
 * The entry point for assertions on an {@link Exchange}. Each HTTP client has its own entry point
 * in {@code dev.statuskit.test.adapter} ({@code JdkHttpClientAssertions}, {@code
 * RestAssuredAssertions}, ...) that converts the client's response first.
 *
 * <p>The method is named {@code assertThat} like AssertJ's, and both can be imported statically in
 * the same test: Java picks the most specific overload, and ours take types AssertJ has no overload
 * for.
 */
public final class StatusAssertions {
  private StatusAssertions() {}

  /** Assertions on an exchange built by hand or by an adapter. */
  public static ExchangeAssert assertThat(Exchange exchange) {
    return new ExchangeAssert(exchange);
  }
}
