package dev.statuskit.probe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.exchange.Headers;
import org.junit.jupiter.api.Test;

class EchoedSecretsTest {

  @Test
  void blotsOutWholeValuesTokensAndCookieValues() {
    EchoedSecrets s =
        EchoedSecrets.in(
            Headers.of(
                "Authorization", "Bearer abc.def.ghi",
                "Cookie", "session=s3ss10n-4f2a; theme=dark",
                "Accept", "application/json"));

    assertThat(s.scrub("Authorization: Bearer abc.def.ghi")).isEqualTo("Authorization: [redacted]");
    assertThat(s.scrub("token=abc.def.ghi")).isEqualTo("token=[redacted]");
    assertThat(s.scrub("sid s3ss10n-4f2a")).isEqualTo("sid [redacted]");
    // Not secrets: the scheme name, other headers' values, short cookie values.
    assertThat(s.scrub("Bearer realm=api; application/json; dark"))
        .isEqualTo("Bearer realm=api; application/json; dark");
  }

  @Test
  void leavesTextAloneWithoutCredentials() {
    EchoedSecrets s = EchoedSecrets.in(Headers.of("Accept", "text/plain"));

    assertThat(s.isEmpty()).isTrue();
    assertThat(s.scrub("text/plain")).isEqualTo("text/plain");
  }
}
