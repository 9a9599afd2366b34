package dev.statuskit.probe.tester;

import dev.statuskit.exchange.Body;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.hc.core5.http.HttpEntity;

/**
 * Reads a response body: the first {@link Body#EXCERPT} bytes are kept and decoded, the rest is
 * read and counted (so the size and the total time are true) up to {@link #COUNTED}, past which the
 * connection is dropped rather than read on.
 */
final class BodyReader {
  /** The most a body is read to count its size: big downloads are not the tester's job. */
  static final long COUNTED = 64L * 1024 * 1024;

  private static final Pattern CHARSET =
      Pattern.compile("(?i);\\s*charset\\s*=\\s*\"?([^\";\\s]+)");

  private BodyReader() {}

  /**
   * @param entity the response entity, null when the response has no content
   * @param contentType the response's Content-Type, for the charset
   * @param abort drops the connection, when the body is longer than {@link #COUNTED}
   */
  static Body read(HttpEntity entity, Optional<String> contentType, Runnable abort)
      throws IOException {
    if (entity == null) {
      // HEAD, 204 and 304 answers end with their headers (RFC 9112 §6.3).
      return Body.empty();
    }
    InputStream in = entity.getContent();
    byte[] kept = in.readNBytes(Body.EXCERPT);
    long size = kept.length;
    if (kept.length == Body.EXCERPT) {
      byte[] buffer = new byte[64 * 1024];
      int n;
      while (size < COUNTED && (n = in.read(buffer)) >= 0) {
        size += n;
      }
    }
    if (size >= COUNTED) {
      abort.run();
    } else {
      in.close();
    }
    String text = new String(kept, charset(contentType));
    return new Body(text, size, size > kept.length);
  }

  /** The charset parameter of Content-Type, or UTF-8 (RFC 8259 §8.1 for JSON; common elsewhere). */
  static Charset charset(Optional<String> contentType) {
    Matcher m = CHARSET.matcher(contentType.orElse(""));
    if (m.find()) {
      try {
        return Charset.forName(m.group(1).toLowerCase(Locale.ROOT));
      } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
        return StandardCharsets.UTF_8;
      }
    }
    return StandardCharsets.UTF_8;
  }
}
