package dev.statuskit.openapi;

import dev.statuskit.rules.Rule;
import dev.statuskit.rules.Severity;

/**
 * A spec rule's verdict on one place of a spec.
 *
 * @param rule the rule that raised it
 * @param severity the effective severity (after configuration)
 * @param message the problem in one sentence
 * @param pointer JSON pointer (RFC 6901) of the operation or response it is about, e.g. {@code
 *     /paths/~1orders/post/responses/200}
 * @param line the line of the file where that member is written (1-based); for a member brought in
 *     from another file, the line of the nearest enclosing member written in this one
 * @param fix what to do
 * @param operation the operation it is about, "POST /orders"
 */
public record SpecFinding(
    Rule rule,
    Severity severity,
    String message,
    String pointer,
    int line,
    String fix,
    String operation) {}
