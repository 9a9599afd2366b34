package dev.statuskit.rules;

import static dev.statuskit.exchange.Part.RESPONSE_HEADERS;

import dev.statuskit.registry.HeaderRequirement;
import dev.statuskit.registry.StatusCodes;
import dev.statuskit.registry.Strength;
import java.util.List;
import java.util.Set;

/**
 * SK1xx: what the HTTP specifications require of a response with a given status. Which header goes
 * with which code, and how strongly, comes from the registry, not from these rules.
 */
final class ProtocolRules {
  private ProtocolRules() {}

  static final Rule CREATED_WITHOUT_LOCATION =
      missingHeader(
          "SK101",
          "201 Created without Location",
          Set.of(201),
          "Location",
          "A 201 tells the client a resource was created; without Location the client can only"
              + " assume the new resource is the request's own URI, which for a POST to a"
              + " collection is wrong. Clients then have to parse the body to find what was made.",
          "https://www.rfc-editor.org/rfc/rfc9110#section-15.3.2",
          "Send Location with the URI of the new resource, e.g. Location: /orders/42.");

  static final List<Rule> ALL = List.of(CREATED_WITHOUT_LOCATION);

  /**
   * A rule that flags responses with one of the codes that lack the header. Its severity follows
   * the registry's strength for the first code: MUST → error, SHOULD or practice → warning, MAY →
   * info.
   */
  static Rule missingHeader(
      String id,
      String title,
      Set<Integer> codes,
      String header,
      String rationale,
      String link,
      String fix) {
    int first = codes.stream().min(Integer::compare).orElseThrow();
    HeaderRequirement requirement =
        StatusCodes.of(first)
            .header(header)
            .orElseThrow(
                () -> new IllegalStateException("registry has no " + header + " for " + first));
    return Rule.define(id)
        .title(title)
        .category(Category.PROTOCOL)
        .severity(Severity.forMissing(requirement.strength()))
        .rationale(rationale)
        .link(link)
        .fix(fix)
        .needs(RESPONSE_HEADERS)
        .check(
            s -> {
              if (!codes.contains(s.status()) || s.response().hasHeader(header)) {
                return List.of();
              }
              String why =
                  requirement.strength() == Strength.PRACTICE
                      ? "expected by common practice"
                      : requirement.strength() + " in " + requirement.source();
              return List.of(
                  Problem.of(
                      s.response() + " has no " + header + " header (" + why + ")",
                      new Evidence("request", s.request().toString()),
                      new Evidence("status", s.response().toString()),
                      Evidence.absent(header)));
            });
  }
}
