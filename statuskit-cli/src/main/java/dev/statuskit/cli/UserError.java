package dev.statuskit.cli;

/** A problem with what the user asked for or gave us: one line, exit code 2, no stack trace. */
final class UserError extends RuntimeException {
  UserError(String message) {
    super(message);
  }
}
