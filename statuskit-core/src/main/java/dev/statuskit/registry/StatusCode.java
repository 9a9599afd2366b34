package dev.statuskit.registry;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Everything statuskit knows about one status code. Obtain instances from {@link StatusCodes}.
 *
 * @param code the three-digit number
 * @param phrase the IANA registry's description (for unofficial codes, the origin's phrase)
 * @param standing registered, provisional, unofficial, ...
 * @param reference the defining document and section
 * @param origin who uses an unofficial code (e.g. nginx); empty for registered codes
 * @param aka other reason phrases seen for the code (old names, nicknames)
 * @param summary one line
 * @param description a paragraph or two
 * @param uses typical situations in APIs
 * @param mistakes common misuses, each with the better choice
 * @param related related codes
 * @param synonyms search terms people use for the code
 * @param bodyAllowed whether a response with this code may carry content
 * @param cacheable whether the code is heuristically cacheable by default (RFC 9110 §15.1)
 * @param retry whether and how retrying can help
 * @param headers header fields that go with the code, with their strength
 */
public record StatusCode(
    int code,
    String phrase,
    Standing standing,
    Reference reference,
    Optional<String> origin,
    List<String> aka,
    String summary,
    String description,
    List<String> uses,
    List<String> mistakes,
    List<Integer> related,
    List<String> synonyms,
    boolean bodyAllowed,
    boolean cacheable,
    Retry retry,
    List<HeaderRequirement> headers) {

  public StatusCode {
    aka = List.copyOf(aka);
    uses = List.copyOf(uses);
    mistakes = List.copyOf(mistakes);
    related = List.copyOf(related);
    synonyms = List.copyOf(synonyms);
    headers = List.copyOf(headers);
  }

  public StatusClass statusClass() {
    return StatusClass.of(code);
  }

  /** Whether the IANA registry has an entry for this code. */
  public boolean isRegistered() {
    return standing.isRegistered();
  }

  /** The requirement for one header, by case-insensitive name. */
  public Optional<HeaderRequirement> header(String name) {
    return headers.stream().filter(h -> h.name().equalsIgnoreCase(name)).findFirst();
  }

  /**
   * Whether a reason phrase names this code: the registered phrase or a known alias, compared
   * without case, spaces or punctuation ("Not found", "NOT_FOUND" and "I'm a Teapot" match).
   */
  public boolean isKnownPhrase(String reasonPhrase) {
    String wanted = squash(reasonPhrase);
    return squash(phrase).equals(wanted) || aka.stream().anyMatch(a -> squash(a).equals(wanted));
  }

  /** The best-known name: the phrase, or for an "(Unused)" code its well-known alias. */
  public String name() {
    return phrase.startsWith("(") && !aka.isEmpty() ? aka.get(0) : phrase;
  }

  /** "429 Too Many Requests". */
  @Override
  public String toString() {
    return code + " " + phrase;
  }

  static String squash(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }
}
