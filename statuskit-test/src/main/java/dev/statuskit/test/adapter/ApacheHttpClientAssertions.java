package dev.statuskit.test.adapter;

import dev.statuskit.exchange.Body;
import dev.statuskit.exchange.Exchange;
import dev.statuskit.test.ExchangeAssert;
import dev.statuskit.test.RulePolicy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Optional;
import org.apache.hc.client5.http.classic.ExecChainHandler;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;

/**
 * statuskit for Apache HttpClient 5 (classic API).
 *
 * <pre>{@code
 * CloseableHttpClient client = HttpClients.custom()
 *     .addExecInterceptorLast("statuskit", ApacheHttpClientAssertions.statusRules())
 *     .build();
 * client.execute(post, response -> {
 *   assertThat(post, response).isCreated().hasLocation();
 *   return null;
 * });
 * }</pre>
 *
 * Reading the response for an assertion buffers its entity and puts the buffered copy back, so the
 * caller can still read the body afterwards.
 */
public final class ApacheHttpClientAssertions {
  private ApacheHttpClientAssertions() {}

  /** Assertions on the response and the request that produced it. */
  public static ExchangeAssert assertThat(
      ClassicHttpRequest request, ClassicHttpResponse response) {
    return new ExchangeAssert(exchange(request, response));
  }

  /**
   * Assertions on a response alone. HttpClient's responses do not carry their request, so rules
   * that need the request are skipped; prefer {@link #assertThat(ClassicHttpRequest,
   * ClassicHttpResponse)}.
   */
  public static ExchangeAssert assertThat(ClassicHttpResponse response) {
    return new ExchangeAssert(exchange(response));
  }

  /** The request and its response as an exchange; buffers the response entity. */
  public static Exchange exchange(ClassicHttpRequest request, ClassicHttpResponse response) {
    return exchange(request, response, Optional.empty());
  }

  /** The response alone as an exchange; buffers the response entity. */
  public static Exchange exchange(ClassicHttpResponse response) {
    return response(Wire.responseOnly(), response).build();
  }

  /**
   * An exec chain handler that reports every exchange to the running {@code StatusRules} test, or
   * checks it at once against the default policy outside one. Added with {@code
   * addExecInterceptorLast}, it sees each hop (redirects, authentication challenges) as sent.
   */
  public static ExecChainHandler statusRules() {
    return statusRules(RulePolicy.defaults());
  }

  /** As {@link #statusRules()}, with this policy for exchanges checked at once. */
  public static ExecChainHandler statusRules(RulePolicy policy) {
    return new StatusRulesExecHandler(policy);
  }

  static Exchange exchange(
      ClassicHttpRequest request, ClassicHttpResponse response, Optional<Duration> elapsed) {
    Exchange.Builder b =
        Exchange.builder()
            .method(request.getMethod())
            .target(target(request))
            .requestHeaders(headers(request.getHeaders()))
            .requestBody(requestBody(request.getEntity()))
            .elapsed(elapsed.orElse(null));
    return response(b, response).build();
  }

  private static Exchange.Builder response(Exchange.Builder b, ClassicHttpResponse response) {
    return b.protocol(response.getVersion() == null ? null : response.getVersion().format())
        .status(response.getCode())
        .reason(response.getReasonPhrase())
        .headers(headers(response.getHeaders()))
        .body(Optional.of(buffer(response)))
        .source("Apache HttpClient 5");
  }

  private static String target(ClassicHttpRequest request) {
    try {
      return request.getUri().toString();
    } catch (URISyntaxException e) {
      return request.getRequestUri();
    }
  }

  private static Optional<dev.statuskit.exchange.Headers> headers(Header[] headers) {
    Wire.HeaderList list = new Wire.HeaderList();
    for (Header h : headers) {
      list.add(h.getName(), h.getValue());
    }
    return list.headers();
  }

  /** A request entity can be read again only when it says so; others stay unrecorded. */
  private static Optional<Body> requestBody(HttpEntity entity) {
    if (entity == null) {
      return Optional.of(Body.empty());
    }
    if (!entity.isRepeatable()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Body.of(EntityUtils.toByteArray(entity)));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /**
   * Reads the response entity and replaces it with a buffered copy of the same type, encoding and
   * chunking, so the caller's later reads see the same bytes.
   */
  private static Body buffer(ClassicHttpResponse response) {
    HttpEntity entity = response.getEntity();
    if (entity == null) {
      return Body.empty();
    }
    try {
      byte[] bytes = EntityUtils.toByteArray(entity);
      if (!entity.isRepeatable()) {
        ContentType type =
            entity.getContentType() == null ? null : ContentType.parse(entity.getContentType());
        response.setEntity(
            new ByteArrayEntity(bytes, type, entity.getContentEncoding(), entity.isChunked()));
      }
      return Body.of(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("statuskit could not read the response body", e);
    }
  }
}
