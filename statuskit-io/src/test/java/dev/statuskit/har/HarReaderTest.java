package dev.statuskit.har;

import static dev.statuskit.har.HarFixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.exchange.Body;
import dev.statuskit.exchange.Exchange;
import dev.statuskit.exchange.Headers;
import dev.statuskit.har.HarFixtures.Read;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each fixture is shaped like what a real tool exports; the data in them is invented. */
class HarReaderTest {

  @Nested
  class ChromeDevTools {
    private final Read har = read("chrome-shop.har");

    @Test
    void turnsEveryAnsweredEntryIntoAnExchange() {
      assertThat(har.exchanges())
          .extracting(e -> e.request().method() + " " + e.response().status())
          .containsExactly(
              "GET 200",
              "GET 200",
              "GET 200",
              "POST 201",
              "GET 304",
              "DELETE 204",
              "GET 429",
              "GET 404");
    }

    @Test
    void countsEntriesWithStatusZeroAsSkippedWithTheirPlace() {
      assertThat(har.skips())
          .containsExactly(
              "chrome-shop.har entry 4 (line 371): " + HarMapping.STATUS_ZERO,
              "chrome-shop.har entry 6 (line 566): " + HarMapping.STATUS_ZERO);
    }

    @Test
    void namesTheEntryEachExchangeCameFrom() {
      assertThat(har.exchanges())
          .extracting(Exchange::source)
          .containsExactly(
              "chrome-shop.har entry 1",
              "chrome-shop.har entry 2",
              "chrome-shop.har entry 3",
              "chrome-shop.har entry 5",
              "chrome-shop.har entry 7",
              "chrome-shop.har entry 8",
              "chrome-shop.har entry 9",
              "chrome-shop.har entry 10");
    }

    @Test
    void mapsAnHttp11Document() {
      Exchange page = har.get(0);
      assertThat(page.request().target()).isEqualTo("https://shop.example/");
      assertThat(page.response().protocol()).contains("HTTP/1.1");
      assertThat(page.response().reason()).contains("OK");
      assertThat(page.response().header("Content-Type")).contains("text/html; charset=utf-8");
      assertThat(page.response().body().orElseThrow().text())
          .startsWith("<!doctype html>\n<html lang=\"en\">")
          .endsWith("</html>\n");
      assertThat(page.response().body().orElseThrow().size()).isEqualTo(176);
      assertThat(page.response().body().orElseThrow().truncated()).isFalse();
      assertThat(page.elapsed()).contains(Duration.ofNanos(182_418_000));
    }

    @Test
    void keepsCredentialsAsRecordedForReportsToRedact() {
      assertThat(har.get(0).request().header("Cookie"))
          .contains("session=7f3a9c2e41d8; theme=dark");
      assertThat(har.get(0).response().header("Set-Cookie"))
          .contains("session=7f3a9c2e41d8; Path=/; HttpOnly; Secure");
      assertThat(har.get(1).request().header("Authorization"))
          .contains("Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhbmEifQ.c2lnbmF0dXJl");
    }

    @Test
    void readsHttp2WithoutAReasonPhraseAndWithoutPseudoHeaders() {
      Exchange products = har.get(1);
      assertThat(products.response().protocol()).contains("HTTP/2");
      assertThat(products.response().reason()).isEmpty();
      Headers sent = products.request().headers().orElseThrow();
      assertThat(sent.fields()).extracting(Headers.Field::name).noneMatch(n -> n.startsWith(":"));
      assertThat(sent.first("accept")).contains("application/json");
      assertThat(products.response().body().orElseThrow().text())
          .contains("\"name\": \"Café crème mug\"")
          .contains("\"\\\"bestseller\\\"\"");
    }

    @Test
    void normalisesAlpnProtocolIds() {
      assertThat(har.exchanges())
          .extracting(e -> e.response().protocol().orElse("?"))
          .containsExactly(
              "HTTP/1.1", "HTTP/2", "HTTP/2", "HTTP/2", "HTTP/2", "HTTP/3", "HTTP/3", "HTTP/1.1");
    }

    @Test
    void decodesBase64Bodies() {
      Body logo = har.get(2).response().body().orElseThrow();
      // A PNG starts with 0x89 (not UTF-8: one replacement character) and "PNG".
      assertThat(logo.text()).startsWith("\uFFFDPNG\r\n");
      assertThat(logo.size()).isEqualTo(75);
      assertThat(logo.truncated()).isFalse();
    }

