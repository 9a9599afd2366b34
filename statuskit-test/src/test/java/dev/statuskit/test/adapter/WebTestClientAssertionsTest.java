package dev.statuskit.test.adapter;

import static dev.statuskit.test.adapter.WebTestClientAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.statuskit.exchange.Exchange;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/** Spring WebTestClient, as a user would test with it. */
class WebTestClientAssertionsTest {

  static final RouterFunction<ServerResponse> ROUTES =
      RouterFunctions.route()
          .POST(
              "/orders",
              request ->
                  ServerResponse.created(URI.create("/orders/42"))
                      .contentType(MediaType.APPLICATION_JSON)
                      .bodyValue("{\"id\":42}"))
          .POST(
              "/legacy/orders",
              request ->
                  ServerResponse.ok()
                      .header("Location", "/orders/42")
                      .contentType(MediaType.APPLICATION_JSON)
                      .bodyValue("{\"id\":42}"))
          .build();

  final WebTestClient client = WebTestClient.bindToRouterFunction(ROUTES).build();

  @Test
  void createsAnOrder() {
    client
        .post()
        .uri("/orders")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue("{\"sku\":7}")
        .exchange()
        .expectBody()
        .consumeWith(
            result -> assertThat(result).isCreated().hasLocation().conformsToStatusRules());
  }

  @Test
  void legacyEndpointAnswers200WhereItCreated() {
    EntityExchangeResult<byte[]> result =
        client.post().uri("/legacy/orders").bodyValue("{}").exchange().expectBody().returnResult();

    assertThatThrownBy(() -> assertThat(result).isCreated())
        .hasMessageStartingWith("Expected status 201 Created, but was 200 OK.");
  }

  @Test
  void consumerChecksEveryExchangeOutsideTheExtension() {
    WebTestClient checked =
        WebTestClient.bindToRouterFunction(ROUTES)
            .configureClient()
            .entityExchangeResultConsumer(WebTestClientAssertions.statusRules())
            .build();

    checked.post().uri("/orders").bodyValue("{}").exchange().expectBody().returnResult();
    assertThatThrownBy(
            () ->
                checked
                    .post()
                    .uri("/legacy/orders")
                    .bodyValue("{}")
                    .exchange()
                    .expectBody()
                    .returnResult())
        .hasMessageContaining("SK204");
  }

  @Test
  void convertsRequestAndResponse() {
    EntityExchangeResult<byte[]> result =
        client
            .post()
            .uri("/orders")
            .contentType(MediaType.APPLICATION_JSON)
            .bodyValue("{\"sku\":7}")
            .exchange()
            .expectBody()
            .returnResult();
    Exchange e = WebTestClientAssertions.exchange(result);

    assertThat(e.request().toString()).isEqualTo("POST /orders");
    assertThat(e.request().body().orElseThrow().text()).isEqualTo("{\"sku\":7}");
    assertThat(e.response().header("Location")).contains("/orders/42");
    assertThat(e.response().body().orElseThrow().text()).isEqualTo("{\"id\":42}");
    assertThat(e.source()).isEqualTo("WebTestClient");
  }
}
