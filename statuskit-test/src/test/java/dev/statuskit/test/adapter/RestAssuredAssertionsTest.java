package dev.statuskit.test.adapter;

import static dev.statuskit.test.adapter.RestAssuredAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** REST Assured, as a user would test with it. */
class RestAssuredAssertionsTest {
  static ShopApi api;

  @BeforeAll
  static void start() {
    api = ShopApi.start();
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  RequestSpecification shop() {
    return given().baseUri(api.baseUri()).contentType("application/json").body("{\"sku\":7}");
  }

  @Test
  void createsAnOrder() {
    Response response = shop().post("/orders");

    assertThat(response).isCreated().hasLocation("/orders/42").conformsToStatusRules();
  }

  @Test
  void legacyEndpointAnswers200WhereItCreated() {
    Response response = shop().post("/legacy/orders");

    assertThatThrownBy(() -> assertThat(response).isCreated())
        .hasMessageStartingWith("Expected status 201 Created, but was 200 OK.");
  }

  @Test
  void filterChecksEveryExchangeOutsideTheExtension() {
    shop().filter(RestAssuredAssertions.statusRules()).post("/orders").then().statusCode(201);

    assertThatThrownBy(
            () -> shop().filter(RestAssuredAssertions.statusRules()).post("/legacy/orders"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(
            "Expected POST " + api.uri("/legacy/orders") + " -> 200 OK to pass statuskit's")
        .hasMessageContaining("SK204");
  }

  @Test
  void filterSeesErrorBodiesThatReportSuccess() {
    assertThatThrownBy(
            () ->
                given()
                    .filter(RestAssuredAssertions.statusRules())
                    .get(api.uri("/legacy/orders/7")))
        .hasMessageContaining("SK201  error    2xx carrying an error body");
  }
}
