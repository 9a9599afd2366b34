package dev.statuskit.probe.tester;

import dev.statuskit.exchange.Headers;
import dev.statuskit.exchange.Request;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Exchanges as they may be shown: credentials redacted. Everything that displays a tester's result
 * (the CLI's text, {@link TesterJson}, the web UI) shows headers and URLs through here.
 */
public final class Shown {
  private Shown() {}

  /** Fields whose values are URLs, which may carry a token in their query. */
  private static final Set<String> URL_FIELDS = Set.of("location", "content-location", "referer");

  /**
   * Credential fields (Authorization, Cookie, Set-Cookie, API keys: {@link Headers#isSecret}) as
   * {@value Headers#REDACTED}, and secrets in URL-valued fields (Location) redacted like URLs.
   */
  public static Headers headers(Headers headers) {
    return Headers.of(
        headers.redacted().fields().stream()
            .map(
                f ->
                    URL_FIELDS.contains(f.name().toLowerCase(Locale.ROOT))
                        ? new Headers.Field(f.name(), url(f.value()))
                        : f)
            .toList());
  }

  /** The URL with user-info and secret-looking query parameters (api_key, token) redacted. */
  public static String url(String url) {
    return new Request("GET", url, Optional.empty(), Optional.empty()).shownTarget();
  }
}
