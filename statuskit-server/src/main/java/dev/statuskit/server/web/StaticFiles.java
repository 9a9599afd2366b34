package dev.statuskit.server.web;

import dev.statuskit.exchange.Headers;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * The UI's files (HTML, CSS, JavaScript, SVG), served from the jar: nothing is fetched from
 * anywhere else, so the UI works offline. Each is read once and then kept; a reload revalidates
 * with its ETag (RFC 9110 §13.1.2) and gets 304 when nothing changed.
 */
final class StaticFiles {
  static final String ROOT = "/dev/statuskit/server/web/static/";

  /** Plain names only: no path, no dot files, so a request cannot wander through the classpath. */
  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*\\.(html|css|js|svg)");

  private static final Map<String, String> TYPES =
      Map.of(
          "html", "text/html; charset=utf-8",
          "css", "text/css; charset=utf-8",
          "js", "text/javascript; charset=utf-8",
          "svg", "image/svg+xml");

  /** What a page may load and do: only this server's own files, no inline code, no framing. */
  static final String PAGE_POLICY =
      "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self';"
          + " connect-src 'self'; frame-src 'self'; object-src 'none'; base-uri 'none';"
          + " form-action 'self'; frame-ancestors 'none'";

  private record File(byte[] bytes, String type, String etag) {}

  /** The files found so far; a name with no file is not kept, so the map stays small. */
  private final Map<String, File> cache = new ConcurrentHashMap<>();

  /** The file, or 404 when there is none by that name. */
  WebResponse serve(WebRequest request, String name) {
    Optional<File> file = NAME.matcher(name).matches() ? load(name) : Optional.empty();
    if (file.isEmpty()) {
      return Json.problem(404, "the UI has no file " + name);
    }
    return respond(request, file.get(), 200);
  }

  /** The app's one page, which shows whichever page the path names. */
  WebResponse shell(WebRequest request, int status) {
    File shell = load("index.html").orElseThrow(() -> new IllegalStateException("no index.html"));
    return respond(request, shell, status);
  }

  private WebResponse respond(WebRequest request, File file, int status) {
    Headers h =
        Headers.of(
            "Content-Type", file.type(),
            "ETag", file.etag(),
            "Cache-Control", "no-cache",
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer");
    if (file.type().startsWith("text/html")) {
      h = h.with("Content-Security-Policy", PAGE_POLICY);
    }
    boolean unchanged =
        status == 200
            && request.header("If-None-Match").map(v -> v.contains(file.etag())).orElse(false);
    if (unchanged) {
      return new WebResponse(304, h.without("Content-Type"), new byte[0]);
    }
    return new WebResponse(status, h, file.bytes());
  }

  private Optional<File> load(String name) {
    return Optional.ofNullable(cache.computeIfAbsent(name, n -> read(n).orElse(null)));
  }

  private static Optional<File> read(String name) {
    try (InputStream in = StaticFiles.class.getResourceAsStream(ROOT + name)) {
      if (in == null) {
        return Optional.empty();
      }
      byte[] bytes = in.readAllBytes();
      CRC32 crc = new CRC32();
      crc.update(bytes);
      String type = TYPES.get(name.substring(name.lastIndexOf('.') + 1));
      return Optional.of(new File(bytes, type, "\"" + Long.toHexString(crc.getValue()) + "\""));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
