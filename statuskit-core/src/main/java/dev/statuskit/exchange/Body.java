package dev.statuskit.exchange;

import java.nio.charset.StandardCharsets;

/**
 * A message body as rules see it: its text (or the first part of it, for big bodies) and its full
 * size in bytes. Binary content is kept as lossy UTF-8 text; rules only read text formats.
 *
 * @param text the body, or its first {@link #EXCERPT} characters
 * @param size the full size in bytes
 * @param truncated whether text holds only the start of the body
 */
public record Body(String text, long size, boolean truncated) {

  /** How much of a body sources keep: enough for every rule, bounded for huge inputs. */
  public static final int EXCERPT = 64 * 1024;

  private static final Body EMPTY = new Body("", 0, false);

  public static Body empty() {
    return EMPTY;
  }

  public static Body of(String text) {
    return text.isEmpty() ? EMPTY : excerpt(text, text.getBytes(StandardCharsets.UTF_8).length);
  }

  /** A body known by its text (possibly cut short already) and its true size. */
  public static Body excerpt(String text, long size) {
    if (text.length() > EXCERPT) {
      return new Body(text.substring(0, EXCERPT), size, true);
    }
    return new Body(text, size, size > text.getBytes(StandardCharsets.UTF_8).length);
  }

  public static Body of(byte[] bytes) {
    int keep = Math.min(bytes.length, EXCERPT);
    return excerpt(new String(bytes, 0, keep, StandardCharsets.UTF_8), bytes.length);
  }

  public boolean isEmpty() {
    return size == 0;
  }

  /** The start of the text, on one line, for evidence in reports. */
  public String preview(int max) {
    String flat = text.strip().replaceAll("\\s+", " ");
    return flat.length() <= max ? flat : flat.substring(0, max - 1) + "…";
  }
}
