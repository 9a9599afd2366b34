package dev.statuskit.test.adapter;

import dev.statuskit.test.RulePolicy;
import dev.statuskit.test.StatusRecorder;
import java.io.IOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/** A JDK HttpClient that reports each exchange of the one it wraps to {@link StatusRecorder}. */
final class StatusRulesHttpClient extends HttpClient {
  private final HttpClient delegate;
  private final RulePolicy policy;

  StatusRulesHttpClient(HttpClient delegate, RulePolicy policy) {
    this.delegate = delegate;
    this.policy = policy;
  }

  @Override
  public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
      throws IOException, InterruptedException {
    long start = System.nanoTime();
    HttpResponse<T> response = delegate.send(request, handler);
    report(response, Duration.ofNanos(System.nanoTime() - start));
    return response;
  }

  @Override
  public <T> CompletableFuture<HttpResponse<T>> sendAsync(
      HttpRequest request, HttpResponse.BodyHandler<T> handler) {
    long start = System.nanoTime();
    return delegate
        .sendAsync(request, handler)
        .thenApply(r -> report(r, Duration.ofNanos(System.nanoTime() - start)));
  }

  @Override
  public <T> CompletableFuture<HttpResponse<T>> sendAsync(
      HttpRequest request,
      HttpResponse.BodyHandler<T> handler,
      HttpResponse.PushPromiseHandler<T> pushPromiseHandler) {
    long start = System.nanoTime();
    return delegate
        .sendAsync(request, handler, pushPromiseHandler)
        .thenApply(r -> report(r, Duration.ofNanos(System.nanoTime() - start)));
  }

  /** Reports each hop; the time covers the whole chain, so only the last hop carries it. */
  private <T> HttpResponse<T> report(HttpResponse<T> response, Duration elapsed) {
    for (HttpResponse<?> hop : JdkHttpClientAssertions.chain(response)) {
      Optional<Duration> time = hop == response ? Optional.of(elapsed) : Optional.empty();
      StatusRecorder.report(JdkHttpClientAssertions.exchange(hop, time), policy);
    }
    return response;
  }

  @Override
  public Optional<CookieHandler> cookieHandler() {
    return delegate.cookieHandler();
  }

  @Override
  public Optional<Duration> connectTimeout() {
    return delegate.connectTimeout();
  }

  @Override
  public Redirect followRedirects() {
    return delegate.followRedirects();
  }

  @Override
  public Optional<ProxySelector> proxy() {
    return delegate.proxy();
  }

  @Override
  public SSLContext sslContext() {
    return delegate.sslContext();
  }

  @Override
  public SSLParameters sslParameters() {
    return delegate.sslParameters();
  }

  @Override
  public Optional<Authenticator> authenticator() {
    return delegate.authenticator();
  }

  @Override
  public Version version() {
    return delegate.version();
  }

  @Override
  public Optional<Executor> executor() {
    return delegate.executor();
  }

  @Override
  public WebSocket.Builder newWebSocketBuilder() {
    return delegate.newWebSocketBuilder();
  }
}
