package dev.statuskit.input;

/**
 * Something the user gave us cannot be used: a file that is not a HAR, a truncated JSON, an
 * unreachable URL, a bad config. Carries where (file and line, URL) and what, so the CLI can print
 * one actionable line and exit with code 2.
 */
public class InputException extends RuntimeException {
  private final String where;

  public InputException(String where, String problem) {
    super(problem);
    this.where = where;
  }

  public InputException(String where, String problem, Throwable cause) {
    super(problem, cause);
    this.where = where;
  }

  /** The file (with line and column where known) or URL. */
  public String where() {
    return where;
  }

  /** "shop.har:12:5: expected ',' or '}'". */
  @Override
  public String toString() {
    return where + ": " + getMessage();
  }
}
