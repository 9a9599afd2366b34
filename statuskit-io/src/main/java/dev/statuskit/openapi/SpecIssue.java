package dev.statuskit.openapi;

import java.util.Optional;

/**
 * What a spec check returns: the problem, where in the spec it is, and optionally a fix more
 * specific than the rule's. The lint turns it into a {@link SpecFinding}.
 *
 * @param message the problem in one sentence
 * @param pointer the JSON pointer of the operation or response it is about
 * @param operation the operation, "POST /orders"
 * @param fix a fix for this case, if the rule's general one is not enough
 */
record SpecIssue(String message, String pointer, String operation, Optional<String> fix) {

  static SpecIssue at(SpecOperation op, String message) {
    return new SpecIssue(message, op.pointer(), op.label(), Optional.empty());
  }

  static SpecIssue at(SpecOperation op, SpecResponse response, String message) {
    return new SpecIssue(message, response.pointer(), op.label(), Optional.empty());
  }

  SpecIssue withFix(String specific) {
    return new SpecIssue(message, pointer, operation, Optional.of(specific));
  }
}
