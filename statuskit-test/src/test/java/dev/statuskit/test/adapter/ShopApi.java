package dev.statuskit.test.adapter;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * A small shop API on 127.0.0.1 for the adapter tests, with one endpoint done right and one done
 * the way legacy APIs do it:
 *
 * <pre>
 * POST /orders           201 Created, Location: /orders/42, {"id":42}
 * POST /legacy/orders    200 OK with Location (SK204)
 * GET  /orders/7         404 problem+json
 * GET  /legacy/orders/7  200 OK {"error":"not found"} (SK201)
 * GET  /moved            302 Found to /orders/7
 * </pre>
 */
public final class ShopApi implements AutoCloseable {
  private final HttpServer server;

  private ShopApi(HttpServer server) {
    this.server = server;
  }

  public static ShopApi start() {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      server.createContext("/", ShopApi::handle);
      server.start();
      return new ShopApi(server);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  public String baseUri() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private static void handle(HttpExchange x) throws IOException {
    x.getRequestBody().readAllBytes();
    String route = x.getRequestMethod() + " " + x.getRequestURI().getPath();
    switch (route) {
      case "POST /orders" -> {
        x.getResponseHeaders().add("Location", "/orders/42");
        send(x, 201, "application/json", "{\"id\":42}");
      }
      case "POST /legacy/orders" -> {
        x.getResponseHeaders().add("Location", "/orders/42");
        send(x, 200, "application/json", "{\"id\":42}");
      }
      case "GET /orders/7" ->
          send(
              x,
              404,
              "application/problem+json",
              "{\"type\":\"https://shop.example/problems/no-such-order\","
                  + "\"title\":\"No such order\",\"status\":404}");
      case "GET /legacy/orders/7" -> send(x, 200, "application/json", "{\"error\":\"not found\"}");
      case "GET /moved" -> {
        x.getResponseHeaders().add("Location", "/orders/7");
        send(x, 302, "text/plain", "see /orders/7");
      }
      default ->
          send(x, 404, "application/problem+json", "{\"title\":\"No route\",\"status\":404}");
    }
  }

  private static void send(HttpExchange x, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    x.getResponseHeaders().add("Content-Type", type);
    x.sendResponseHeaders(status, bytes.length);
    try (var out = x.getResponseBody()) {
      out.write(bytes);
    }
  }
}
