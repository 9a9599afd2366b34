package dev.statuskit.probe;

import dev.statuskit.exchange.Exchange;
import dev.statuskit.rules.Audit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What probing one endpoint produced, in order: exchanges to check, unmet expectations, requests
 * that got no answer. Kept per endpoint and handed to the (single-threaded) audit in path order, so
 * a report does not depend on which thread finished first.
 */
final class Outcomes {
  private sealed interface Event permits Checked, Flagged, Skipped {}

  private record Checked(Exchange exchange) implements Event {}

  private record Flagged(Flag flag, Exchange exchange) implements Event {}

  private record Skipped(String reason, String where) implements Event {}

  private final List<Event> events = new ArrayList<>();

  void checked(Exchange exchange) {
    events.add(new Checked(exchange));
  }

  void flagged(Flag flag, Exchange exchange) {
    events.add(new Flagged(flag, exchange));
  }

  void skipped(String reason, String where) {
    events.add(new Skipped(reason, where));
  }

  /**
   * Hands everything to the audit, which applies the configuration (ignored paths included). The
   * probes of one endpoint often meet the same fault (a 401 without a challenge answers the
   * baseline GET, the HEAD and the conditional GET alike): a rule's finding on a status is reported
   * once per endpoint, on the first exchange that showed it.
   */
  void commitTo(Audit audit) {
    Set<String> reported = new HashSet<>();
    for (Event e : events) {
      if (e instanceof Checked c) {
        int status = c.exchange().response().status();
        audit.check(c.exchange(), f -> reported.add(f.rule().id() + " " + status));
      } else if (e instanceof Flagged f) {
        audit.record(f.flag().rule(), f.flag().severity(), f.flag().problem(), f.exchange());
      } else if (e instanceof Skipped s) {
        audit.skippedInput(s.reason(), s.where());
      }
    }
  }
}
