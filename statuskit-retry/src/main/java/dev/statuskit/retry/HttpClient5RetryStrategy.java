package dev.statuskit.retry;

import dev.statuskit.exchange.Headers;
import java.io.IOException;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.HttpRequestRetryStrategy;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpMessage;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.http.protocol.HttpCoreContext;
import org.apache.hc.core5.util.TimeValue;

/**
 * A {@link RetryPolicy} as Apache HttpClient 5's retry strategy, in place of its default one.
 *
 * <pre>{@code
 * CloseableHttpClient client = HttpClients.custom()
 *     .setRetryStrategy(new HttpClient5RetryStrategy(RetryPolicy.defaults()))
 *     .build();
 * }</pre>
 *
 * <p>HttpClient does the waiting itself, so the policy's {@link Sleeper} is not used; its clock and
 * random source are. HttpClient asks the strategy nothing before the first try ends, so here the
 * time budget counts from the end of the first try rather than its start. A request whose entity
 * cannot be sent twice is never retried, whatever the policy says: HttpClient does not ask.
 */
public final class HttpClient5RetryStrategy implements HttpRequestRetryStrategy {

  /** Where the tries of the request being executed are kept in its context. */
  private static final String TRIES = HttpClient5RetryStrategy.class.getName() + ".tries";

  /** The decision the last retryRequest call made, for the getRetryInterval call that follows. */
  private static final String DECISION = HttpClient5RetryStrategy.class.getName() + ".decision";

  private final RetryPolicy policy;

  public HttpClient5RetryStrategy(RetryPolicy policy) {
    this.policy = Objects.requireNonNull(policy, "policy");
  }

  /** With {@link RetryPolicy#defaults()}. */
  public HttpClient5RetryStrategy() {
    this(RetryPolicy.defaults());
  }

  @Override
  public boolean retryRequest(
      HttpRequest request, IOException exception, int execCount, HttpContext context) {
    Tries tries = tries(request, execCount, context);
    // HttpClient's own connect timeout: the connection was never made.
    RetryDecision decision =
        exception instanceof ConnectTimeoutException
            ? tries.after(exception, Failure.NOT_SENT)
            : tries.after(exception);
    context.setAttribute(DECISION, decision);
    return decision.retry();
  }

  @Override
  public boolean retryRequest(HttpResponse response, int execCount, HttpContext context) {
    HttpRequest request = HttpCoreContext.cast(context).getRequest();
    if (request == null) {
      // Without the request there is no telling whether a repeat is harmless.
      context.setAttribute(DECISION, RetryDecision.stop("the request is not in the context"));
      return false;
    }
    Tries tries = tries(request, execCount, context);
    RetryDecision decision = tries.after(response.getCode(), headers(response));
    context.setAttribute(DECISION, decision);
    return decision.retry();
  }

  @Override
  public TimeValue getRetryInterval(
      HttpRequest request, IOException exception, int execCount, HttpContext context) {
    return interval(context);
  }

  @Override
  public TimeValue getRetryInterval(HttpResponse response, int execCount, HttpContext context) {
    return interval(context);
  }

  private static TimeValue interval(HttpContext context) {
    Object decision = context.getAttribute(DECISION);
    return decision instanceof RetryDecision d
        ? TimeValue.ofMilliseconds(d.delay().toMillis())
        : TimeValue.ZERO_MILLISECONDS;
  }

  /**
   * The tries of this request: new on its first try, or when the context holds another request's (a
   * context the caller reuses across requests).
   */
  private Tries tries(HttpRequest request, int execCount, HttpContext context) {
    Object kept = context.getAttribute(TRIES);
    Tries tries;
    if (execCount > 1 && kept instanceof Tries t && t.number() == execCount - 1) {
      tries = t;
    } else {
      tries = new Tries(policy, request.getMethod(), target(request), headers(request));
      for (int i = 1; i < execCount; i++) {
        tries.begin(); // tries made before this strategy saw the request
      }
      context.setAttribute(TRIES, tries);
    }
    tries.begin();
    return tries;
  }

  private static String target(HttpRequest request) {
    try {
      return Tries.target(request.getUri());
    } catch (URISyntaxException e) {
      return request.getPath() == null ? "" : request.getPath().replaceFirst("\\?.*", "");
    }
  }

  private static Headers headers(HttpMessage message) {
    List<Headers.Field> fields = new ArrayList<>();
    for (Header h : message.getHeaders()) {
      fields.add(new Headers.Field(h.getName(), h.getValue()));
    }
    return Headers.of(fields);
  }
}
