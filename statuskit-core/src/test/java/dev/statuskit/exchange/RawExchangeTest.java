package dev.statuskit.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.statuskit.input.InputException;
import org.junit.jupiter.api.Test;

class RawExchangeTest {

  @Test
  void readsRequestAndResponseWithBodies() {
    Exchange e =
        RawExchange.parse(
            """
            POST /orders?draft=1 HTTP/1.1
            Content-Type: application/json
            Accept:   application/json

            {"sku": 7}

            HTTP/1.1 201 Created
            Location: /orders/42
            Content-Type: application/json

            {"id": 42}
            """);

    assertThat(e.request().method()).isEqualTo("POST");
    assertThat(e.request().target()).isEqualTo("/orders?draft=1");
    assertThat(e.request().path()).isEqualTo("/orders");
    assertThat(e.request().header("accept")).contains("application/json");
    assertThat(e.request().body().orElseThrow().text()).isEqualTo("{\"sku\": 7}");
    assertThat(e.response().protocol()).contains("HTTP/1.1");
    assertThat(e.response().status()).isEqualTo(201);
    assertThat(e.response().reason()).contains("Created");
    assertThat(e.response().header("Location")).contains("/orders/42");
    assertThat(e.response().body().orElseThrow().text()).isEqualTo("{\"id\": 42}");
    assertThat(e.source()).isEqualTo("example");
  }

  @Test
  void readsMessagesWithoutBodiesOrReasonAndCrlf() {
    Exchange e =
        RawExchange.parse("HEAD /users/42 HTTP/1.1\r\nX-A: 1\r\nX-A: 2\r\n\r\nHTTP/2 204\r\n");

    assertThat(e.request().headers().orElseThrow().all("X-A")).containsExactly("1", "2");
    assertThat(e.request().body()).contains(Body.empty());
    assertThat(e.response().status()).isEqualTo(204);
    assertThat(e.response().reason()).isEmpty();
    assertThat(e.response().headers()).contains(Headers.empty());
    assertThat(e.response().hasBody()).isFalse();
  }

  @Test
  void keepsBlankLinesInsideABody() {
    Exchange e =
        RawExchange.parse(
            "POST /notes HTTP/1.1\n\nfirst\n\nsecond\n\nHTTP/1.1 500 Internal Server Error\n\na\n\nb");

    assertThat(e.request().body().orElseThrow().text()).isEqualTo("first\n\nsecond");
    assertThat(e.response().body().orElseThrow().text()).isEqualTo("a\n\nb");
  }

  @Test
  void rejectsAMalformedRequestLine() {
    assertThatThrownBy(() -> RawExchange.parse("get /x\n\nHTTP/1.1 200 OK"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("request line")
        .satisfies(e -> assertThat(((InputException) e).where()).isEqualTo("line 1"));
  }

  @Test
  void rejectsAMalformedFieldLine() {
    assertThatThrownBy(() -> RawExchange.parse("GET /x HTTP/1.1\nno colon here\n\nHTTP/1.1 200 OK"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("'no colon here'")
        .satisfies(e -> assertThat(((InputException) e).where()).isEqualTo("line 2"));
  }

  @Test
  void rejectsAnExchangeWithoutAResponse() {
    assertThatThrownBy(() -> RawExchange.parse("GET /x HTTP/1.1\nAccept: */*\n"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("status line");
  }
}
