package dev.statuskit.retry;

import dev.statuskit.exchange.Headers;
import java.io.IOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodySubscribers;
import java.net.http.HttpResponse.PushPromiseHandler;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * A JDK {@link HttpClient} that sends each request again when its {@link RetryPolicy} says so. It
 * is an {@code HttpClient}, so it goes wherever one is expected; everything but sending is the
 * wrapped client's.
 *
 * <pre>{@code
 * HttpClient client = RetryingHttpClient.of(HttpClient.newHttpClient(), RetryPolicy.defaults());
 * HttpResponse<String> response = client.send(request, BodyHandlers.ofString());
 * client.sendAsync(request, BodyHandlers.ofString()).thenAccept(...);
 * }</pre>
 *
 * <p>The body of a response that will be retried is discarded, never given to the body handler: a
 * handler that writes a file sees only the response the caller gets. That response is the last one,
 * whatever its status; when the last try fails without a response, its exception is thrown. The
 * asynchronous methods wait between tries without holding a thread; cancelling the future they
 * return stops further tries. A request body must be one its publisher can send again (the {@code
 * BodyPublishers} of strings, byte arrays and files can).
 */
public final class RetryingHttpClient extends HttpClient {

  private final HttpClient client;
  private final RetryPolicy policy;

  private RetryingHttpClient(HttpClient client, RetryPolicy policy) {
    this.client = Objects.requireNonNull(client, "client");
    this.policy = Objects.requireNonNull(policy, "policy");
  }

  /** The client, retrying as the policy says. */
  public static RetryingHttpClient of(HttpClient client, RetryPolicy policy) {
    return new RetryingHttpClient(client, policy);
  }

  /** The client, retrying as {@link RetryPolicy#defaults()} says. */
  public static RetryingHttpClient of(HttpClient client) {
    return of(client, RetryPolicy.defaults());
  }

  public RetryPolicy policy() {
    return policy;
  }

  /**
   * Sends the request, and again while the policy says so, sleeping between tries.
   *
   * @return the last response
   * @throws IOException the last try's failure, when it got no response
   */
  @Override
  public <T> HttpResponse<T> send(HttpRequest request, BodyHandler<T> handler)
      throws IOException, InterruptedException {
    Tries tries = tries(request);
    while (true) {
      tries.begin();
      AtomicReference<RetryDecision> decided = new AtomicReference<>();
      RetryDecision decision;
      try {
        HttpResponse<T> response = client.send(request, deciding(handler, tries, decided));
        decision = decided.get();
        if (!decision.retry()) {
          return response;
        }
      } catch (IOException e) {
        decision = tries.after(e);
        if (!decision.retry()) {
          throw e;
        }
      }
      policy.sleeper().sleep(decision.delay());
    }
  }

  @Override
  public <T> CompletableFuture<HttpResponse<T>> sendAsync(
      HttpRequest request, BodyHandler<T> handler) {
    return sendAsync(request, handler, null);
  }

  /**
   * Sends the request, and again while the policy says so, waiting between tries without holding a
   * thread. The future completes with the last response, or with the last try's failure.
   */
  @Override
  public <T> CompletableFuture<HttpResponse<T>> sendAsync(
      HttpRequest request, BodyHandler<T> handler, PushPromiseHandler<T> pushPromiseHandler) {
    CompletableFuture<HttpResponse<T>> result = new CompletableFuture<>();
    tryAsync(request, handler, pushPromiseHandler, tries(request), result);
    return result;
  }

  private <T> void tryAsync(
      HttpRequest request,
      BodyHandler<T> handler,
      PushPromiseHandler<T> push,
      Tries tries,
      CompletableFuture<HttpResponse<T>> result) {
    if (result.isDone()) {
      return; // the caller cancelled: no more tries
    }
    tries.begin();
    AtomicReference<RetryDecision> decided = new AtomicReference<>();
    BodyHandler<T> deciding = deciding(handler, tries, decided);
    CompletableFuture<HttpResponse<T>> sent =
        push == null
            ? client.sendAsync(request, deciding)
            : client.sendAsync(request, deciding, push);
    sent.whenComplete(
        (response, failure) -> {
          try {
            RetryDecision decision = failure == null ? decided.get() : tries.after(failure);
            if (decision.retry()) {
              CompletableFuture.runAsync(
                      () -> tryAsync(request, handler, push, tries, result),
                      policy.sleeper().after(decision.delay()))
                  .exceptionally(
                      e -> {
                        result.completeExceptionally(Failure.unwrapped(e));
                        return null;
                      });
            } else if (failure == null) {
              result.complete(response);
            } else {
              result.completeExceptionally(Failure.unwrapped(failure));
            }
          } catch (RuntimeException | Error e) {
            // A listener that throws must not leave the caller waiting forever.
            result.completeExceptionally(e);
          }
        });
  }

  /**
   * The caller's handler, asked only for the response the caller will get: the policy decides on
   * the status and headers before any body is read, and a body to be retried is discarded.
   */
  private static <T> BodyHandler<T> deciding(
      BodyHandler<T> handler, Tries tries, AtomicReference<RetryDecision> decided) {
    return info -> {
      RetryDecision decision = tries.after(info.statusCode(), headers(info.headers()));
      decided.set(decision);
      return decision.retry() ? BodySubscribers.replacing(null) : handler.apply(info);
    };
  }

  private Tries tries(HttpRequest request) {
    return new Tries(
        policy, request.method(), Tries.target(request.uri()), headers(request.headers()));
  }

  static Headers headers(HttpHeaders headers) {
    List<Headers.Field> fields = new ArrayList<>();
    headers
        .map()
        .forEach((name, values) -> values.forEach(v -> fields.add(new Headers.Field(name, v))));
    return Headers.of(fields);
  }

  // Everything but sending is the wrapped client's.

  @Override
  public Optional<CookieHandler> cookieHandler() {
    return client.cookieHandler();
  }

  @Override
  public Optional<Duration> connectTimeout() {
    return client.connectTimeout();
  }

  @Override
  public Redirect followRedirects() {
    return client.followRedirects();
  }

  @Override
  public Optional<ProxySelector> proxy() {
    return client.proxy();
  }

  @Override
  public SSLContext sslContext() {
    return client.sslContext();
  }

  @Override
  public SSLParameters sslParameters() {
    return client.sslParameters();
  }

  @Override
  public Optional<Authenticator> authenticator() {
    return client.authenticator();
  }

  @Override
  public Version version() {
    return client.version();
  }

  @Override
  public Optional<Executor> executor() {
    return client.executor();
  }

  @Override
  public WebSocket.Builder newWebSocketBuilder() {
    return client.newWebSocketBuilder();
  }

  @Override
  public String toString() {
    return "RetryingHttpClient[" + client + ", " + policy + "]";
  }
}
