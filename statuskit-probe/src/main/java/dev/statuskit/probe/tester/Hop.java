package dev.statuskit.probe.tester;

import dev.statuskit.exchange.Exchange;

/**
 * One request and its response on the way to the final one: the first request, or a redirect the
 * tester followed.
 *
 * @param exchange the request as sent and the response as received
 * @param timing how long it took, on its own fresh connection
 */
public record Hop(Exchange exchange, Timing timing) {}
