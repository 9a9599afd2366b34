package dev.statuskit.registry;

import java.util.List;
import java.util.Optional;

/**
 * The front door to the status-code registry: every code of the IANA HTTP Status Code Registry and
 * the widely seen unofficial ones, with their meaning, header requirements, cacheability and retry
 * advice.
 *
 * <pre>{@code
 * StatusCode tooMany = StatusCodes.of(429);
 * tooMany.header("Retry-After");              // Optional[MAY, RFC 6585 §4]
 * StatusCodes.search("rate limit").get(0);    // 429 Too Many Requests
 * StatusCodes.inClass(StatusClass.REDIRECTION);
 * }</pre>
 */
public final class StatusCodes {

  private StatusCodes() {}

  private static final class Holder {
    static final Registry REGISTRY = RegistryLoader.load();
  }

  private static Registry registry() {
    return Holder.REGISTRY;
  }

  /**
   * The entry for any code from 100 to 599. A code with no entry (an unassigned number, or an
   * unofficial one we do not know) gets a synthesized entry of standing {@link
   * Standing#UNASSIGNED}, which carries what RFC 9110 §15 lets a client conclude from its class.
   *
   * @throws IllegalArgumentException outside 100–599
   */
  public static StatusCode of(int code) {
    StatusClass statusClass = StatusClass.of(code);
    return find(code).orElseGet(() -> unassigned(code, statusClass));
  }

  /** The registered or unofficial entry for the code, if statuskit knows one. */
  public static Optional<StatusCode> find(int code) {
    return registry().find(code);
  }

  /**
   * The code whose registered phrase or alias matches the name, ignoring case, spaces and
   * punctuation: {@code "Not Found"}, {@code "not_found"}, {@code "I'm a teapot"}.
   */
  public static Optional<StatusCode> byName(String name) {
    return registry().all().stream().filter(c -> c.isKnownPhrase(name)).findFirst();
  }

  /** All known codes (registered and unofficial), in numeric order. */
  public static List<StatusCode> all() {
    return registry().all();
  }

  /** The codes in the IANA registry, in numeric order. */
  public static List<StatusCode> registered() {
    return registry().all().stream().filter(StatusCode::isRegistered).toList();
  }

  /** The known codes of one class, registered and unofficial, in numeric order. */
  public static List<StatusCode> inClass(StatusClass statusClass) {
    return registry().all().stream().filter(c -> c.statusClass() == statusClass).toList();
  }

  /** The ranges the IANA registry leaves unassigned. */
  public static List<UnassignedRange> unassignedRanges() {
    return registry().unassigned();
  }

  /** Whether the IANA registry leaves this number unassigned. */
  public static boolean isUnassigned(int code) {
    return registry().unassigned().stream().anyMatch(r -> r.contains(code));
  }

  /**
   * A ranked, forgiving search over numbers, names, synonyms, summaries and descriptions: "rate
   * limit" and "too many requests" both find 429 first. Best match first; empty when nothing
   * matches.
   */
  public static List<SearchHit> search(String query) {
    return registry().search().run(query);
  }

  private static StatusCode unassigned(int code, StatusClass statusClass) {
    StatusCode generic = registry().find(statusClass.generic()).orElseThrow();
    String standsFor =
        "A client that receives it must treat it as "
            + generic
            + ", the generic code of its class (RFC 9110 §15).";
    return new StatusCode(
        code,
        "Unassigned",
        Standing.UNASSIGNED,
        new Reference(
            "RFC 9110", Optional.of("15"), "https://www.rfc-editor.org/rfc/rfc9110#section-15"),
        Optional.empty(),
        List.of(),
        "Not assigned in the IANA registry; clients treat it as " + generic,
        code
            + " has no meaning of its own: the IANA registry has not assigned it and statuskit"
            + " knows no common unofficial use. "
            + standsFor
            + " Caches do not store responses with codes they do not recognise.",
        List.of(),
        List.of("Inventing a code of your own; use a registered code and put detail in the body"),
        List.of(generic.code()),
        List.of(),
        generic.bodyAllowed(),
        false,
        generic.retry(),
        List.of());
  }
}
