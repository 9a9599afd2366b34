package dev.statuskit.stats;

import dev.statuskit.registry.StatusClass;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@link Stats#run} found in the logs: the numbers the monitoring guides tell operators to
 * watch. Shares and rates are fractions from 0 to 1; latencies are in milliseconds.
 *
 * @param inputs each input read, with the format it was read in
 * @param lines lines read: requests plus bad lines
 * @param requests lines that recorded a request
 * @param undated requests without a timestamp (HAR entries; JSON lines without a time field): in
 *     every count but the timeline
 * @param from the earliest request time
 * @param to the latest request time
 * @param classes the five status classes in order, each with its count (zero included)
 * @param codes each status code seen, in numeric order
 * @param latency the request-time percentiles of all requests, when the format records it
 * @param endpoints endpoint templates by number of requests (at most the builder's {@code
 *     maxEndpoints}; the rest add up in an {@code "(other)"} entry, last)
 * @param top5xx the endpoints with the most 5xx responses, most first (at most {@code top})
 * @param top4xx the endpoints with the most 4xx responses, most first (at most {@code top})
 * @param clients429 the clients that got the most 429 responses, most first (at most {@code top},
 *     then an {@code "(other)"} entry for the rest)
 * @param timeline requests per time bucket, by class
 * @param spikes buckets where 5xx or 429 responses jumped well above the usual
 * @param badLines lines that were not requests, per reason, with samples
 */
public record StatsReport(
    List<Input> inputs,
    long lines,
    long requests,
    long undated,
    Optional<Instant> from,
    Optional<Instant> to,
    List<ClassCount> classes,
    List<CodeCount> codes,
    Optional<Latency> latency,
    List<EndpointCount> endpoints,
    List<EndpointCount> top5xx,
    List<EndpointCount> top4xx,
    List<ClientCount> clients429,
    Timeline timeline,
    List<Spike> spikes,
    List<BadLineCount> badLines) {

  public StatsReport {
    inputs = List.copyOf(inputs);
    classes = List.copyOf(classes);
    codes = List.copyOf(codes);
    endpoints = List.copyOf(endpoints);
    top5xx = List.copyOf(top5xx);
    top4xx = List.copyOf(top4xx);
    clients429 = List.copyOf(clients429);
    spikes = List.copyOf(spikes);
    badLines = List.copyOf(badLines);
  }

  /** Lines that were not requests. */
  public long badLineCount() {
    return badLines.stream().mapToLong(BadLineCount::count).sum();
  }

  /** The share of requests answered 1xx, 2xx or 3xx: not an error. 1 when there is none. */
  public double successRate() {
    if (requests == 0) {
      return 1;
    }
    return 1
        - (double) (count(StatusClass.CLIENT_ERROR) + count(StatusClass.SERVER_ERROR)) / requests;
  }

  /** Requests answered with the code. */
  public long count(int code) {
    return code(code).map(CodeCount::count).orElse(0L);
  }

  /** Requests answered with a code of the class. */
  public long count(StatusClass statusClass) {
    return classCount(statusClass).map(ClassCount::count).orElse(0L);
  }

  /** The share of requests answered with a code of the class; 0 when there are none. */
  public double share(StatusClass statusClass) {
    return classCount(statusClass).map(ClassCount::share).orElse(0.0);
  }

  /** The entry of a status class. */
  public Optional<ClassCount> classCount(StatusClass statusClass) {
    return classes.stream().filter(c -> c.statusClass() == statusClass).findFirst();
  }

  /** The entry of a code, if any request got it. */
  public Optional<CodeCount> code(int code) {
    return codes.stream().filter(c -> c.code() == code).findFirst();
  }

  /** The entry of an endpoint template ("/users/{id}"), if it is among those kept. */
  public Optional<EndpointCount> endpoint(String template) {
    return endpoints.stream().filter(e -> e.endpoint().equals(template)).findFirst();
  }

  /** Whether the inputs recorded request times. */
  public boolean hasLatency() {
    return latency.isPresent();
  }

  /** One input and how it was read. */
  public record Input(String name, String format, long lines) {}

  /** A status class, its count and share of requests, and its latencies. */
  public record ClassCount(
      StatusClass statusClass, long count, double share, Optional<Latency> latency) {}

  /**
   * A status code, its name from the registry, its count and share, and its latencies.
   *
   * @param name the registry's name ("Too Many Requests"), or "Unknown" for an unassigned number
   */
  public record CodeCount(
      int code, String name, long count, double share, Optional<Latency> latency) {

    public StatusClass statusClass() {
      return StatusClass.of(code);
    }
  }

  /**
   * Request-time percentiles, in milliseconds (within 1%: they come from a histogram).
   *
   * @param count requests with a request time
   */
  public record Latency(
      long count,
      double p50,
      double p90,
      double p95,
      double p99,
      double p999,
      double max,
      double mean) {}

  /**
   * An endpoint template and its responses.
   *
   * @param endpoint "/users/{id}"; "(other)" for the endpoints beyond the cap
   * @param codes requests per status code, in numeric order
   */
  public record EndpointCount(
      String endpoint, long requests, Map<Integer, Long> codes, Optional<Latency> latency) {

    public EndpointCount {
      codes = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(codes));
    }

    /** Requests answered with a code of the class. */
    public long count(StatusClass statusClass) {
      return codes.entrySet().stream()
          .filter(e -> StatusClass.of(e.getKey()) == statusClass)
          .mapToLong(Map.Entry::getValue)
          .sum();
    }

    /** The share of this endpoint's requests answered with a code of the class. */
    public double rate(StatusClass statusClass) {
      return requests == 0 ? 0 : (double) count(statusClass) / requests;
    }

    /** Requests answered with the code. */
    public long count(int code) {
      return codes.getOrDefault(code, 0L);
    }
  }

  /** A client address and how many responses of a kind it got. */
  public record ClientCount(String client, long count) {}

  /**
   * Requests over time.
   *
   * @param bucket the width of a bucket: the builder's, or wider for a long span
   * @param buckets every bucket from the first request to the last, empty ones included
   */
  public record Timeline(Duration bucket, List<Bucket> buckets) {
    public Timeline {
      buckets = List.copyOf(buckets);
    }
  }

  /** The requests of one time bucket, by class, and the 429s among them. */
  public record Bucket(
      Instant start,
      long informational,
      long successful,
      long redirection,
      long clientError,
      long serverError,
      long tooManyRequests) {

    public long total() {
      return informational + successful + redirection + clientError + serverError;
    }

    public long count(StatusClass statusClass) {
      return switch (statusClass) {
        case INFORMATIONAL -> informational;
        case SUCCESSFUL -> successful;
        case REDIRECTION -> redirection;
        case CLIENT_ERROR -> clientError;
        case SERVER_ERROR -> serverError;
      };
    }
  }

  /**
   * A stretch of time where 5xx (or 429) responses ran well above the usual: more than three times
   * the median bucket's rate, and above a floor (see README).
   *
   * @param kind "5xx" or "429"
   * @param start the first bucket's start
   * @param end the last bucket's end
   * @param count responses of the kind in the stretch
   * @param requests all requests in the stretch
   * @param rate count / requests
   * @param baseline the median bucket's rate
   */
  public record Spike(
      String kind,
      Instant start,
      Instant end,
      long count,
      long requests,
      double rate,
      double baseline) {}

  /**
   * Lines that were not requests, for one reason.
   *
   * @param samples up to three, "access.log:812: excerpt", earliest first
   */
  public record BadLineCount(String reason, long count, List<String> samples) {
    public BadLineCount {
      samples = List.copyOf(samples);
    }
  }
}
