package dev.statuskit.test;

import dev.statuskit.exchange.Exchange;

/** Exchanges of a small shop API, good and bad, for assertion tests. */
final class Shop {
  private Shop() {}

  static Exchange created() {
    return Exchange.builder()
        .method("POST")
        .target("https://shop.example/orders")
        .requestHeader("Content-Type", "application/json")
        .requestHeader("Authorization", "Bearer s3cr3t")
        .requestBody("{\"sku\":7}")
        .status(201)
        .reason("Created")
        .header("Location", "/orders/42")
        .header("Content-Type", "application/json")
        .body("{\"id\":42}")
        .build();
  }

  /** 200 where 201 was meant, announcing the new order with Location anyway (SK204). */
  static Exchange okWithLocation() {
    return Exchange.builder()
        .method("POST")
        .target("https://shop.example/orders")
        .requestHeader("Content-Type", "application/json")
        .requestBody("{\"sku\":7}")
        .status(200)
        .reason("OK")
        .header("Location", "/orders/42")
        .header("Content-Type", "application/json")
        .body("{\"id\":42}")
        .build();
  }

  /** 201 without Location (SK101). */
  static Exchange createdWithoutLocation() {
    return Exchange.builder()
        .method("POST")
        .target("https://shop.example/orders")
        .status(201)
        .header("Content-Type", "application/json")
        .header("Set-Cookie", "session=abc123")
        .body("{\"id\":42}")
        .build();
  }

  static Exchange notFoundProblem() {
    return Exchange.builder()
        .method("GET")
        .target("https://shop.example/orders/7")
        .status(404)
        .header("Content-Type", "application/problem+json")
        .body(
            "{\"type\":\"https://shop.example/problems/no-such-order\","
                + "\"title\":\"No such order\",\"status\":404}")
        .build();
  }

  /** A crash page: text/plain to a JSON client, with a stack trace (SK302, SK305, SK307). */
  static Exchange crash() {
    return Exchange.builder()
        .method("GET")
        .target("https://shop.example/orders/7?api_key=k3y")
        .requestHeader("Accept", "application/json")
        .status(500)
        .header("Content-Type", "text/plain")
        .body(
            "java.lang.NullPointerException: order was null\n"
                + "\tat com.shop.Orders.find(Orders.java:42)")
        .build();
  }

  static Exchange tooManyRequests(String retryAfter) {
    return Exchange.builder()
        .method("GET")
        .target("https://shop.example/orders")
        .status(429)
        .header("Retry-After", retryAfter)
        .header("Content-Type", "application/problem+json")
        .body("{\"title\":\"Slow down\",\"status\":429}")
        .build();
  }
}
