package dev.statuskit.server.mock;

/**
 * A request the mock cannot serve as asked (a bad parameter, a limit exceeded): the dispatcher
 * answers it with a problem response of this status whose detail says what to change.
 */
final class Refusal extends RuntimeException {
  private final int status;

  Refusal(int status, String detail) {
    super(detail, null, false, false);
    this.status = status;
  }

  /** A 400: the request named something the mock cannot do. */
  static Refusal badRequest(String detail) {
    return new Refusal(400, detail);
  }

  int status() {
    return status;
  }

  String detail() {
    return getMessage();
  }
}
