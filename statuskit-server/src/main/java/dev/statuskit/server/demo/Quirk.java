package dev.statuskit.server.demo;

/**
 * Route-level behaviours of the demo that the dispatcher applies around a handler. All but {@link
 * #OWN_AUTH} are planted mistakes; each names the rule that should catch it.
 */
enum Quirk {
  /** The handler checks credentials itself; the shared bearer-token check is skipped. */
  OWN_AUTH,
  /** Missing credentials answer 403, where 401 with a challenge is meant (SK401). */
  FORBIDDEN_WITHOUT_CREDENTIALS,
  /** A method the route does not support answers 404, where 405 with Allow is meant (SK402). */
  WRONG_METHOD_NOT_FOUND,
  /** The 405 for an unsupported method has no Allow header (SK104). */
  NO_ALLOW_ON_405,
  /** HEAD answers 404 although GET works (SK405). */
  HEAD_NOT_FOUND,
  /** OPTIONS fails with 500 (SK406). */
  OPTIONS_FAILS,
  /** The response carries an ETag, but If-None-Match with it never gets a 304 (SK404). */
  IGNORES_IF_NONE_MATCH,
  /** No X-Request-Id header: with a 5xx the client has nothing to quote to support (SK305). */
  NO_REQUEST_ID
}
