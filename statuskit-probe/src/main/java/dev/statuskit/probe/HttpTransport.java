package dev.statuskit.probe;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.statuskit.exchange.Body;
import dev.statuskit.exchange.Exchange;
import dev.statuskit.exchange.Headers;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SSLException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;

/**
 * Sends probe requests with Apache HttpClient 5 and records each as an {@link Exchange}: full
 * request and response headers, reason phrase, protocol, timing, and at most {@link Body#EXCERPT}
 * bytes of the body. The client is set up to show the server's answers as they are: no redirects
 * followed, no retries, no cookies kept between requests, no transparent decompression.
 */
final class HttpTransport implements Sender, AutoCloseable {
  /** Where the interceptor leaves the header fields as the client finally sent them. */
  private static final String SENT_HEADERS = "statuskit.sent-headers";

  private final CloseableHttpClient client;
  private final RateLimiter limiter;
  private final Duration responseTimeout;
  private final Duration connectTimeout;

  HttpTransport(ProbeOptions options) {
    this.limiter = new RateLimiter(options.requestsPerSecond());
    this.responseTimeout = options.responseTimeout();
    this.connectTimeout = options.connectTimeout();
    var connections =
        PoolingHttpClientConnectionManagerBuilder.create()
            .setMaxConnTotal(options.concurrency())
            .setMaxConnPerRoute(options.concurrency())
            .setDefaultConnectionConfig(
                ConnectionConfig.custom()
                    .setConnectTimeout(Timeout.of(options.connectTimeout()))
                    .setSocketTimeout(Timeout.of(options.responseTimeout()))
                    .build())
            .build();
    this.client =
        HttpClients.custom()
            .setConnectionManager(connections)
            .setDefaultRequestConfig(
                RequestConfig.custom()
                    .setResponseTimeout(Timeout.of(options.responseTimeout()))
                    .setRedirectsEnabled(false)
                    .build())
            .setUserAgent(UserAgent.VALUE)
            // Each hop is its own exchange: the audit must see the 3xx itself.
            .disableRedirectHandling()
            // The default strategy retries 429 and 503 after Retry-After, hiding them.
            .disableAutomaticRetries()
            // A session cookie from one answer would authenticate the no-credentials probe.
            .disableCookieManagement()
            .disableAuthCaching()
            // Decompressing would change the body and headers rules read.
            .disableContentCompression()
            .addRequestInterceptorLast(
                (request, entity, context) ->
                    context.setAttribute(SENT_HEADERS, List.of(request.getHeaders())))
            .build();
  }

  @Override
  public Exchange send(ProbeRequest probe) throws ProbeFailure, InterruptedException {
    limiter.acquire();
    HttpUriRequestBase request = new HttpUriRequestBase(probe.method(), probe.uri());
    probe.headers().fields().forEach(f -> request.addHeader(f.name(), f.value()));
    // No content type on the entity: the probe's own Content-Type header is the one sent.
    probe.body().ifPresent(b -> request.setEntity(new ByteArrayEntity(b.getBytes(UTF_8), null)));
    HttpClientContext context = HttpClientContext.create();
    long start = System.nanoTime();
    ClassicHttpResponse response;
    try {
      // No explicit target host: the client takes it from the request's absolute URI.
      response = client.executeOpen(null, request, context);
    } catch (IOException e) {
      throw failure(e);
    }
    try {
      if (response.getCode() < 100 || response.getCode() > 599) {
        // RFC 9110 §15: a status code is three digits from 1xx to 5xx; nothing to audit here.
        request.cancel();
        throw new ProbeFailure("status outside 100–599", "status " + response.getCode(), false);
      }
      Optional<Body> body = readBody(request, response);
      Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
      return exchange(probe, sentHeaders(context, probe), response, body, elapsed);
    } catch (IOException e) {
      throw failure(e);
    } finally {
      closeQuietly(response);
    }
  }

  /** Once the body is read (or cut short), errors on closing change nothing we report. */
  private static void closeQuietly(ClassicHttpResponse response) {
    try {
      response.close();
    } catch (IOException e) {
      // The exchange is complete; a cancelled or broken connection is simply discarded.
    }
  }

