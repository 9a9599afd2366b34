package dev.statuskit.openapi;

import java.util.List;

/**
 * The requests that test a live API against its spec, and the operations left out.
 *
 * @param file the spec file, as given
 * @param basePath the path of the spec's first server URL ("/v1" for {@code
 *     https://api.example.com/v1}, Swagger 2.0's basePath), "" when there is none: the targets are
 *     relative to it
 * @param requests what to send, operation by operation, valid request first
 * @param skipped operations not planned, each with why: "DELETE /orders/{id}: unsafe method, not
 *     sent without --allow-unsafe"
 */
public record ConformancePlan(
    String file, String basePath, List<PlannedRequest> requests, List<String> skipped) {

  public ConformancePlan {
    requests = List.copyOf(requests);
    skipped = List.copyOf(skipped);
  }
}
