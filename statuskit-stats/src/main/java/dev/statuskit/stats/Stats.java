package dev.statuskit.stats;

import dev.statuskit.input.InputException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Status-code analytics over access logs: the front door of statuskit-stats.
 *
 * <pre>{@code
 * StatsReport report = Stats.builder().build().run(List.of("access.log.gz"), ProgressListener.NONE);
 * report.successRate();                                       // 0.982
 * List<AlertResult> broken = Alerts.evaluate(Alerts.parse("rate(5xx) > 1%"), report);
 * System.out.println(StatsRender.text(report, true, 100));
 * }</pre>
 *
 * <p>Reads nginx and Apache logs in the combined and common formats (each file's format and request
 * time found from its first lines), custom nginx {@code log_format} and Apache {@code LogFormat}
 * strings, JSON lines, and HAR files; plain, gzip-compressed, or on standard input. Big plain files
 * are split at line boundaries and parsed on all cores. Memory stays bounded whatever the size of
 * the logs: counts per status code, a latency histogram per code and per endpoint, and capped maps
 * for endpoints and clients.
 *
 * <p>A {@code Stats} is immutable and can run any number of times, from any thread.
 */
public final class Stats {
  private final Options options;

  private Stats(Options options) {
    this.options = options;
  }

  /** Options with their defaults: see {@link Builder}. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads the inputs and returns the report.
   *
   * @param inputs files, globs ({@code logs/access.log*}), {@code "-"} for standard input; gzip
   *     files are recognised by their content
   * @param progress told how far the reading is; {@link ProgressListener#NONE} for silence
   * @throws InputException for an input that cannot be read or is not an access log (more than 90%
   *     of its first lines not in the format, or binary), a glob that matches nothing, or a HAR
   *     file that is broken
   */
  public StatsReport run(List<String> inputs, ProgressListener progress) {
    return new Engine(options, progress).run(inputs);
  }

  /**
   * Reads one stream and returns the report: a log that is not in a file (a pipe, a download, a
   * resource). The stream is read to its end and closed; gzip is recognised by its content.
   *
   * @param name what to call the input in the report and in messages ("app.log", "stdin")
   * @throws InputException as for {@link #run(List, ProgressListener)}
   */
  public StatsReport run(InputStream in, String name, ProgressListener progress) {
    return new Engine(options, progress).read(List.of(new Inputs.Input(name, null, in)));
  }

  /** The name of the {@link #sampleLog()}: {@value}. */
  public static final String SAMPLE_NAME = "sample-access.log";

  /**
   * A sample access log shipped with statuskit, to try the report on: 2,000 lines of nginx's
   * combined format with request times, 40 minutes of a shop's API, with a 5xx spike, 429 bursts
   * from one client, and three damaged lines.
   */
  public static InputStream sampleLog() {
    InputStream in = Stats.class.getResourceAsStream(SAMPLE_NAME);
    if (in == null) {
      throw new IllegalStateException(SAMPLE_NAME + " is missing from the statuskit-stats jar");
    }
    return in;
  }

  /** The settings of a run (package-private: the builder is the API). */
  record Options(
      LogFormat format,
      int threads,
      Duration bucket,
      boolean endpoints,
      int top,
      int maxEndpoints,
      int maxClients) {}

  /** Configures a {@link Stats}. */
  public static final class Builder {
    private String format = "auto";
    private Optional<String> jsonFields = Optional.empty();
    private int threads = Runtime.getRuntime().availableProcessors();
    private Duration bucket = Duration.ofMinutes(1);
    private boolean endpoints = true;
    private int top = 10;
    private int maxEndpoints = 1000;
    private int maxClients = 10_000;

    private Builder() {}

    /**
     * The log format (default {@code auto}):
     *
     * <ul>
     *   <li>{@code auto}: per file, from its first lines: combined or common (with a trailing
     *       request time if there is one), JSON lines, or HAR
     *   <li>{@code combined}, {@code common}: the NCSA formats, with an optional trailing request
     *       time
     *   <li>an nginx {@code log_format} string: {@code '$remote_addr - $remote_user [$time_local]
     *       "$request" $status $body_bytes_sent $request_time'}
     *   <li>an Apache {@code LogFormat} string: {@code '%h %l %u %t "%r" %>s %b %D'}
     *   <li>{@code jsonl}: JSON lines, fields named by {@link #jsonFields} or guessed
     *   <li>{@code har}: HAR files
     * </ul>
     *
     * @throws InputException if the string is none of these (where: {@code --log-format '...'})
     */
    public Builder format(String format) {
      LogFormat.parse(format, Optional.empty());
      this.format = format;
      return this;
    }

    /**
     * Where JSON lines keep the fields: {@code
     * status=status,time=ts,path=request.path,latency=duration_ms,client=ip}. Dotted names reach
     * into nested objects; a latency's unit follows a colon ({@code latency=took:s}) or is read
     * from the name's suffix ({@code _ms}, {@code _s}...), milliseconds otherwise. Implies JSON
     * lines when the format is {@code auto}.
     *
     * @throws InputException for a malformed mapping (where: {@code --json-fields '...'})
     */
    public Builder jsonFields(String mapping) {
      FieldMapping.parse(mapping);
      this.jsonFields = Optional.of(mapping);
      return this;
    }

    /** Parsing threads (default: the number of processors). */
    public Builder threads(int threads) {
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be at least 1, not " + threads);
      }
      this.threads = threads;
      return this;
    }

    /** The width of a timeline bucket (default one minute; whole seconds). */
    public Builder bucket(Duration bucket) {
      if (bucket.getSeconds() < 1) {
        throw new IllegalArgumentException("a bucket is at least one second, not " + bucket);
      }
      this.bucket = Duration.ofSeconds(bucket.getSeconds());
      return this;
    }

    /** Whether to count per endpoint template (default true; off is faster). */
    public Builder endpoints(boolean endpoints) {
      this.endpoints = endpoints;
      return this;
    }

    /** How many entries the "top" lists keep (default 10). */
    public Builder top(int top) {
      if (top < 1) {
        throw new IllegalArgumentException("top must be at least 1, not " + top);
      }
      this.top = top;
      return this;
    }

    /** Endpoint templates tracked one by one (default 1000); the rest count as "(other)". */
    public Builder maxEndpoints(int maxEndpoints) {
      if (maxEndpoints < 1) {
        throw new IllegalArgumentException("maxEndpoints must be at least 1");
      }
      this.maxEndpoints = maxEndpoints;
      return this;
    }

    /** Clients tracked one by one for 429s (default 10,000); the rest count as "(other)". */
    public Builder maxClients(int maxClients) {
      if (maxClients < 1) {
        throw new IllegalArgumentException("maxClients must be at least 1");
      }
      this.maxClients = maxClients;
      return this;
    }

    public Stats build() {
      return new Stats(
          new Options(
              LogFormat.parse(format, jsonFields),
              threads,
              bucket,
              endpoints,
              top,
              maxEndpoints,
              maxClients));
    }
  }
}
