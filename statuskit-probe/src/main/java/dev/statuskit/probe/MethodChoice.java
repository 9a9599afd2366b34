package dev.statuskit.probe;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which method each method-varying probe sends, given what the resource's Allow header says (when
 * it says anything). The choices keep the probes harmless: without --allow-unsafe only safe methods
 * (RFC 9110 §9.2.1); with it, only requests that a correct server rejects before acting, and never
 * PUT or DELETE with a body that could be applied.
 */
final class MethodChoice {
  private MethodChoice() {}

  /** The methods in an Allow value: "GET, head" → [GET, HEAD]. */
  static Optional<Set<String>> allowed(Optional<String> allow) {
    return allow.map(
        a ->
            Arrays.stream(a.split(","))
                .map(m -> m.strip().toUpperCase(Locale.ROOT))
                .filter(m -> !m.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new)));
  }

  /**
   * The wrong-method probe's method. With --allow-unsafe and an Allow that leaves PATCH out, PATCH
   * without a body: a resource that lists its methods has said it takes no PATCH, and an empty
   * PATCH changes nothing even where it is wrongly taken. Otherwise TRACE, the one safe method a
   * readable resource rarely supports; none when Allow lists TRACE too.
   */
  static Optional<String> wrongMethod(Optional<Set<String>> allowed, boolean allowUnsafe) {
    if (allowUnsafe && allowed.isPresent() && !allowed.get().contains("PATCH")) {
      return Optional.of("PATCH");
    }
    if (allowed.isPresent() && allowed.get().contains("TRACE")) {
      return Optional.empty();
    }
    return Optional.of("TRACE");
  }

  /**
   * The malformed-JSON probe's method: POST, else PATCH or PUT when Allow lists only those. A body
   * that does not parse cannot be applied by a correct server whatever the method; with no Allow,
   * POST, whose 405 (if the endpoint takes no POST) is a correct answer and no finding.
   */
  static Optional<String> forMalformedBody(Optional<Set<String>> allowed) {
    return allowed.isEmpty()
        ? Optional.of("POST")
        : firstListed(allowed.get(), List.of("POST", "PATCH", "PUT"));
  }

  /**
   * The wrong-Content-Type probe's method. Its body is valid JSON ({@code {}}) that a lenient
   * server may apply, so: PATCH when listed (an empty merge patch changes nothing), else POST;
   * never PUT, which would replace the resource with an empty one.
   */
  static Optional<String> forMistypedBody(Optional<Set<String>> allowed) {
    return allowed.isEmpty()
        ? Optional.of("POST")
        : firstListed(allowed.get(), List.of("PATCH", "POST"));
  }

  private static Optional<String> firstListed(Set<String> allowed, List<String> preference) {
    return preference.stream().filter(allowed::contains).findFirst();
  }
}
