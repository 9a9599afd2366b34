package dev.statuskit.server.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.statuskit.exchange.Headers;
import dev.statuskit.input.InputException;
import dev.statuskit.stats.ProgressListener;
import dev.statuskit.stats.Stats;
import dev.statuskit.stats.StatsRender;
import dev.statuskit.stats.StatsReport;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.GZIPInputStream;

/**
 * The stats page's API: a dropped access log goes through the same engine as {@code statuskit
 * stats}, and the answer is its JSON report plus the address of its HTML report (the one {@code
 * --format html} writes, charts included), which the page shows in a frame. The last few HTML
 * reports are kept in memory for that frame; older ones are dropped.
 */
final class StatsPage {
  /** HTML reports kept for their frames. */
  static final int KEPT_REPORTS = 8;

  /**
   * The most a gzipped upload may expand to: compression lets a small body stand for a long log,
   * and a crafted one for an endless one.
   */
  static final long MAX_UNCOMPRESSED_BYTES = 512L * 1024 * 1024;

  /** The longest input name kept (the dropped file's name, shown in the report). */
  static final int MAX_NAME = 100;

  /**
   * The report is sandboxed: the HTML report's own inline style and script run, and nothing else
   * may load; the page that frames it is the only one allowed to.
   */
  private static final String REPORT_POLICY =
      "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:;"
          + " frame-ancestors 'self'; sandbox allow-scripts";

  private final Stats stats = Stats.builder().threads(2).build();
  private final int maxUploadBytes;
  private final long maxUncompressedBytes;
  private final Map<String, String> reports =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
          return size() > KEPT_REPORTS;
        }
      };

  StatsPage(int maxUploadBytes) {
    this(maxUploadBytes, MAX_UNCOMPRESSED_BYTES);
  }

  StatsPage(int maxUploadBytes, long maxUncompressedBytes) {
    this.maxUploadBytes = maxUploadBytes;
    this.maxUncompressedBytes = maxUncompressedBytes;
  }

  int maxUploadBytes() {
    return maxUploadBytes;
  }

  /** Runs the engine on the uploaded log (blocking: call it off the event loop). */
  WebResponse upload(WebRequest r) {
    if (r.body().length == 0) {
      return Json.problem(400, "the request has no log: send the file's bytes as the body");
    }
    if (r.body().length > maxUploadBytes) {
      return Json.problem(
          413,
          "the log is larger than the "
              + maxUploadBytes
              + " bytes this server reads; run statuskit stats FILE for large logs");
    }
    String name = name(r.param("name").orElse("upload.log"));
    InputStream log = new ByteArrayInputStream(r.body());
    if (isGzip(r.body())) {
      try {
        log = new Capped(new GZIPInputStream(log), maxUncompressedBytes);
      } catch (IOException e) {
        return Json.problem(422, name + ": not a gzip file: " + e.getMessage());
      }
    }
    return run(log, name);
  }

  private static boolean isGzip(byte[] body) {
    return body.length >= 2 && (body[0] & 0xff) == 0x1f && (body[1] & 0xff) == 0x8b;
  }

  /** A stream that fails once more than its limit has been read from it. */
  private static final class Capped extends FilterInputStream {
    private final long limit;
    private long read;

    Capped(InputStream in, long limit) {
      super(in);
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      count(b < 0 ? 0 : 1);
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      count(Math.max(n, 0));
      return n;
    }

    private void count(int n) throws IOException {
      read += n;
      if (read > limit) {
        throw new IOException(
            String.format(
                Locale.ROOT,
                "the log is larger than %,d bytes uncompressed; run statuskit stats FILE for logs"
                    + " this large",
                limit));
      }
    }
  }

  /** The same for the sample log shipped with statuskit. */
  WebResponse sample() {
    return run(Stats.sampleLog(), Stats.SAMPLE_NAME);
  }

  /** A kept HTML report, by the id an upload answered with. */
  WebResponse report(String id) {
    String html;
    synchronized (reports) {
      html = reports.get(id);
    }
    if (html == null) {
      return Json.problem(404, "no report " + id + " is kept any more; drop the log again");
    }
    return new WebResponse(
        200,
        Headers.of(
            "Content-Type", "text/html; charset=utf-8",
            "Cache-Control", "no-store",
            "Content-Security-Policy", REPORT_POLICY,
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer"),
        html.getBytes(StandardCharsets.UTF_8));
  }

  private WebResponse run(InputStream log, String name) {
    StatsReport report;
    try {
      report = stats.run(log, name, ProgressListener.NONE);
    } catch (InputException e) {
      // Not a log at all (binary, or mostly lines in no known format): one line, as the CLI says.
      return Json.problem(422, e.toString());
    }
    String id = UUID.randomUUID().toString();
    String html = StatsRender.html(report);
    synchronized (reports) {
      reports.put(id, html);
    }
    ObjectNode body = Json.MAPPER.createObjectNode();
    body.put("name", name);
    body.put("html", WebUi.PREFIX + "api/stats/" + id);
    try {
      body.set("report", Json.MAPPER.readTree(StatsRender.json(report)));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the stats engine wrote JSON that does not parse", e);
    }
    return Json.ok(body);
  }

  /** The file's name as the report shows it: its last segment, printable, not too long. */
  static String name(String given) {
    String n = given.substring(Math.max(given.lastIndexOf('/'), given.lastIndexOf('\\')) + 1);
    n = n.replaceAll("[^\\p{L}\\p{N} ._()+-]", "_").strip();
    if (n.isEmpty()) {
      return "upload.log";
    }
    return n.length() > MAX_NAME ? n.substring(0, MAX_NAME) : n;
  }

  /** Whether an id could be one of ours, before looking it up. */
  static Optional<String> id(String text) {
    return text.matches("[0-9a-f-]{36}") ? Optional.of(text) : Optional.empty();
  }
}
