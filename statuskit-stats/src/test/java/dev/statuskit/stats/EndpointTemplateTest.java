package dev.statuskit.stats;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EndpointTemplateTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "/users/123                                   | /users/{id}",
        "/users/123/orders/456                        | /users/{id}/orders/{id}",
        "/orders/7d444840-9dc0-11d1-b245-5ffdce74fad2 | /orders/{uuid}",
        "/orders/7D444840-9DC0-11D1-B245-5FFDCE74FAD2 | /orders/{uuid}",
        "/blobs/9f86d081884c7d659a2feaa0c55ad015      | /blobs/{hash}",
        "/commits/a1b2c3d4                            | /commits/{hash}",
        "/reports/2024-05-14                          | /reports/{date}",
        "/keys/AbC123xYz789QwE456rTy                  | /keys/{token}",
        "/items/123.json                              | /items/{id}.json",
        "/users/123?expand=orders&token=s3cret        | /users/{id}",
        "/page#section                                | /page",
        "http://example.com/users/7                   | /users/{id}",
        "https://example.com                          | /",
        "/users/                                      | /users/",
        "/                                            | /",
        "*                                            | *",
        "/v1/users                                    | /v1/users",
        "/deadbeef                                    | /deadbeef",
        "/how-to-fix-404-errors-in-2024               | /how-to-fix-404-errors-in-2024",
        "/api/v2/products/42/reviews                  | /api/v2/products/{id}/reviews",
      })
  void templatesIdentifiers(String target, String template) {
    assertThat(EndpointTemplate.of(target)).isEqualTo(template);
  }

  @ParameterizedTest
  @CsvSource({"300", "5000"})
  void capsLongPaths(int length) {
    String path = "/" + "a".repeat(length);

    assertThat(EndpointTemplate.of(path)).hasSize(Math.min(length + 1, EndpointTemplate.MAX));
  }
}
