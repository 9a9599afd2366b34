package dev.statuskit.openapi;

import java.util.List;
import java.util.Optional;

/**
 * The responses an operation documents, in the order written, and how a status finds its own: the
 * exact code first, then its range ("4XX"), then "default" (OpenAPI 3.1 §4.8.16).
 *
 * @param responses the documented responses
 */
public record Expectation(List<DocumentedResponse> responses) {

  public Expectation {
    responses = List.copyOf(responses);
  }

  /** The documented response that covers the status, if any. */
  public Optional<DocumentedResponse> match(int status) {
    String code = String.valueOf(status);
    String range = status / 100 + "XX";
    return find(code).or(() -> find(range)).or(() -> find("default"));
  }

  /** Whether any 4xx is documented, by code or range. */
  public boolean documentsClientErrors() {
    return responses.stream().anyMatch(r -> r.key().startsWith("4"));
  }

  /** "200, 404, default". */
  public String keys() {
    return String.join(", ", responses.stream().map(DocumentedResponse::key).toList());
  }

  private Optional<DocumentedResponse> find(String key) {
    return responses.stream().filter(r -> r.key().equalsIgnoreCase(key)).findFirst();
  }
}
