package dev.statuskit.report;

import dev.statuskit.exchange.Part;
import dev.statuskit.rules.Severity;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The small phrases every human-readable format shares, so they read the same everywhere. */
final class Words {
  private Words() {}

  /** "1,200", whatever the machine's locale. */
  static String grouped(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  /** "1 exchange", "1,200 exchanges". */
  static String count(long n, String noun) {
    return count(n, noun, noun + "s");
  }

  /** "1 entry", "3 entries". */
  static String count(long n, String singular, String plural) {
    return grouped(n) + " " + (n == 1 ? singular : plural);
  }

  /** "2 errors", "1 warning", "3 info". */
  static String count(long n, Severity severity) {
    return severity == Severity.INFO ? grouped(n) + " info" : count(n, severity.label());
  }

  /** "2 errors, 1 warning, 0 info". */
  static String severities(ReportModel model) {
    return List.of(Severity.values()).stream()
        .map(s -> count(model.count(s), s))
        .collect(Collectors.joining(", "));
  }

  /** "response bodies". */
  static String part(Part part) {
    return switch (part) {
      case REQUEST_HEADERS -> "request headers";
      case REQUEST_BODY -> "request bodies";
      case RESPONSE_HEADERS -> "response headers";
      case RESPONSE_BODY -> "response bodies";
      case REASON_PHRASE -> "reason phrases";
    };
  }

  /** Why a rule skipped: "the source has no response bodies". */
  static String lacking(List<Part> needs) {
    if (needs.isEmpty()) {
      return "the source lacks data the rule needs";
    }
    if (needs.size() == 1) {
      return "the source has no " + part(needs.get(0));
    }
    return "the source lacks one of: "
        + needs.stream().map(Words::part).collect(Collectors.joining(", "));
  }
}
