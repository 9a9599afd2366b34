package dev.statuskit.exchange;

import java.util.Locale;

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
  REASON_PHRASE;

  /** The part as machine-readable output names it: "response-headers". */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
