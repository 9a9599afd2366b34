package dev.statuskit.probe.tester;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.statuskit.exchange.Body;
import dev.statuskit.exchange.Exchange;
import dev.statuskit.exchange.Headers;
import dev.statuskit.input.InputException;
import dev.statuskit.probe.EchoedSecrets;
import dev.statuskit.probe.UserAgent;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.BasicHttpClientConnectionManager;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;

/**
 * Sends one request on a connection of its own (so every phase is really timed, none borrowed from
 * a pool) and records it as a {@link Hop}. HttpClient is set up to show the server's answer as it
 * is: no redirects followed, no retries, no cookies, no decompression.
 */
final class HopSender {
  /** Where the interceptor leaves the header fields as the client finally sent them. */
  private static final String SENT_HEADERS = "statuskit.tester.sent-headers";

  private final TesterOptions options;

  HopSender(TesterOptions options) {
    this.options = options;
  }

  /**
   * @param source how the exchange is labelled: "request", "redirect 2"
   * @throws InputException when no complete response came: the one line says why
   */
  Hop send(TesterRequest call, String source) {
    Targets.check(call.url()); // again for redirects: a Location may carry user-info
    PhaseClock clock = new PhaseClock();
    HttpUriRequestBase request = new HttpUriRequestBase(call.method(), call.url());
    call.headers().forEach(f -> request.addHeader(f.name(), f.value()));
    // No content type on the entity: the caller's own Content-Type header is the one sent.
    call.body().ifPresent(b -> request.setEntity(new ByteArrayEntity(b.getBytes(UTF_8), null)));
    HttpClientContext context = HttpClientContext.create();
    CloseableHttpClient client = client(clock);
    if (Targets.isHttps(call.url())) {
      TimedConnections.prepareTls(); // once per JVM, and not while the clock runs
    }
    clock.started();
    // One deadline for the whole hop; the socket timeouts alone would let a slow trickle run on.
    AtomicBoolean expired = new AtomicBoolean();
    CompletableFuture<Void> alarm =
        CompletableFuture.runAsync(
            () -> {
              expired.set(true);
              request.cancel();
            },
            CompletableFuture.delayedExecutor(options.timeout().toNanos(), TimeUnit.NANOSECONDS));
    try {
      ClassicHttpResponse response = client.executeOpen(null, request, context);
      try {
        clock.headArrived();
        Headers raw = headers(response.getHeaders());
        Body read =
            BodyReader.read(response.getEntity(), raw.first("Content-Type"), request::cancel);
        // An echo endpoint or a debug page sends the caller's token back; it is shown blotted.
        EchoedSecrets secrets = EchoedSecrets.in(sent(call));
        Headers received = secrets.scrub(raw);
        Body body = Body.excerpt(secrets.scrub(read.text()), read.size());
        clock.bodyRead();
        Timing timing = clock.timing();
        return new Hop(exchange(call, context, response, received, body, timing, source), timing);
      } finally {
        closeQuietly(response);
      }
    } catch (IOException e) {
      throw new InputException(
          Targets.shown(call.url()), Failures.describe(e, expired.get(), options.timeout()), e);
    } finally {
      alarm.cancel(false);
      // Nothing is pooled: the hop's connection goes with its client.
      client.close(CloseMode.IMMEDIATE);
    }
  }

  /** Once the body is read (or cut short), errors on closing change nothing we report. */
  private static void closeQuietly(ClassicHttpResponse response) {
    try {
      response.close();
    } catch (IOException e) {
      // The hop is complete; a cancelled or broken connection is simply discarded.
    }
  }

  private CloseableHttpClient client(PhaseClock clock) {
    Timeout timeout = Timeout.of(options.timeout());
    var connections =
        new BasicHttpClientConnectionManager(
            TimedConnections.on(clock, options.loopbackOnly()), null);
    connections.setConnectionConfig(
        ConnectionConfig.custom().setConnectTimeout(timeout).setSocketTimeout(timeout).build());
    return HttpClients.custom()
        .setConnectionManager(connections)
        .setDefaultRequestConfig(
            RequestConfig.custom().setResponseTimeout(timeout).setRedirectsEnabled(false).build())
        .setUserAgent("statuskit/" + UserAgent.VERSION)
        // The tester follows redirects itself, to record and check each hop.
        .disableRedirectHandling()
        // The default strategy retries 429 and 503 after Retry-After, hiding them.
        .disableAutomaticRetries()
        .disableCookieManagement()
        .disableAuthCaching()
        // Decompressing would change the body and headers the user wants to see.
        .disableContentCompression()
        .addRequestInterceptorLast(
            (r, entity, c) -> c.setAttribute(SENT_HEADERS, List.of(r.getHeaders())))
        .build();
  }

  private static Exchange exchange(
      TesterRequest call,
      HttpClientContext context,
      ClassicHttpResponse response,
      Headers received,
      Body body,
      Timing timing,
      String source) {
    int status = response.getCode();
    if (status < 100 || status > 599) {
      // RFC 9110 §15: a status code is three digits from 1xx to 5xx.
      throw new InputException(
          Targets.shown(call.url()), "the server answered status " + status + ", not 100–599");
    }
    return Exchange.builder()
        .method(call.method())
        .target(call.url().toString())
        .requestHeaders(Optional.of(sentHeaders(context, call)))
        .requestBody(Optional.of(call.body().map(Body::of).orElse(Body.empty())))
        .protocol(response.getVersion() == null ? null : response.getVersion().format())
        .status(status)
        .reason(response.getReasonPhrase())
        .headers(Optional.of(received))
        .body(Optional.of(body))
        .elapsed(timing.total())
        .source(source)
        .build();
  }

  private static Headers sent(TesterRequest call) {
    return Headers.of(
        call.headers().stream().map(f -> new Headers.Field(f.name(), f.value())).toList());
  }

  private static Headers headers(Header[] headers) {
    return Headers.of(
        Arrays.stream(headers).map(h -> new Headers.Field(h.getName(), h.getValue())).toList());
  }

  /** The fields as the client sent them (with Host and User-Agent), or as asked if unknown. */
  private static Headers sentHeaders(HttpClientContext context, TesterRequest call) {
    if (context.getAttribute(SENT_HEADERS) instanceof List<?> list) {
      return headers(list.stream().map(Header.class::cast).toArray(Header[]::new));
    }
    return sent(call);
  }
}
