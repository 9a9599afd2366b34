package dev.statuskit.probe.tester;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.statuskit.exchange.Exchange;
import dev.statuskit.rules.Rules;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class TesterJsonTest {
  static final Timing TIMING =
      new Timing(
          Duration.ofNanos(1_500),
          Duration.ofMillis(2),
          Duration.ZERO,
          Duration.ofMillis(5),
          Duration.ofMillis(6));

  static TesterResult result(Exchange... hops) {
    List<Hop> list = java.util.Arrays.stream(hops).map(e -> new Hop(e, TIMING)).toList();
    Exchange last = hops[hops.length - 1];
    return new TesterResult(list, Rules.catalogue().check(last).findings());
  }

  @Test
  void writesRequestResponseTimingHopsAndFindings() {
    Exchange e =
        Exchange.builder()
            .method("GET")
            .target("http://127.0.0.1:8080/account")
            .status(401)
            .reason("Unauthorized")
            .header("Content-Type", "application/json")
            .body("{\"code\":\"unauthenticated\",\"message\":\"log in\"}")
            .build();
    ObjectNode json = TesterJson.write(result(e));
    assertThat(json.path("version").asInt()).isEqualTo(1);
    assertThat(json.at("/request/method").asText()).isEqualTo("GET");
    assertThat(json.at("/response/status").asInt()).isEqualTo(401);
    assertThat(json.at("/response/reason").asText()).isEqualTo("Unauthorized");
    assertThat(json.at("/response/code/class").asText()).isEqualTo("4xx");
    assertThat(json.at("/response/code/summary").asText()).isNotBlank();
    assertThat(json.at("/response/body/size").asLong()).isEqualTo(45);
    assertThat(json.at("/timing/dnsMs").asDouble()).isEqualTo(0.002);
    assertThat(json.at("/timing/tlsMs").asDouble()).isZero();
    assertThat(json.at("/timing/totalMs").asDouble()).isEqualTo(6.0);
    assertThat(json.path("hops")).hasSize(1);
    assertThat(json.at("/hops/0/location").isNull()).isTrue();
    JsonNode sk103 = json.path("findings").get(0);
    assertThat(sk103.path("rule").asText()).isEqualTo("SK103");
    assertThat(sk103.path("severity").asText()).isEqualTo("error");
    assertThat(sk103.path("category").asText()).isEqualTo("protocol");
    assertThat(sk103.path("fix").asText()).isNotBlank();
    assertThat(sk103.path("link").asText()).startsWith("https://");
    assertThat(json.at("/summary/error").asInt()).isEqualTo(json.path("findings").size());
  }

  @Test
  void redactsCredentialsInHeadersAndUrls() {
    Exchange redirect =
        Exchange.builder()
            .target("http://127.0.0.1/login?api_key=k123456789")
            .requestHeader("Authorization", "Bearer s3cret-token-123")
            .status(302)
            .header("Location", "/home?token=t987654321")
            .header("Set-Cookie", "session=abcdef123456")
            .build();
    String text = TesterJson.write(result(redirect)).toString();
    assertThat(text)
        .doesNotContain("s3cret-token-123")
        .doesNotContain("abcdef123456")
        .doesNotContain("k123456789")
        .doesNotContain("t987654321")
        .contains("[redacted]");
  }
}
