package dev.statuskit.registry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Ranked search over the registry. A whole-query match on a name or synonym beats word matches; a
 * word in a name beats one in a synonym, which beats one in the summary or description; and an
 * entry must cover most of the query's words to rank high. Words are matched forgivingly: light
 * stemming, prefixes (for search-as-you-type) and one or two typos.
 */
final class Search {

  private static final Set<String> STOPWORDS =
      Set.of(
          ("a an the is are was be to of for in on at by my your it its this that and or with from"
                  + " code status http error response")
              .split(" "));

  /** Unofficial codes rank below registered ones that match as well. */
  private static final double UNOFFICIAL_FACTOR = 0.6;

  /** Hits scoring below this share of the best hit are dropped. */
  private static final double RELEVANCE_FLOOR = 0.15;

  private final List<Doc> docs;

  Search(Collection<StatusCode> codes) {
    this.docs = codes.stream().map(Doc::of).toList();
  }

  List<SearchHit> run(String query) {
    String trimmed = query.trim();
    if (trimmed.matches("\\d{1,3}")) {
      return byNumber(trimmed);
    }
    var statusClass = trimmed.matches("(?i)[1-5]xx") ? StatusClass.parse(trimmed) : null;
    if (statusClass != null && statusClass.isPresent()) {
      return docs.stream()
          .filter(d -> d.code.statusClass() == statusClass.get())
          .map(d -> new SearchHit(d.code, 1))
          .toList();
    }
    List<String> words = words(trimmed);
    if (words.isEmpty()) {
      return List.of();
    }
    List<SearchHit> hits = new ArrayList<>();
    for (Doc d : docs) {
      double score = d.score(words);
      if (score > 0) {
        hits.add(new SearchHit(d.code, score));
      }
    }
    hits.sort(
        Comparator.comparingDouble(SearchHit::score)
            .reversed()
            .thenComparingInt(h -> h.code().code()));
    // A stray word in a long description should not list half the registry.
    double floor = hits.isEmpty() ? 0 : hits.get(0).score() * RELEVANCE_FLOOR;
    return hits.stream().filter(h -> h.score() >= floor).toList();
  }

  private List<SearchHit> byNumber(String digits) {
    return docs.stream()
        .filter(d -> String.valueOf(d.code.code()).startsWith(digits))
        .map(d -> new SearchHit(d.code, String.valueOf(d.code.code()).equals(digits) ? 1000 : 100))
        .sorted(
            Comparator.comparingDouble(SearchHit::score)
                .reversed()
                .thenComparingInt(h -> h.code().code()))
        .toList();
  }

  /** Lower-cased, stemmed, stop words removed: "Rate-limited!" → [rate, limit]. */
  static List<String> words(String text) {
    String plain = text.toLowerCase(Locale.ROOT).replace("'", "").replace("’", "");
    return Arrays.stream(plain.split("[^a-z0-9]+"))
        .filter(w -> !w.isEmpty() && !STOPWORDS.contains(w))
        .map(Search::stem)
        .toList();
  }

  /** A deliberately light stemmer: both sides go through it, so it need only be consistent. */
  static String stem(String w) {
    String s = w;
    if (s.length() > 4 && s.endsWith("ies")) {
      s = s.substring(0, s.length() - 3) + "y";
    } else if (s.length() > 5 && s.endsWith("ing")) {
      s = s.substring(0, s.length() - 3);
    } else if (s.length() > 4 && s.endsWith("ed")) {
      s = s.substring(0, s.length() - 2);
    } else if (s.length() > 3 && s.endsWith("s") && !s.endsWith("ss")) {
      s = s.substring(0, s.length() - 1);
    }
    if (s.length() > 3 && s.endsWith("e")) {
      s = s.substring(0, s.length() - 1);
    }
    return s;
  }

  /** One entry, with its text pre-split into fields of falling weight. */
  private record Doc(
      StatusCode code,
      List<String> names,
      List<String> synonyms,
      Set<String> nameWords,
      Set<String> synonymWords,
      Set<String> summaryWords,
      Set<String> textWords) {

    static Doc of(StatusCode c) {
      List<String> names =
          Stream.concat(Stream.of(c.phrase()), c.aka().stream()).map(Doc::joined).toList();
      List<String> synonyms = c.synonyms().stream().map(Doc::joined).toList();
      Set<String> text = new HashSet<>(words(c.description()));
      c.uses().forEach(u -> text.addAll(words(u)));
      return new Doc(
          c,
          names,
          synonyms,
          split(names),
          split(synonyms),
          new HashSet<>(words(c.summary())),
          text);
    }

    private static String joined(String text) {
      return String.join(" ", words(text));
    }

    private static Set<String> split(List<String> phrases) {
      return phrases.stream()
          .flatMap(p -> Arrays.stream(p.split(" ")))
          .filter(w -> !w.isEmpty())
          .collect(Collectors.toSet());
    }

    double score(List<String> query) {
      String q = String.join(" ", query);
      double score = 0;
      if (names.contains(q)) {
        score += 300;
      } else if (synonyms.contains(q)) {
        score += 200;
      } else if (containsPhrase(names, q)) {
        score += 120;
      } else if (containsPhrase(synonyms, q)) {
        score += 100;
      }
      double words = 0;
      int matched = 0;
      for (String w : query) {
        double best =
            Math.max(
                Math.max(40 * match(w, nameWords), 30 * match(w, synonymWords)),
                Math.max(12 * match(w, summaryWords), 4 * match(w, textWords)));
        if (best > 0) {
          matched++;
          words += best;
        }
      }
      double coverage = (double) matched / query.size();
      score += words * coverage * coverage;
      return code.standing() == Standing.UNOFFICIAL ? score * UNOFFICIAL_FACTOR : score;
    }

    private static boolean containsPhrase(List<String> phrases, String q) {
      String padded = " " + q + " ";
      return phrases.stream().anyMatch(p -> (" " + p + " ").contains(padded));
    }

    /** 1 for an exact word, less for a prefix or a typo, 0 for no match. */
    private static double match(String w, Set<String> field) {
      if (field.contains(w)) {
        return 1;
      }
      double best = 0;
      for (String f : field) {
        if (w.length() >= 3 && f.startsWith(w)) {
          best = Math.max(best, 0.7);
        } else if (w.length() >= 5 && Math.abs(f.length() - w.length()) <= 2) {
          int d = distance(w, f, 2);
          if (d == 1) {
            best = Math.max(best, 0.6);
          } else if (d == 2 && w.length() >= 8) {
            best = Math.max(best, 0.4);
          }
        }
      }
      return best;
    }
  }

  /** Levenshtein distance, giving up (returning limit + 1) once it exceeds the limit. */
  static int distance(String a, String b, int limit) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      int rowMin = cur[0];
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
        rowMin = Math.min(rowMin, cur[j]);
      }
      if (rowMin > limit) {
        return limit + 1;
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
