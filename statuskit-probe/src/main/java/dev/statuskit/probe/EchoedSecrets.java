package dev.statuskit.probe;

import dev.statuskit.exchange.Headers;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The credential values a request carried, to blot out of its response. Reports redact credential
 * headers by name, but a TRACE answer, a debug page or an "echo my headers" endpoint puts them in
 * the body, where no header rule sees them.
 */
public final class EchoedSecrets {
  /** Shorter values would blot out ordinary words ("dark", "en-GB"); tokens are far longer. */
  private static final int SHORTEST = 8;

  private final List<String> values;

  private EchoedSecrets(List<String> values) {
    this.values = values;
  }

  /** The credential values among the headers a request sent. */
  public static EchoedSecrets in(Headers sent) {
    List<String> values = new ArrayList<>();
    for (Headers.Field f : sent.fields()) {
      if (!Headers.isSecret(f.name())) {
        continue;
      }
      String value = f.value().strip();
      values.add(value);
      // "Bearer abc": the credentials after the scheme may be echoed alone.
      int space = value.indexOf(' ');
      if (space > 0) {
        values.add(value.substring(space + 1).strip());
      }
      // "a=1; b=2": so may each cookie value.
      for (String pair : value.split(";")) {
        int eq = pair.indexOf('=');
        if (eq > 0) {
          values.add(pair.substring(eq + 1).strip());
        }
      }
    }
    return new EchoedSecrets(
        values.stream()
            .filter(v -> v.length() >= SHORTEST)
            .distinct()
            // Longest first, so a whole value is replaced before the token inside it.
            .sorted(Comparator.comparingInt(String::length).reversed())
            .toList());
  }

  /** The text with every credential value replaced by the redaction mark. */
  public String scrub(String text) {
    String out = text;
    for (String v : values) {
      out = out.replace(v, Headers.REDACTED);
    }
    return out;
  }

  /** The header fields with credential values in their values replaced. */
  public Headers scrub(Headers headers) {
    if (values.isEmpty()) {
      return headers;
    }
    return Headers.of(
        headers.fields().stream().map(f -> new Headers.Field(f.name(), scrub(f.value()))).toList());
  }

  boolean isEmpty() {
    return values.isEmpty();
  }
}
