package dev.statuskit.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The header fields of a request or response, in order, with case-insensitive lookup. Repeated
 * fields stay separate, as on the wire.
 */
public final class Headers {

  /** One header field. */
  public record Field(String name, String value) {}

  /** Fields whose values are credentials; reports show them as {@value #REDACTED}. */
  private static final Set<String> SECRET =
      Set.of(
          "authorization",
          "proxy-authorization",
          "cookie",
          "set-cookie",
          "x-api-key",
          "api-key",
          "x-auth-token",
          "x-access-token",
          "x-csrf-token");

  public static final String REDACTED = "[redacted]";

  private static final Headers EMPTY = new Headers(List.of());

  private final List<Field> fields;

  private Headers(List<Field> fields) {
    this.fields = List.copyOf(fields);
  }

  public static Headers empty() {
    return EMPTY;
  }

  /** Headers from alternating names and values: {@code Headers.of("Allow", "GET, HEAD")}. */
  public static Headers of(String... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("names and values must come in pairs");
    }
    List<Field> fields = new ArrayList<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      fields.add(new Field(namesAndValues[i], namesAndValues[i + 1]));
    }
    return new Headers(fields);
  }

  public static Headers of(List<Field> fields) {
    return new Headers(fields);
  }

  /** A copy with one more field. */
  public Headers with(String name, String value) {
    List<Field> more = new ArrayList<>(fields);
    more.add(new Field(name, value));
    return new Headers(more);
  }

  /**
   * A copy without the credential fields (see {@link #isSecret}): for a request meant to go
   * without.
   */
  public Headers withoutSecrets() {
    return new Headers(fields.stream().filter(f -> !isSecret(f.name())).toList());
  }

  /** A copy without any field of that name. */
  public Headers without(String name) {
    return new Headers(fields.stream().filter(f -> !f.name().equalsIgnoreCase(name)).toList());
  }

  public List<Field> fields() {
    return fields;
  }

  public boolean has(String name) {
    return fields.stream().anyMatch(f -> f.name().equalsIgnoreCase(name));
  }

  /** The first value of the field, trimmed. */
  public Optional<String> first(String name) {
    return fields.stream()
        .filter(f -> f.name().equalsIgnoreCase(name))
        .map(f -> f.value().strip())
        .findFirst();
  }

  /** Every value of the field, in order. */
  public List<String> all(String name) {
    return fields.stream()
        .filter(f -> f.name().equalsIgnoreCase(name))
        .map(f -> f.value().strip())
        .toList();
  }

  /** The media type of Content-Type, lower-cased, without parameters: "application/json". */
  public Optional<String> mediaType() {
    return first("Content-Type")
        .map(v -> v.split(";", 2)[0].strip().toLowerCase(Locale.ROOT))
        .filter(v -> !v.isEmpty());
  }

  /**
   * Whether the text is a token (RFC 9110 §5.6.2), as field names and methods must be: one or more
   * letters, digits and {@code !#$%&'*+-.^_`|~}.
   */
  public static boolean isToken(String text) {
    return TOKEN.matcher(text).matches();
  }

  private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

  /**
   * Whether a field carries credentials and must not appear in reports: the well-known ones, and
   * any whose name says token, key, secret, session, auth or password (X-Goog-Api-Key,
   * Ocp-Apim-Subscription-Key, PRIVATE-TOKEN, X-Amz-Security-Token, ...).
   */
  public static boolean isSecret(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return SECRET.contains(n) || SECRET_WORDS.matcher(n).find();
  }

  private static final Pattern SECRET_WORDS =
      Pattern.compile(
          "token|api-?key|apikey|subscription-key|secret|session|auth(?!enticate)|password|passwd");

  /** The value as reports may show it. */
  public static String shown(String name, String value) {
    return isSecret(name) ? REDACTED : value;
  }

  /** A copy with credentials replaced by {@value #REDACTED}. */
  public Headers redacted() {
    return new Headers(
        fields.stream().map(f -> new Field(f.name(), shown(f.name(), f.value()))).toList());
  }

  public boolean isEmpty() {
    return fields.isEmpty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Headers h && h.fields.equals(fields);
  }

  @Override
  public int hashCode() {
    return fields.hashCode();
  }

  @Override
  public String toString() {
    return fields.toString();
  }
}
