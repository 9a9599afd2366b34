package dev.statuskit.registry;

import java.util.Locale;
import java.util.Optional;

/** The five classes of status codes, named as in RFC 9110 §15. */
public enum StatusClass {
  INFORMATIONAL(1, "Informational"),
  SUCCESSFUL(2, "Successful"),
  REDIRECTION(3, "Redirection"),
  CLIENT_ERROR(4, "Client Error"),
  SERVER_ERROR(5, "Server Error");

  /** values() copies the array on every call; this is on the mock server's hot path. */
  private static final StatusClass[] ALL = values();

  private final int digit;
  private final String title;

  StatusClass(int digit, String title) {
    this.digit = digit;
    this.title = title;
  }

  /**
   * The class of any code from 100 to 599, assigned or not: RFC 9110 §15 has clients treat an
   * unrecognised code by its first digit.
   *
   * @throws IllegalArgumentException if the number is not a status code (outside 100–599)
   */
  public static StatusClass of(int code) {
    if (code < 100 || code > 599) {
      throw new IllegalArgumentException(
          code + " is not an HTTP status code: status codes run from 100 to 599");
    }
    return ALL[code / 100 - 1];
  }

  /** Parses "4xx", "4XX", "4", or a name such as "client-error" / "CLIENT_ERROR". */
  public static Optional<StatusClass> parse(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    for (StatusClass c : values()) {
      if (t.equals(c.label().toLowerCase(Locale.ROOT))
          || t.equals(String.valueOf(c.digit))
          || t.equals(c.name().toLowerCase(Locale.ROOT))) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** "4xx". */
  public String label() {
    return digit + "xx";
  }

  /** "Client Error". */
  public String title() {
    return title;
  }

  /** The x00 code a client falls back to for an unrecognised code of this class. */
  public int generic() {
    return digit * 100;
  }

  public boolean isError() {
    return this == CLIENT_ERROR || this == SERVER_ERROR;
  }
}
