package dev.statuskit.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.statuskit.exchange.Exchange;
import dev.statuskit.exchange.Headers;
import dev.statuskit.input.InputException;
import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FirstRequestTest {
  private static final ProbeRequest GET =
      new ProbeRequest(
          Kind.BASELINE,
          "GET",
          URI.create("https://api.test/x"),
          Headers.empty(),
          Optional.empty());

  private static Sender failing(String reason, boolean unreachable) {
    return r -> {
      throw new ProbeFailure(reason, "detail from the client", unreachable);
    };
  }

  @Test
  void anUnreachableApiOnTheFirstRequestIsBadInput() {
    Sender s = new FirstRequest(failing("unknown host", true));

    assertThatThrownBy(() -> s.send(GET))
        .isInstanceOfSatisfying(
            InputException.class,
            e -> {
              assertThat(e.where()).isEqualTo("https://api.test/x");
              assertThat(e.getMessage()).isEqualTo("unknown host (detail from the client)");
            });
  }

  @Test
  void laterFailuresAndTimeoutsStayPerRequest() throws Exception {
    Sender timeout = new FirstRequest(failing("no response within 1 s (response timeout)", false));
    assertThatThrownBy(() -> timeout.send(GET)).isInstanceOf(ProbeFailure.class);

    int[] calls = {0};
    Sender flaky =
        new FirstRequest(
            r -> {
              if (calls[0]++ == 0) {
                return Exchange.builder().build();
              }
              throw new ProbeFailure("connection refused", "", true);
            });
    flaky.send(GET);
    assertThatThrownBy(() -> flaky.send(GET)).isInstanceOf(ProbeFailure.class);
  }
}
