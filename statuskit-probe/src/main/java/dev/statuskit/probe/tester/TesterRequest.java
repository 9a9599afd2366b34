package dev.statuskit.probe.tester;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What to send.
 *
 * @param method the method, any token (upper-cased here): GET, POST, PROPFIND
 * @param url an absolute http or https URL
 * @param headers header fields in the order to send them; credentials among them are sent as given
 *     and redacted wherever the result is shown
 * @param body the request content, sent as UTF-8; empty for none
 * @param followRedirects whether to follow 301, 302, 303, 307 and 308 answers (see {@link Tester})
 */
public record TesterRequest(
    String method,
    URI url,
    List<TesterRequest.Field> headers,
    Optional<String> body,
    boolean followRedirects) {

  /** One header field to send. */
  public record Field(String name, String value) {
    public Field {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, "value");
    }
  }

  public TesterRequest {
    method = Objects.requireNonNull(method, "method").strip().toUpperCase(Locale.ROOT);
    Objects.requireNonNull(url, "url");
    headers = List.copyOf(headers);
    Objects.requireNonNull(body, "body");
  }

  /** A plain GET without headers or body that does not follow redirects. */
  public static TesterRequest get(URI url) {
    return new TesterRequest("GET", url, List.of(), Optional.empty(), false);
  }

  public TesterRequest withFollowRedirects(boolean follow) {
    return new TesterRequest(method, url, headers, body, follow);
  }
}
