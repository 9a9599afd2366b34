package dev.statuskit.stats;

/**
 * Why a line was not counted as a request, in the same words for the same reason so that reports
 * can add them up.
 */
final class Reasons {
  private Reasons() {}

  static final String BLANK = "blank line";
  static final String TOO_LONG = "line too long (over 64 KiB)";
  static final String TRUNCATED = "truncated line (ends before the last field)";
  static final String BAD_TIMESTAMP = "timestamp not in the log's format";
  static final String BAD_STATUS = "status is not a code from 100 to 599";
  static final String NOT_FORMAT = "does not match the log format";
  static final String EXTRA_TEXT = "text after the last field of the log format";
  static final String BINARY = "binary data in the line";
  static final String NOT_JSON = "not a JSON object";
  static final String NO_STATUS = "no status field";
}
