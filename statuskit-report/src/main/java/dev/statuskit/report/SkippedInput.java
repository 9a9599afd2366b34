package dev.statuskit.report;

/**
 * Input the source could not turn into exchanges, for one reason.
 *
 * @param reason why, e.g. "status 0 (no response)"
 * @param count how many times
 */
record SkippedInput(String reason, long count) {}
