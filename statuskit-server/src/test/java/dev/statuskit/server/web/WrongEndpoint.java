package dev.statuskit.server.web;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * A deliberately wrong API on 127.0.0.1 for the tester to catch: {@code POST /orders} answers 201
 * Created without Location (SK101), which the mock server would never do.
 */
final class WrongEndpoint implements AutoCloseable {
  private final HttpServer server;

  WrongEndpoint() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext(
        "/orders",
        exchange -> {
          exchange.getRequestBody().readAllBytes();
          byte[] body = "{\"id\": 42, \"status\": \"new\"}".getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(201, body.length); // and no Location: the mistake
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
  }

  URI orders() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/orders");
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
