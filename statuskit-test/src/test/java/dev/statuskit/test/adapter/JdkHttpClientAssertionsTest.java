package dev.statuskit.test.adapter;

import static dev.statuskit.test.adapter.JdkHttpClientAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.statuskit.exchange.Exchange;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The JDK's HttpClient, as a user would test with it. */
class JdkHttpClientAssertionsTest {
  static ShopApi api;
  final HttpClient client = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    api = ShopApi.start();
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  HttpRequest post(String path) {
    return HttpRequest.newBuilder(api.uri(path))
        .header("Content-Type", "application/json")
        .POST(BodyPublishers.ofString("{\"sku\":7}"))
        .build();
  }

  @Test
  void createsAnOrder() throws Exception {
    HttpResponse<String> response = client.send(post("/orders"), BodyHandlers.ofString());

    assertThat(response).isCreated().hasLocation("/orders/42").conformsToStatusRules();
  }

  @Test
  void legacyEndpointAnswers200WhereItCreated() throws Exception {
    HttpResponse<String> response = client.send(post("/legacy/orders"), BodyHandlers.ofString());

    assertThatThrownBy(() -> assertThat(response).isCreated())
        .hasMessageStartingWith("Expected status 201 Created, but was 200 OK.");
    assertThatThrownBy(() -> assertThat(response).conformsToStatusRules())
        .hasMessageContaining("SK204  warning  POST answered 200 with a Location header");
  }

  @Test
  void wrappedClientChecksEveryExchangeOutsideTheExtension() throws Exception {
    HttpClient checked = JdkHttpClientAssertions.statusRules(client);

    assertThat(checked.send(post("/orders"), BodyHandlers.ofString()).statusCode()).isEqualTo(201);
    assertThatThrownBy(() -> checked.send(post("/legacy/orders"), BodyHandlers.ofString()))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("SK204");
  }

  @Test
  void convertsRequestAndResponse() throws Exception {
    Exchange e =
        JdkHttpClientAssertions.exchange(client.send(post("/orders"), BodyHandlers.ofString()));

    assertThat(e.request().method()).isEqualTo("POST");
    assertThat(e.request().target()).isEqualTo(api.uri("/orders").toString());
    assertThat(e.request().header("Content-Type")).contains("application/json");
    assertThat(e.request().body()).isEmpty(); // a BodyPublisher cannot be read back
    assertThat(e.response().protocol()).contains("HTTP/1.1");
    assertThat(e.response().header("location")).contains("/orders/42");
    assertThat(e.response().body().orElseThrow().text()).isEqualTo("{\"id\":42}");
    assertThat(e.source()).isEqualTo("JDK HttpClient");
  }

  @Test
  void followedRedirectsAreCheckedHopByHop() throws Exception {
    HttpClient following =
        JdkHttpClientAssertions.statusRules(
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build());
    HttpRequest get = HttpRequest.newBuilder(api.uri("/moved")).build();

    HttpResponse<String> response = following.send(get, BodyHandlers.ofString());

    assertThat(response).isNotFound().hasProblemDetails();
    assertThat(JdkHttpClientAssertions.chain(response))
        .extracting(HttpResponse::statusCode)
        .containsExactly(302, 404);
  }

  @Test
  void unreadableBodiesAreNotRecorded() throws Exception {
    HttpResponse<Void> response = client.send(post("/orders"), BodyHandlers.discarding());

    assertThat(JdkHttpClientAssertions.exchange(response).response().body()).isEmpty();
    assertThat(response).isCreated();
  }
}
