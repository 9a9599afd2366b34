package dev.statuskit.registry;

/**
 * A header field that goes with a status code.
 *
 * @param name the header field name, e.g. {@code WWW-Authenticate}
 * @param strength how strongly the source asks for it
 * @param source where the requirement is written, e.g. {@code RFC 9110 §15.5.2}
 * @param note what the header carries and when it applies, in our words
 */
public record HeaderRequirement(String name, Strength strength, String source, String note) {}
