package dev.statuskit.stats;

import dev.statuskit.input.InputException;
import java.util.Locale;
import java.util.Optional;

/** The format the user asked for; {@link Sniffer} settles it per file. */
record LogFormat(Kind kind, Optional<PatternParser> pattern, Optional<FieldMapping> mapping) {

  enum Kind {
    AUTO,
    COMBINED,
    COMMON,
    PATTERN,
    JSONL,
    HAR
  }

  static LogFormat parse(String format, Optional<String> jsonFields) {
    Optional<FieldMapping> mapping = jsonFields.map(FieldMapping::parse);
    String f = format.strip();
    Kind kind =
        switch (f.toLowerCase(Locale.ROOT)) {
          case "auto", "" -> mapping.isPresent() ? Kind.JSONL : Kind.AUTO;
          case "combined", "nginx", "apache" -> Kind.COMBINED;
          case "common", "clf", "ncsa" -> Kind.COMMON;
          case "jsonl", "json", "ndjson" -> Kind.JSONL;
          case "har" -> Kind.HAR;
          default -> Kind.PATTERN;
        };
    if (kind == Kind.PATTERN) {
      return new LogFormat(kind, Optional.of(PatternParser.compile(f)), mapping);
    }
    if (mapping.isPresent() && kind != Kind.JSONL) {
      throw new InputException(
          "--json-fields", "a field mapping is for JSON lines, but the format is " + f);
    }
    return new LogFormat(kind, Optional.empty(), mapping);
  }
}
