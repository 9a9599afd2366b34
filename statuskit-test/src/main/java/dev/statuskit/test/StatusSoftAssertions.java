package dev.statuskit.test;

import dev.statuskit.exchange.Exchange;
import org.assertj.core.api.SoftAssertions;

/**
 * AssertJ's soft assertions plus exchanges: every failure is collected and reported together by
 * {@link #assertAll()}. Convert a client's response with its adapter's {@code exchange(...)}.
 *
 * <pre>{@code
 * StatusSoftAssertions softly = new StatusSoftAssertions();
 * softly.assertThat(JdkHttpClientAssertions.exchange(response)).isCreated().hasLocation();
 * softly.assertThat(response.body()).contains("42");
 * softly.assertAll();
 * }</pre>
 *
 * <p>It also works with AssertJ's {@code SoftAssertionsExtension} and {@code InjectSoftAssertions}.
 */
public class StatusSoftAssertions extends SoftAssertions {

  /** Soft assertions on an exchange. */
  public ExchangeAssert assertThat(Exchange exchange) {
    return proxy(ExchangeAssert.class, Exchange.class, exchange);
  }
}
