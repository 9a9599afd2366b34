package dev.statuskit.registry;

/**
 * One result of {@link StatusCodes#search(String)}.
 *
 * @param code the matching code
 * @param score relevance; only the order between hits of one search means anything
 */
public record SearchHit(StatusCode code, double score) {}
