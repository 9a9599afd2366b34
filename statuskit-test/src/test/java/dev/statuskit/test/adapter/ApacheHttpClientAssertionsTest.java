package dev.statuskit.test.adapter;

import static dev.statuskit.test.adapter.ApacheHttpClientAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.statuskit.exchange.Exchange;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Apache HttpClient 5, as a user would test with it. */
class ApacheHttpClientAssertionsTest {
  static ShopApi api;

  @BeforeAll
  static void start() {
    api = ShopApi.start();
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  HttpPost post(String path) {
    HttpPost post = new HttpPost(api.uri(path));
    post.setEntity(new StringEntity("{\"sku\":7}", ContentType.APPLICATION_JSON));
    return post;
  }

  @Test
  void createsAnOrder() throws Exception {
    try (CloseableHttpClient client = HttpClients.createDefault()) {
      HttpPost post = post("/orders");
      String body =
          client.execute(
              post,
              response -> {
                assertThat(post, response).isCreated().hasLocation().conformsToStatusRules();
                return EntityUtils.toString(response.getEntity()); // still readable
              });
      assertThat(body).isEqualTo("{\"id\":42}");
    }
  }

  @Test
  void legacyEndpointAnswers200WhereItCreated() throws Exception {
    try (CloseableHttpClient client = HttpClients.createDefault()) {
      HttpPost post = post("/legacy/orders");
      client.execute(
          post,
          response -> {
            assertThatThrownBy(() -> assertThat(post, response).isCreated())
                .hasMessageStartingWith("Expected status 201 Created, but was 200 OK.");
            assertThatThrownBy(() -> assertThat(post, response).conformsToStatusRules())
                .hasMessageContaining("SK204");
            return null;
          });
    }
  }

  @Test
  void interceptorChecksEveryExchangeOutsideTheExtension() throws Exception {
    try (CloseableHttpClient client =
        HttpClients.custom()
            .addExecInterceptorLast("statuskit", ApacheHttpClientAssertions.statusRules())
            .build()) {
      int created = client.execute(post("/orders"), response -> response.getCode());
      assertThat(created).isEqualTo(201);
      assertThatThrownBy(() -> client.execute(post("/legacy/orders"), response -> null))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("SK204");
      // the failed exchange gave its connection back: the client still works
      int next = client.execute(new HttpGet(api.uri("/orders/7")), response -> response.getCode());
      assertThat(next).isEqualTo(404);
    }
  }

  @Test
  void convertsRequestAndResponseAndKeepsTheReasonPhrase() throws Exception {
    try (CloseableHttpClient client = HttpClients.createDefault()) {
      HttpPost post = post("/orders");
      Exchange e =
          client.execute(post, response -> ApacheHttpClientAssertions.exchange(post, response));

      assertThat(e.request().toString()).isEqualTo("POST " + api.uri("/orders"));
      assertThat(e.request().body().orElseThrow().text()).isEqualTo("{\"sku\":7}");
      assertThat(e.response().reason()).contains("Created");
      assertThat(e.response().protocol()).contains("HTTP/1.1");
      assertThat(e.response().body().orElseThrow().text()).isEqualTo("{\"id\":42}");
    }
  }

  @Test
  void aResponseAloneLeavesTheRequestUnknown() throws Exception {
    try (CloseableHttpClient client = HttpClients.createDefault()) {
      client.execute(
          new HttpGet(api.uri("/orders/7")),
          response -> {
            Exchange e = ApacheHttpClientAssertions.exchange(response);
            assertThat(e.request().headers()).isEmpty();
            assertThatThrownBy(() -> assertThat(response).isOk())
                .hasMessageContaining("  exchange: 404 Not Found\n");
            return null;
          });
    }
  }
}