    @Test
    void keepsTheRequestBodyAndTreatsAMissingResponseTextAsUnknown() {
      Exchange order = har.get(3);
      assertThat(order.request().body())
          .contains(new Body("{\"sku\":\"TEE-42\",\"qty\":2}", 24, false));
      assertThat(order.response().header("Location")).contains("/v1/orders/1009");
      assertThat(order.response().body()).isEmpty();
    }

    @Test
    void takesA304AsBodilessThoughDevToolsShowsTheCachedContent() {
      Exchange notModified = har.get(4);
      assertThat(notModified.request().header("If-None-Match")).contains("W/\"7-a81\"");
      assertThat(notModified.response().body()).contains(Body.empty());
    }

    @Test
    void takesContentOfSizeZeroAsAKnownEmptyBody() {
      Exchange deleted = har.get(5);
      assertThat(deleted.response().status()).isEqualTo(204);
      assertThat(deleted.response().body()).contains(Body.empty());
      assertThat(deleted.request().body()).contains(Body.empty());
    }

    @Test
    void readsHttp3Responses() {
      Exchange limited = har.get(6);
      assertThat(limited.response().header("Retry-After")).contains("30");
      assertThat(limited.response().body().orElseThrow().text()).contains("\"rate_limited\"");
      assertThat(limited.elapsed()).contains(Duration.ofNanos(19_250_000));
    }

    @Test
    void readsTheSameFromAPathAsFromAStream() throws Exception {
      java.nio.file.Path file =
          java.nio.file.Path.of(getClass().getResource("/har/chrome-shop.har").toURI());
      try (HarReader fromPath = HarReader.open(file, (why, where) -> {})) {
        List<Exchange> all = fromPath.exchanges().toList();
        assertThat(all).hasSize(8);
        assertThat(all.get(0).source()).isEqualTo(file + " entry 1");
        assertThat(all.get(7).response()).isEqualTo(har.get(7).response());
      }
    }
  }

  @Nested
  class Firefox {
    private final Read har = read("firefox.har");

    @Test
    void readsAllEntries() {
      assertThat(har.exchanges()).hasSize(5);
      assertThat(har.skips()).isEmpty();
    }

    @Test
    void ignoresThePhraseFirefoxWritesForHttp2() {
      Exchange me = har.get(0);
      assertThat(me.response().status()).isEqualTo(401);
      assertThat(me.response().protocol()).contains("HTTP/2");
      assertThat(me.response().reason()).isEmpty();
      assertThat(me.response().header("WWW-Authenticate"))
          .contains("Bearer realm=\"api\", error=\"invalid_token\"");
      assertThat(me.response().mediaType()).contains("application/problem+json");
      assertThat(me.response().body().orElseThrow().text()).contains("\"status\": 401");
    }

    @Test
    void takesAnOmittedBodyAsUnknown() {
      Exchange orders = har.get(1);
      assertThat(orders.response().body()).isEmpty();
      assertThat(orders.response().headers()).isPresent();
      assertThat(orders.request().header("Cookie")).contains("consent=yes; sid=ff01e");
    }

    @Test
    void keepsTheReasonPhraseOfHttp11() {
      Exchange status = har.get(2);
      assertThat(status.response().protocol()).contains("HTTP/1.1");
      assertThat(status.response().reason()).contains("Service Unavailable");
      assertThat(status.response().header("Retry-After")).contains("Wed, 12 Jun 2024 08:30:00 GMT");
    }

    @Test
    void readsAFormPostAndAnEmptyContentText() {
      Exchange login = har.get(3);
      assertThat(login.request().body().orElseThrow().text())
          .isEqualTo("user=ana&password=hunter2");
      assertThat(login.response().status()).isEqualTo(302);
      assertThat(login.response().body()).contains(Body.empty());
    }

    @Test
    void readsWholeMillisecondTimes() {
      assertThat(har.get(4).elapsed()).contains(Duration.ofMillis(1520));
      assertThat(har.get(4).response().body().orElseThrow().text())
          .startsWith("id,total,currency\n");
    }
  }

  @Nested
  class ApiClientExport {
    private final Read har = read("api-client.har");

