package dev.statuskit.probe.tester;

import dev.statuskit.exchange.Exchange;
import dev.statuskit.exchange.Headers;
import dev.statuskit.input.InputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Sends one request and tells what came back: status, headers, body, timing phase by phase, each
 * redirect followed, and what the rules find wrong with the final response. The engine behind
 * {@code statuskit request} and the web UI's tester.
 *
 * <pre>{@code
 * Tester tester = Tester.create(TesterOptions.defaults());
 * TesterResult r = tester.send(TesterRequest.get(URI.create("http://127.0.0.1:8080/status/401")));
 * r.exchange().response().status();          // 401
 * r.findings();                              // none: the mock server sends WWW-Authenticate
 * }</pre>
 *
 * <p>Every request, and every redirect, goes over a fresh connection, so DNS, connect and TLS are
 * measured for real. Redirects (301, 302, 303, 307, 308) are followed only when the request asks
 * to, at most {@link TesterOptions#maxRedirects()} times: 303 becomes GET, 301 and 302 turn a POST
 * into GET, 307 and 308 keep the method and body; credentials are not carried to another origin.
 * Bodies are kept up to {@link dev.statuskit.exchange.Body#EXCERPT} bytes and counted beyond.
 *
 * <p>A JVM's first send is preceded by one to a throwaway socket on 127.0.0.1, so that loading
 * classes is not reported as network time.
 *
 * <p>Thread-safe and reusable: each {@link #send} has its own client and connection.
 */
public final class Tester {
  private final TesterOptions options;
  private final HopSender sender;

  private Tester(TesterOptions options) {
    this.options = options;
    this.sender = new HopSender(options);
  }

  public static Tester create(TesterOptions options) {
    return new Tester(Objects.requireNonNull(options, "options"));
  }

  public TesterOptions options() {
    return options;
  }

  /**
   * Sends the request (and follows its redirects, if asked) and checks the final response.
   *
   * @throws InputException when nothing can be shown: a URL that is not http(s), a target refused
   *     by loopbackOnly, an unknown host, a refused connection, a TLS failure, a timeout, too many
   *     redirects. {@code where} is the URL (credentials redacted) and the message is one line.
   */
  public TesterResult send(TesterRequest request) throws InputException {
    check(request);
    Warmup.once();
    List<Hop> hops = new ArrayList<>();
    TesterRequest current = request;
    while (true) {
      Hop hop = sender.send(current, hops.isEmpty() ? "request" : "redirect " + hops.size());
      hops.add(hop);
      Optional<TesterRequest> next =
          request.followRedirects() ? Redirects.next(current, hop.exchange()) : Optional.empty();
      if (next.isEmpty()) {
        break;
      }
      if (hops.size() > options.maxRedirects()) {
        throw new InputException(
            Targets.shown(request.url()),
            "more than "
                + options.maxRedirects()
                + (options.maxRedirects() == 1 ? " redirect" : " redirects")
                + " (the next one to "
                + Targets.shown(next.get().url())
                + ")");
      }
      current = next.get();
    }
    Exchange last = hops.get(hops.size() - 1).exchange();
    return new TesterResult(hops, options.rules().check(last).findings());
  }

  /** A token (RFC 9110 §5.6.2): what a method and a header name must be. */

  /**
   * Refuses what would not be one well-formed request: a form field could otherwise smuggle a
   * second header (or request) in through a line break.
   */
  private static void check(TesterRequest request) {
    Targets.check(request.url());
    String where = Targets.shown(request.url());
    if (!Headers.isToken(request.method())) {
      throw new InputException(where, "'" + request.method() + "' is not a method name");
    }
    for (TesterRequest.Field f : request.headers()) {
      if (!Headers.isToken(f.name())) {
        throw new InputException(where, "'" + f.name() + "' is not a header name");
      }
      if (f.value().chars().anyMatch(c -> c == '\r' || c == '\n' || c == 0)) {
        throw new InputException(where, "the value of " + f.name() + " has a line break");
      }
    }
  }
}
