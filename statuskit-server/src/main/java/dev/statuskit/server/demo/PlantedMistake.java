package dev.statuskit.server.demo;

/**
 * One mistake the demo API makes on purpose, with the rule that should catch it. The list in {@link
 * DemoApi#plantedMistakes()} documents the demo and is the oracle of end-to-end tests.
 *
 * @param method the method of the request that shows the mistake: GET, HEAD, OPTIONS or TRACE (the
 *     wrong-method probe); all of them safe, so the default probes reveal every mistake
 * @param path the entry of {@link DemoApi#paths()} whose probing reveals it. The request that shows
 *     it may differ from that entry: the unknown-id probe of {@code /customers/1} asks for another
 *     id, the no-credentials probe drops the credentials
 * @param ruleId the rule that should report it, e.g. "SK102"
 * @param what the mistake in one sentence
 */
public record PlantedMistake(String method, String path, String ruleId, String what) {}
