package dev.statuskit.report;

import dev.statuskit.exchange.Part;
import java.util.List;

/**
 * A rule that could not run on some exchanges because the source lacks a part it needs.
 *
 * @param id the rule id
 * @param exchanges how many exchanges it skipped
 * @param needs the parts the rule needs (the source lacked at least one of them)
 */
record SkippedRule(String id, long exchanges, List<Part> needs) {

  SkippedRule {
    needs = List.copyOf(needs);
  }

  /** "the source has no response bodies". */
  String reason() {
    return Words.lacking(needs);
  }

  /** "SK301 skipped on 12 exchanges: the source has no response bodies". */
  String summary(String unit) {
    return id + " skipped on " + Words.count(exchanges, unit) + ": " + reason();
  }
}