  private Exchange exchange(
      ProbeRequest probe,
      Headers sent,
      ClassicHttpResponse response,
      Optional<Body> body,
      Duration elapsed) {
    EchoedSecrets secrets = EchoedSecrets.in(probe.headers());
    Headers received =
        secrets.scrub(
            Headers.of(
                Arrays.stream(response.getHeaders())
                    .map(h -> new Headers.Field(h.getName(), h.getValue()))
                    .toList()));
    return Exchange.builder()
        .method(probe.method())
        .target(probe.uri().toString())
        .requestHeaders(Optional.of(sent))
        .requestBody(Optional.of(probe.body().map(Body::of).orElse(Body.empty())))
        .protocol(response.getVersion() == null ? null : response.getVersion().format())
        .status(response.getCode())
        .reason(response.getReasonPhrase())
        .headers(Optional.of(received))
        .body(body.map(b -> Body.excerpt(secrets.scrub(b.text()), b.size())))
        .elapsed(elapsed)
        .source(probe.source())
        .build();
  }

  /** The fields as the client sent them (with Host and User-Agent), or as we asked if unknown. */
  private static Headers sentHeaders(HttpClientContext context, ProbeRequest probe) {
    Object sent = context.getAttribute(SENT_HEADERS);
    if (!(sent instanceof List<?> list)) {
      return probe.headers();
    }
    return Headers.of(
        list.stream()
            .map(Header.class::cast)
            .map(h -> new Headers.Field(h.getName(), h.getValue()))
            .toList());
  }

  /**
   * Reads at most {@link Body#EXCERPT} bytes. A longer body is not drained: the request is
   * cancelled, which closes the connection instead of reading on (possibly forever).
   */
  private static Optional<Body> readBody(HttpUriRequestBase request, ClassicHttpResponse response)
      throws IOException {
    HttpEntity entity = response.getEntity();
    if (entity == null) {
      // HEAD, 204 and 304 answers end with their headers (RFC 9112 §6.3).
      return Optional.of(Body.empty());
    }
    InputStream in = entity.getContent();
    byte[] bytes = in.readNBytes(Body.EXCERPT + 1);
    if (bytes.length > Body.EXCERPT) {
      request.cancel();
    } else {
      in.close(); // read to the end: the connection goes back to the pool
    }
    int kept = Math.min(bytes.length, Body.EXCERPT);
    String text = new String(bytes, 0, kept, UTF_8);
    long size = entity.getContentLength() >= 0 ? entity.getContentLength() : bytes.length;
    return Optional.of(Body.excerpt(text, Math.max(size, bytes.length)));
  }

  private ProbeFailure failure(IOException e) {
    return failure(e, connectTimeout, responseTimeout);
  }

  /** What went wrong, in the fixed words of {@link ProbeFailure#reason()}. */
  static ProbeFailure failure(IOException e, Duration connectTimeout, Duration responseTimeout) {
    String detail = oneLine(e);
    if (e instanceof UnknownHostException) {
      return new ProbeFailure("unknown host", detail, true);
    }
    if (e instanceof ConnectTimeoutException) {
      return new ProbeFailure(
          "no connection within " + seconds(connectTimeout) + " (connect timeout)", detail, true);
    }
    if (e instanceof ConnectException) {
      return new ProbeFailure("connection refused", detail, true);
    }
    if (e instanceof NoRouteToHostException) {
      return new ProbeFailure("no route to host", detail, true);
    }
    if (e instanceof SSLException) {
      return new ProbeFailure("TLS failure", detail, true);
    }
    if (e instanceof SocketTimeoutException || e instanceof InterruptedIOException) {
      return new ProbeFailure(
          "no response within " + seconds(responseTimeout) + " (response timeout)", detail, false);
    }
    return new ProbeFailure("no response (" + e.getClass().getSimpleName() + ")", detail, false);
  }

  static String seconds(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
  }

  private static String oneLine(Throwable e) {
    String m = e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m.replaceAll("\\s+", " ").strip();
  }

  @Override
  public void close() {
    client.close(CloseMode.IMMEDIATE);
  }
}
