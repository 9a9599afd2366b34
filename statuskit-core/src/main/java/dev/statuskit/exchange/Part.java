package dev.statuskit.exchange;

/**
 * The parts of an exchange a source may or may not have. An access log has neither headers nor
 * bodies; a HAR file may omit bodies. Rules declare the parts they need and are skipped, not
 * failed, where the source lacks one.
 */
public enum Part {
  REQUEST_HEADERS,
  REQUEST_BODY,
  RESPONSE_HEADERS,
  RESPONSE_BODY,
  REASON_PHRASE
}
