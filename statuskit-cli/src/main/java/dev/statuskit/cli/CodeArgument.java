package dev.statuskit.cli;

import dev.statuskit.registry.StatusCode;
import dev.statuskit.registry.StatusCodes;

/** Turns what the user typed into a status code, or a one-line error that says why not. */
final class CodeArgument {
  private CodeArgument() {}

  static StatusCode parse(String arg) {
    String a = arg.trim();
    if (a.matches("\\d+")) {
      if (a.length() != 3 || a.charAt(0) < '1' || a.charAt(0) > '5') {
        throw new UserError(
            "'" + a + "' is not an HTTP status code: codes are three digits from 100 to 599");
      }
      return StatusCodes.of(Integer.parseInt(a));
    }
    return StatusCodes.byName(a)
        .orElseThrow(
            () ->
                new UserError(
                    "'"
                        + a
                        + "' is not a status code or a known reason phrase"
                        + " (try: statuskit search "
                        + a
                        + ")"));
  }
}
