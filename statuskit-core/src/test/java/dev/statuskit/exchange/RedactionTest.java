package dev.statuskit.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RedactionTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Authorization",
        "cookie",
        "Set-Cookie",
        "X-API-Key",
        "X-Goog-Api-Key",
        "Ocp-Apim-Subscription-Key",
        "PRIVATE-TOKEN",
        "X-Amz-Security-Token",
        "X-Session-Id"
      })
  void credentialHeadersAreSecret(String name) {
    assertThat(Headers.isSecret(name)).isTrue();
    assertThat(Headers.of(name, "s3cr3t").redacted().first(name)).contains(Headers.REDACTED);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"WWW-Authenticate", "Proxy-Authenticate", "Content-Type", "Location", "Allow"})
  void ordinaryHeadersAreShown(String name) {
    assertThat(Headers.isSecret(name)).isFalse();
    assertThat(Headers.shown(name, "v")).isEqualTo("v");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "https://user:pw@api.example.com/x | https://[redacted]@api.example.com/x",
        "/orders?api_key=abc&page=2 | /orders?api_key=[redacted]&page=2",
        "/login?token=abc | /login?token=[redacted]",
        "/cb?code=xyz&state=1 | /cb?code=[redacted]&state=1",
        "/search?q=token | /search?q=token",
        "/users/42 | /users/42",
      })
  void requestTargetsHideCredentials(String target, String shown) {
    Request r = Exchange.builder().target(target).build().request();
    assertThat(r.shownTarget()).isEqualTo(shown);
  }
}
