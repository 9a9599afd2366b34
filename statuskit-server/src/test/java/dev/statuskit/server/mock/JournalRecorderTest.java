package dev.statuskit.server.mock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.exchange.Request;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The journal's shortcut for plain paths redacts exactly what the full redaction does. */
class JournalRecorderTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/status/200",
        "/anything/a/b",
        "/anything?token=abc&x=1",
        "/anything?x=1&api_key=abc",
        "/anything;session=abc",
        "/anything&password=abc",
        "http://user:pass@example.org/anything",
        "*",
      })
  void redactsTargetsAsTheExchangeModelDoes(String target) {
    String expected = new Request("GET", target, Optional.empty(), Optional.empty()).shownTarget();
    assertThat(JournalRecorder.shownTarget("GET", target)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/anything?token=abc", "/anything;session=abc", "/x&password=abc"})
  void neverKeepsACredentialInTheTarget(String target) {
    assertThat(JournalRecorder.shownTarget("GET", target)).doesNotContain("abc");
  }
}
