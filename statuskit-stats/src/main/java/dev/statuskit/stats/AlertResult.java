package dev.statuskit.stats;

import java.util.OptionalDouble;

/**
 * How one alert fared against a report.
 *
 * @param alert the condition
 * @param breached whether the condition holds: the alert fires
 * @param value the measured value, in the alert's unit (a fraction for rates, milliseconds for
 *     latencies); empty when the report has no data for it (no such endpoint, no request times)
 * @param message one line: {@code "rate(5xx) = 2.31% (alert when > 1%)"}
 */
public record AlertResult(Alert alert, boolean breached, OptionalDouble value, String message) {}
