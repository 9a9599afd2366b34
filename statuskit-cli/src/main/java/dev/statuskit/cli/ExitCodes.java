package dev.statuskit.cli;

import dev.statuskit.input.InputException;
import dev.statuskit.text.Ansi;

/**
 * The exit codes, documented in the README: 0 success, 1 findings or alerts, 2 bad usage or input,
 * 3 an internal error (a bug: rerun with --debug and report it).
 */
final class ExitCodes {
  static final int OK = 0;
  static final int FINDINGS = 1;
  static final int USAGE = 2;
  static final int INTERNAL = 3;

  private ExitCodes() {}

  static int of(Throwable e) {
    return e instanceof UserError || e instanceof InputException ? USAGE : INTERNAL;
  }

  /** The one line the user sees. */
  static String message(Throwable e, Ansi style) {
    if (e instanceof UserError) {
      return style.red("statuskit: " + e.getMessage());
    }
    if (e instanceof InputException input) {
      return style.red("statuskit: " + input);
    }
    return style.red("statuskit: internal error: " + e)
        + " (rerun with --debug for the stack trace, and please report it)";
  }
}
