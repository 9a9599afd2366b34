package dev.statuskit.test.adapter;

import static dev.statuskit.test.adapter.MockMvcAssertions.assertThat;
import static dev.statuskit.test.adapter.MockMvcAssertions.statusRules;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.statuskit.exchange.Exchange;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Spring MockMvc, as a user would test with it. */
class MockMvcAssertionsTest {

  @RestController
  static class OrdersController {
    @PostMapping("/orders")
    ResponseEntity<String> create(@RequestBody String order) {
      return ResponseEntity.created(URI.create("/orders/42"))
          .contentType(MediaType.APPLICATION_JSON)
          .body("{\"id\":42}");
    }

    @GetMapping("/legacy/orders/{id}")
    ResponseEntity<String> legacyFind() {
      return ResponseEntity.ok()
          .contentType(MediaType.APPLICATION_JSON)
          .body("{\"error\":\"not found\"}");
    }
  }

  final MockMvc mvc = MockMvcBuilders.standaloneSetup(new OrdersController()).build();

  @Test
  void createsAnOrder() throws Exception {
    MvcResult result =
        mvc.perform(post("/orders").contentType(MediaType.APPLICATION_JSON).content("{\"sku\":7}"))
            .andExpect(status().isCreated())
            .andExpect(statusRules())
            .andReturn();

    assertThat(result).isCreated().hasLocation("/orders/42");
  }

  @Test
  void legacyEndpointReportsAnErrorWith200() {
    assertThatThrownBy(() -> mvc.perform(get("/legacy/orders/7")).andExpect(statusRules()))
        .hasMessageStartingWith(
            "Expected GET http://localhost/legacy/orders/7 -> 200 OK to pass statuskit's status"
                + " rules")
        .hasMessageContaining("SK201  error    2xx carrying an error body");
  }

  @Test
  void alwaysDoChecksEveryExchangeOutsideTheExtension() throws Exception {
    MockMvc checked =
        MockMvcBuilders.standaloneSetup(new OrdersController()).alwaysDo(statusRules()).build();

    checked.perform(post("/orders").content("{}")).andExpect(status().isCreated());
    assertThatThrownBy(() -> checked.perform(get("/legacy/orders/7")))
        .hasMessageContaining("SK201");
  }

  @Test
  void convertsRequestAndResponse() throws Exception {
    MvcResult result =
        mvc.perform(
                post("/orders?dry=false")
                    .contentType(MediaType.APPLICATION_JSON)
                    .header("Authorization", "Bearer s3cr3t")
                    .content("{\"sku\":7}"))
            .andReturn();
    Exchange e = MockMvcAssertions.exchange(result);

    assertThat(e.request().target()).isEqualTo("http://localhost/orders?dry=false");
    assertThat(e.request().body().orElseThrow().text()).isEqualTo("{\"sku\":7}");
    assertThat(e.request().header("Authorization")).contains("Bearer s3cr3t");
    assertThat(e.response().mediaType()).contains("application/json");
    assertThat(e.response().header("Location")).contains("/orders/42");
    assertThat(e.response().body().orElseThrow().text()).isEqualTo("{\"id\":42}");
    assertThat(e.source()).isEqualTo("MockMvc");
  }
}
