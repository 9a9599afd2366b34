package dev.statuskit.probe;

import dev.statuskit.rules.Problem;
import dev.statuskit.rules.Rule;
import dev.statuskit.rules.Severity;

/**
 * A probe expectation that was not met: the rule, the problem, and how serious this case is (a
 * probe rule's cases range from "worth a look" to "crashes the server").
 */
record Flag(Rule rule, Severity severity, Problem problem) {}
