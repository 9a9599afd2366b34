package dev.statuskit.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Tokens (RFC 9110 §5.6.2): what field names and methods may be made of. */
class TokenTest {
  @ParameterizedTest
  @ValueSource(strings = {"GET", "X-Request-Id", "a", "!#$%&'*+-.^_`|~", "PROPFIND", "9"})
  void tokens(String text) {
    assertThat(Headers.isToken(text)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "X Request", "Name:", "a\r\nb", "é", "(x)", "a/b", "\"q\""})
  void notTokens(String text) {
    assertThat(Headers.isToken(text)).isFalse();
  }
}
