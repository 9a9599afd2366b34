package dev.statuskit.server.demo;

import dev.statuskit.exchange.Exchange;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A JSON API client for the tests: real HTTP over 127.0.0.1, redirects not followed, the demo's
 * credentials sent unless a test drops them.
 */
final class Client {
  private static final Duration TIMEOUT = Duration.ofSeconds(5);

  private final URI base;
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(TIMEOUT)
          .build();

  Client(DemoApi demo) {
    this.base = demo.baseUri();
  }

  /** A request as the tests build it: method, path (with query) and extra header fields. */
  static final class Request {
    final String method;
    final String path;
    final List<String> headers = new ArrayList<>();
    boolean credentials = true;
    String body = "";

    private Request(String method, String path) {
      this.method = method;
      this.path = path;
      headers.add("Accept");
      headers.add("application/json");
    }

    Request header(String name, String value) {
      headers.add(name);
      headers.add(value);
      return this;
    }

    Request withoutCredentials() {
      credentials = false;
      return this;
    }

    Request body(String contentType, String text) {
      body = text;
      return header("Content-Type", contentType);
    }

    List<String> allHeaders() {
      List<String> all = new ArrayList<>(headers);
      if (credentials) {
        all.add(DemoApi.credentialsHeaderName());
        all.add(DemoApi.credentialsHeaderValue());
      }
      return all;
    }
  }

  static Request request(String method, String path) {
    return new Request(method, path);
  }

  HttpResponse<String> get(String path) {
    return send(request("GET", path));
  }

  HttpResponse<String> send(String method, String path) {
    return send(request(method, path));
  }

  HttpResponse<String> send(Request call) {
    List<String> headers = call.allHeaders();
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + call.path))
            .timeout(TIMEOUT)
            .method(
                call.method,
                call.body.isEmpty()
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(call.body));
    for (int i = 0; i < headers.size(); i += 2) {
      request.header(headers.get(i), headers.get(i + 1));
    }
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new AssertionError(call.method + " " + call.path + " failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  /** The exchange as statuskit's rules see it, with the request exactly as it was sent. */
  static Exchange exchange(Request call, HttpResponse<String> response) {
    Exchange.Builder b =
        Exchange.builder()
            .method(call.method)
            .target(response.uri().toString())
            .status(response.statusCode())
            .body(response.body())
            .source("demo: " + call.method + " " + call.path);
    List<String> headers = call.allHeaders();
    for (int i = 0; i < headers.size(); i += 2) {
      b.requestHeader(headers.get(i), headers.get(i + 1));
    }
    if (!call.body.isEmpty()) {
      b.requestBody(call.body);
    }
    response.headers().map().forEach((name, values) -> values.forEach(v -> b.header(name, v)));
    return b.build();
  }
}
