package dev.statuskit.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.exchange.Headers;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which requests may use the UI's actions, table by table. */
class SameOriginTest {
  private final SameOrigin guard = new SameOrigin("127.0.0.1");

  private static WebRequest post(String... headers) {
    return new WebRequest("POST", "/ui/api/tester", Map.of(), Headers.of(headers), new byte[0]);
  }

  private int status(WebRequest r) {
    return guard.check(r, "application/json").map(WebResponse::status).orElse(200);
  }

  @Test
  void acceptsLoopbackHostsAndAddresses() {
    for (String host :
        new String[] {
          "127.0.0.1:8080", "localhost:8080", "[::1]:8080", "app.localhost", "10.0.0.5"
        }) {
      assertThat(status(post("Host", host, "Content-Type", "application/json")))
          .as(host)
          .isEqualTo(200);
    }
  }

  @Test
  void refusesOtherNamesForTheMachine() {
    assertThat(status(post("Host", "rebind.example:8080", "Content-Type", "application/json")))
        .isEqualTo(403);
    assertThat(status(post("Content-Type", "application/json"))).isEqualTo(403);
  }

  @Test
  void acceptsTheNameItWasBoundTo() {
    SameOrigin named = new SameOrigin("devbox.lan");
    assertThat(
            named.check(
                post("Host", "devbox.lan:8080", "Content-Type", "application/json"),
                "application/json"))
        .isEmpty();
  }

  @Test
  void originMustBeThisServer() {
    assertThat(
            status(
                post(
                    "Host", "127.0.0.1:8080",
                    "Origin", "http://127.0.0.1:8080",
                    "Content-Type", "application/json; charset=utf-8")))
        .isEqualTo(200);
    assertThat(
            status(
                post(
                    "Host", "127.0.0.1:8080",
                    "Origin", "http://127.0.0.1:9090",
                    "Content-Type", "application/json")))
        .isEqualTo(403);
    assertThat(
            status(
                post(
                    "Host", "127.0.0.1:8080",
                    "Origin", "null",
                    "Content-Type", "application/json")))
        .isEqualTo(403);
  }

  @Test
  void secFetchSiteMustBeSameOriginOrNone() {
    assertThat(
            status(
                post(
                    "Host", "127.0.0.1:8080",
                    "Sec-Fetch-Site", "same-site",
                    "Content-Type", "application/json")))
        .isEqualTo(403);
    assertThat(
            status(
                post(
                    "Host", "127.0.0.1:8080",
                    "Sec-Fetch-Site", "none",
                    "Content-Type", "application/json")))
        .isEqualTo(200);
  }

  @Test
  void contentTypeMustBeTheOneTheActionReads() {
    assertThat(status(post("Host", "127.0.0.1:8080", "Content-Type", "text/plain"))).isEqualTo(415);
    assertThat(status(post("Host", "127.0.0.1:8080"))).isEqualTo(415);
  }

  @Test
  void hostNamesLoseTheirPortAndBrackets() {
    assertThat(SameOrigin.hostName("127.0.0.1:8080")).isEqualTo("127.0.0.1");
    assertThat(SameOrigin.hostName("[::1]:80")).isEqualTo("::1");
    assertThat(SameOrigin.hostName("localhost")).isEqualTo("localhost");
    assertThat(SameOrigin.hostName("bad host")).isEmpty();
    assertThat(SameOrigin.isIpLiteral("192.168.1.20")).isTrue();
    assertThat(SameOrigin.isIpLiteral("::1")).isTrue();
    assertThat(SameOrigin.isIpLiteral("1.example")).isFalse();
  }

  @Test
  void uploadNamesKeepOnlyTheirLastSegment() {
    assertThat(StatsPage.name("/var/log/nginx/access.log")).isEqualTo("access.log");
    assertThat(StatsPage.name("C:\\logs\\app.log")).isEqualTo("app.log");
    assertThat(StatsPage.name("<script>.log")).isEqualTo("_script_.log");
    assertThat(StatsPage.name("")).isEqualTo("upload.log");
  }
}
