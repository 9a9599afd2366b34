package dev.statuskit.server.mock;

/**
 * One line of the mock server's route table, as documentation: what {@code statuskit serve} prints
 * and the README lists.
 *
 * @param method the method it answers, or {@code *} for any method
 * @param path the path pattern, with {@code {placeholders}}
 * @param description what it does, in one sentence
 * @param example a request to try, path and query: {@code /status/200:0.9,503:0.1}
 */
public record Endpoint(String method, String path, String description, String example) {}
