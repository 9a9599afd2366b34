package dev.statuskit.registry;

/**
 * Retry advice for a code.
 *
 * @param advice whether and how a retry can help
 * @param note the advice in a sentence, specific to the code
 */
public record Retry(RetryAdvice advice, String note) {}
