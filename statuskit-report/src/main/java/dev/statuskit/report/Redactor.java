package dev.statuskit.report;

import dev.statuskit.exchange.Exchange;
import dev.statuskit.exchange.Headers;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The last line of defence against credentials in reports. Rules already redact the headers they
 * quote ({@code Evidence.header}), but a message may still quote a value, and a URL may carry
 * credentials in its user-info or query. This replaces, in any text about one exchange, every value
 * of that exchange's credential headers (and the long tokens inside them), URL user-info, and query
 * parameters whose names say they hold a secret.
 */
final class Redactor {
  /** Parts of a credential shorter than this are words ("Bearer", "sid"), not secrets. */
  private static final int MIN_TOKEN = 8;

  private static final int MIN_VALUE = 6;

  private static final Pattern USER_INFO =
      Pattern.compile("(\\b[a-zA-Z][a-zA-Z0-9+.-]*://)[^/?#@\\s]+@");

  private static final Pattern SECRET_PARAM =
      Pattern.compile(
          "([?&;](?:api[_-]?key|apikey|key|access[_-]?token|auth[_-]?token|id[_-]?token|token"
              + "|refresh[_-]?token|password|passwd|pwd|secret|client[_-]?secret|sig|signature"
              + "|session[_-]?id|sessionid|jwt)=)[^&#\\s]*",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern TOKEN_SPLIT = Pattern.compile("[\\s,;=]+");

  private static final Redactor NONE = new Redactor(List.of());

  private final List<String> secrets;

  private Redactor(List<String> secrets) {
    this.secrets = secrets;
  }

  /** A redactor for the exchange's credential headers, request and response. */
  static Redactor of(Exchange exchange) {
    Set<String> found = new LinkedHashSet<>();
    collect(exchange.request().headers(), found);
    collect(exchange.response().headers(), found);
    if (found.isEmpty()) {
      return NONE;
    }
    List<String> longestFirst = new ArrayList<>(found);
    longestFirst.sort(Comparator.comparingInt(String::length).reversed());
    return new Redactor(List.copyOf(longestFirst));
  }

  /** A redactor that knows no header values; it still scrubs URLs. */
  static Redactor urlsOnly() {
    return NONE;
  }

  private static void collect(Optional<Headers> headers, Set<String> into) {
    headers.ifPresent(
        h ->
            h.fields().stream()
                .filter(f -> Headers.isSecret(f.name()))
                .forEach(f -> addSecret(f.value().strip(), into)));
  }

  private static void addSecret(String value, Set<String> into) {
    if (value.length() >= MIN_VALUE && !value.equals(Headers.REDACTED)) {
      into.add(value);
    }
    for (String token : TOKEN_SPLIT.split(value)) {
      if (token.length() >= MIN_TOKEN) {
        into.add(token);
      }
    }
  }

  /** The text with every secret this redactor knows replaced by {@value Headers#REDACTED}. */
  String apply(String text) {
    String out = text;
    for (String secret : secrets) {
      out = out.replace(secret, Headers.REDACTED);
    }
    String shown = Matcher.quoteReplacement(Headers.REDACTED);
    if (out.contains("://")) {
      out = USER_INFO.matcher(out).replaceAll("$1" + shown + "@");
    }
    if (out.indexOf('=') >= 0) {
      out = SECRET_PARAM.matcher(out).replaceAll("$1" + shown);
    }
    return out;
  }
}
