package dev.statuskit.openapi;

import java.util.Set;

/**
 * What the spec promises for one response of an operation.
 *
 * @param key as written: "200", "4XX", "default"
 * @param requiredHeaders headers marked {@code required: true}
 * @param optionalHeaders the other documented headers
 * @param mediaTypes the documented content types, lower case ("application/json", "image/*"); empty
 *     when the response documents no content
 */
public record DocumentedResponse(
    String key, Set<String> requiredHeaders, Set<String> optionalHeaders, Set<String> mediaTypes) {

  public DocumentedResponse {
    requiredHeaders = Set.copyOf(requiredHeaders);
    optionalHeaders = Set.copyOf(optionalHeaders);
    mediaTypes = Set.copyOf(mediaTypes);
  }
}
