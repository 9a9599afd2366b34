package dev.statuskit.server.mock;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The forms a status body can take, and the choice among them from a request's Accept header (RFC
 * 9110 §12.5.1): the acceptable form with the highest weight wins, ties go to the earlier form, and
 * a client that accepts none of them still gets the first (a server may ignore Accept rather than
 * answer 406, RFC 9110 §12.1).
 */
enum Representation {
  /** RFC 9457 problem details: errors only. */
  PROBLEM_JSON(Reply.PROBLEM_JSON),
  JSON(Reply.JSON),
  HTML(Reply.HTML),
  TEXT(Reply.TEXT);

  private final String contentType;
  private final String mediaType;

  Representation(String contentType) {
    this.contentType = contentType;
    this.mediaType = contentType.split(";", 2)[0];
  }

  String contentType() {
    return contentType;
  }

  private static final List<Representation> FOR_ERRORS = List.of(PROBLEM_JSON, JSON, HTML, TEXT);
  private static final List<Representation> OTHERWISE = List.of(JSON, HTML, TEXT);

  private static final List<Representation> FOR_PEOPLE = List.of(TEXT, JSON, HTML);

  /** The form to answer with, for an error status or another. */
  static Representation negotiate(Optional<String> accept, boolean error) {
    return negotiate(accept, error ? FOR_ERRORS : OTHERWISE);
  }

  /** The form for a page meant to be read by people first: plain text unless asked otherwise. */
  static Representation negotiateIndex(Optional<String> accept) {
    return negotiate(accept, FOR_PEOPLE);
  }

  private static Representation negotiate(Optional<String> accept, List<Representation> offered) {
    if (accept.isEmpty() || accept.get().isBlank()) {
      return offered.get(0);
    }
    List<Range> ranges = Range.parse(accept.get());
    Representation best = offered.get(0);
    double bestWeight = 0;
    for (Representation r : offered) {
      double w = weight(r.mediaType, ranges);
      if (w > bestWeight) {
        best = r;
        bestWeight = w;
      }
    }
    return best;
  }

  /** The weight of the most specific range that matches the type (RFC 9110 §12.5.1). */
  private static double weight(String type, List<Range> ranges) {
    int specificity = -1;
    double weight = 0;
    for (Range range : ranges) {
      int s = range.specificity(type);
      if (s > specificity) {
        specificity = s;
        weight = range.weight();
      }
    }
    return weight;
  }

  private record Range(String type, double weight) {

    static List<Range> parse(String header) {
      return List.of(header.split(",")).stream()
          .map(String::strip)
          .filter(e -> !e.isEmpty())
          .map(Range::element)
          .toList();
    }

    private static Range element(String element) {
      String[] parts = element.split(";");
      double q = 1;
      for (int i = 1; i < parts.length; i++) {
        String p = parts[i].strip();
        if (p.regionMatches(true, 0, "q=", 0, 2)) {
          try {
            q = Double.parseDouble(p.substring(2).strip());
          } catch (NumberFormatException e) {
            q = 0; // a weight we cannot read counts as "not acceptable"
          }
        }
      }
      return new Range(parts[0].strip().toLowerCase(Locale.ROOT), q);
    }

    /** 2 for an exact match, 1 for type/*, 0 for * / *, -1 for no match. */
    int specificity(String mediaType) {
      if (type.equals(mediaType)) {
        return 2;
      }
      if (type.equals("*/*")) {
        return 0;
      }
      if (type.endsWith("/*") && mediaType.startsWith(type.substring(0, type.length() - 1))) {
        return 1;
      }
      return -1;
    }
  }
}