    @Test
    void findsEntriesThatComeBeforeTheOtherMembersOfLog() {
      assertThat(har.exchanges())
          .extracting(e -> e.request().toString() + " " + e.response().status())
          .containsExactly(
              "PUT https://api.example.com/v1/users/17 200",
              "GET https://api.example.com/v1/users/9999 500",
              "PATCH https://api.example.com/v1/users/17 422");
    }

    @Test
    void countsEntriesWithoutAResponseOrAMethod() {
      assertThat(har.skips())
          .containsExactly(
              "api-client.har entry 3 (line 120): " + HarMapping.NO_RESPONSE,
              "api-client.har entry 4 (line 141): " + HarMapping.NO_METHOD);
    }

    @Test
    void keepsApiKeysAndBodies() {
      Exchange put = har.get(0);
      assertThat(put.request().header("X-Api-Key")).contains("sk_test_51HxExample");
      assertThat(put.request().body().orElseThrow().text())
          .isEqualTo("{\"email\": \"ana@example.com\"}");
      assertThat(put.response().body().orElseThrow().text())
          .isEqualTo("{\"success\": false, \"error\": \"email already taken\"}");
    }

    @Test
    void keepsStackTracesInBodiesIntact() {
      assertThat(har.get(1).response().body().orElseThrow().text())
          .contains("NullPointerException")
          .contains("\n\tat com.example.users.UserService.find(UserService.java:88)\n");
    }

    @Test
    void takesMissingHeadersArraysAsUnknownAndQuotedStatusesAsNumbers() {
      Exchange patch = har.get(2);
      assertThat(patch.response().status()).isEqualTo(422);
      assertThat(patch.request().headers()).isEmpty();
      assertThat(patch.response().headers()).isEmpty();
      assertThat(patch.request().body().orElseThrow().size()).isEqualTo(26);
    }
  }

  @Nested
  class CharlesProxy {
    private final Read har = read("charles.har");

    @Test
    void decodesTextBodiesSentAsBase64() {
      Body health = har.get(0).response().body().orElseThrow();
      assertThat(health.text())
          .isEqualTo("{\"status\": \"ok\", \"version\": \"3.4.1\", \"uptime_s\": 86400}");
      assertThat(health.size()).isEqualTo(health.text().length());
    }

    @Test
    void keepsProxyCredentials() {
      assertThat(har.get(1).request().header("Proxy-Authorization"))
          .contains("Basic cHJveHk6cGFzcw==");
      assertThat(har.get(1).response().header("Location"))
          .contains("http://api.example.com/v1/items/5/");
    }

    @Test
    void skipsStatusCodesOutsideHttp() {
      assertThat(har.skips())
          .containsExactly("charles.har entry 3 (line 133): " + HarMapping.STATUS_OUT_OF_RANGE);
    }

    @Test
    void takesAMissingContentObjectAsAnUnknownBody() {
      Exchange export = har.get(2);
      assertThat(export.request().target()).endsWith("/v1/export");
      assertThat(export.response().body()).isEmpty();
      assertThat(export.elapsed()).contains(Duration.ofSeconds(3));
    }
  }

  @Nested
  class FiddlerOnOneLineWithAByteOrderMark {
    private final Read har = read("fiddler.har");

    @Test
    void readsAllEntries() {
      assertThat(har.exchanges())
          .extracting(e -> e.request().method() + " " + e.response())
          .containsExactly(
              "CONNECT 200 Connection Established",
              "GET 407 Proxy Authentication Required",
              "GET 502 Fiddler - Connection Failed");
    }

    @Test
    void leavesOutHeadersWithoutANameAndSaysSo() {
      assertThat(har.get(2).request().headers().orElseThrow().fields())
          .extracting(Headers.Field::name)
          .containsExactly("Host", "Accept");
      assertThat(har.skips())
          .containsExactly("fiddler.har entry 3 (line 1): " + HarMapping.NAMELESS_HEADER);
    }

    @Test
    void readsProxyAnswers() {
      assertThat(har.get(1).response().header("Proxy-Authenticate")).isPresent();
      assertThat(har.get(0).response().body()).contains(Body.empty());
      assertThat(har.get(2).response().body().orElseThrow().text())
          .startsWith("[Fiddler] The connection to 'api.example.com' failed.");
    }
  }

  @Test
  void readsAnEmptyEntriesListAsNoExchanges() {
    Read empty = read("chrome-empty.har");
    assertThat(empty.exchanges()).isEmpty();
    assertThat(empty.skips()).isEmpty();
  }
}
