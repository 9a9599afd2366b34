package dev.statuskit.stats;

import dev.statuskit.input.InputException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A parser compiled from an nginx {@code log_format} or an Apache {@code LogFormat} string into a
 * sequence of steps, each a literal to match or a field to read up to the next literal's first
 * byte:
 *
 * <pre>
 * '$remote_addr - $remote_user [$time_local] "$request" $status $body_bytes_sent $request_time'
 * '%h %l %u %t "%r" %>s %b %D'
 * </pre>
 *
 * Fields the report uses are read (client, time, request line or method and path, status, request
 * time); all others are skipped. A field inside quotes may contain escaped quotes ({@code \"} from
 * Apache, {@code \x22} from nginx).
 */
final class PatternParser implements LineParser {

  /** What a field holds. */
  enum Field {
    CLIENT,
    /** {@code 10/Oct/2000:13:55:36 -0700}, nginx {@code $time_local}. */
    TIME_CLF,
    /** Apache {@code %t}: the CLF time with its brackets. */
    TIME_CLF_BRACKETS,
    TIME_ISO,
    TIME_EPOCH,
    REQUEST_LINE,
    PATH,
    STATUS,
    SECONDS,
    MILLIS,
    MICROS,
    OTHER
  }

  /** A literal (field == null) or a field ended by {@code stop} (-1: the end of the line). */
  record Step(byte[] literal, Field field, int stop, boolean quoted) {}

  private static final Map<String, Field> NGINX =
      Map.ofEntries(
          Map.entry("remote_addr", Field.CLIENT),
          Map.entry("realip_remote_addr", Field.CLIENT),
          Map.entry("binary_remote_addr", Field.OTHER),
          Map.entry("time_local", Field.TIME_CLF),
          Map.entry("time_iso8601", Field.TIME_ISO),
          Map.entry("msec", Field.TIME_EPOCH),
          Map.entry("request", Field.REQUEST_LINE),
          Map.entry("request_uri", Field.PATH),
          Map.entry("uri", Field.PATH),
          Map.entry("document_uri", Field.PATH),
          Map.entry("status", Field.STATUS),
          Map.entry("request_time", Field.SECONDS));

  private final String description;
  private final Step[] steps;

  private PatternParser(String description, List<Step> steps) {
    this.description = description;
    this.steps = steps.toArray(Step[]::new);
  }

  /** "nginx log_format" or "Apache LogFormat". */
  String description() {
    return description;
  }

  /**
   * Compiles a format string: nginx's when it has {@code $variables}, Apache's when it has {@code
   * %directives}.
   *
   * @throws InputException if the string is neither, has two fields with nothing between them, or
   *     has no status field
   */
  static PatternParser compile(String format) {
    String where = "--log-format '" + format + "'";
    List<Step> steps;
    String description;
    if (format.contains("$")) {
      steps = nginx(format, where);
      description = "nginx log_format";
    } else if (format.contains("%")) {
      steps = apache(format, where);
      description = "Apache LogFormat";
    } else {
      throw new InputException(
          where,
          "not a log format: expected nginx $variables ($remote_addr, $status...) or Apache"
              + " %directives (%h, %>s...), or one of auto, combined, common, jsonl, har");
    }
    if (steps.stream().noneMatch(s -> s.field() == Field.STATUS)) {
      throw new InputException(where, "the format has no status field ($status or %>s)");
    }
    return new PatternParser(description, withStops(steps));
  }

  private static List<Step> nginx(String format, String where) {
    List<Step> steps = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    int i = 0;
    while (i < format.length()) {
      char c = format.charAt(i);
      if (c != '$') {
        literal.append(c);
        i++;
        continue;
      }
      int start = i + 1;
      boolean braced = start < format.length() && format.charAt(start) == '{';
      int nameStart = braced ? start + 1 : start;
      int end = nameStart;
      while (end < format.length()
          && (Character.isLetterOrDigit(format.charAt(end)) || format.charAt(end) == '_')) {
        end++;
      }
      if (end == nameStart || (braced && (end >= format.length() || format.charAt(end) != '}'))) {
        throw new InputException(where, "a '$' without a variable name at column " + (i + 1));
      }
      String name = format.substring(nameStart, end).toLowerCase(Locale.ROOT);
      addField(steps, literal, NGINX.getOrDefault(name, Field.OTHER), where, i);
      i = braced ? end + 1 : end;
    }
    addLiteral(steps, literal);
    return steps;
  }

  private static List<Step> apache(String format, String where) {
    List<Step> steps = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    int i = 0;
    while (i < format.length()) {
      char c = format.charAt(i);
      if (c == '\\' && i + 1 < format.length()) {
        char next = format.charAt(i + 1);
        literal.append(next == 'n' ? '\n' : next == 't' ? '\t' : next);
        i += 2;
        continue;
      }
      if (c != '%') {
        literal.append(c);
        i++;
        continue;
      }
      int at = i;
      i++;
      if (i < format.length() && format.charAt(i) == '%') {
        literal.append('%');
        i++;
        continue;
      }
      // Modifiers: '<' or '>' (original or final request), status conditions like !200,400.
      while (i < format.length() && "<>!,0123456789".indexOf(format.charAt(i)) >= 0) {
        i++;
      }
      String argument = null;
      if (i < format.length() && format.charAt(i) == '{') {
        int close = format.indexOf('}', i);
        if (close < 0) {
          throw new InputException(where, "'{' without '}' at column " + (i + 1));
        }
        argument = format.substring(i + 1, close);
        i = close + 1;
      }
      if (i >= format.length()) {
        throw new InputException(where, "a '%' without a directive at column " + (at + 1));
      }
      addField(steps, literal, apacheField(format.charAt(i), argument), where, at);
      i++;
    }
    addLiteral(steps, literal);
    return steps;
  }

  private static Field apacheField(char directive, String argument) {
    return switch (directive) {
      case 'h', 'a' -> argument == null ? Field.CLIENT : Field.OTHER;
      case 't' -> argument == null ? Field.TIME_CLF_BRACKETS : Field.OTHER;
      case 'r' -> Field.REQUEST_LINE;
      case 'U' -> Field.PATH;
      case 's' -> Field.STATUS;
      case 'D' -> Field.MICROS;
      case 'T' -> {
        String unit = argument == null ? "s" : argument;
        yield switch (unit) {
          case "ms" -> Field.MILLIS;
          case "us" -> Field.MICROS;
          default -> Field.SECONDS;
        };
      }
      default -> Field.OTHER;
    };
  }

  private static void addField(
      List<Step> steps, StringBuilder literal, Field field, String where, int column) {
    addLiteral(steps, literal);
    if (!steps.isEmpty() && steps.get(steps.size() - 1).field() != null) {
      throw new InputException(
          where,
          "two fields with nothing between them at column "
              + (column + 1)
              + ": statuskit cannot tell where one ends");
    }
    steps.add(new Step(null, field, -1, false));
  }

  private static void addLiteral(List<Step> steps, StringBuilder literal) {
    if (literal.length() > 0) {
      steps.add(new Step(literal.toString().getBytes(StandardCharsets.UTF_8), null, -1, false));
      literal.setLength(0);
    }
  }

  /** Gives each field the byte that ends it, and whether it sits between quotes. */
  private static List<Step> withStops(List<Step> steps) {
    List<Step> out = new ArrayList<>();
    for (int i = 0; i < steps.size(); i++) {
      Step s = steps.get(i);
      if (s.field() == null) {
        out.add(s);
        continue;
      }
      int stop = i + 1 < steps.size() ? steps.get(i + 1).literal()[0] : -1;
      boolean quoted =
          stop == '"'
              && i > 0
              && steps.get(i - 1).literal()[steps.get(i - 1).literal().length - 1] == '"';
      out.add(new Step(null, s.field(), stop, quoted));
    }
    return out;
  }

  @Override
  public String parse(byte[] b, int from, int to, Tally t) {
    int status = -1;
    long epoch = Timestamps.BAD;
    long micros = -1;
    int targetFrom = -1;
    int targetTo = -1;
    int clientFrom = -1;
    int clientTo = -1;
    int p = from;
    for (Step step : steps) {
      if (step.field() == null) {
        byte[] lit = step.literal();
        if (p + lit.length > to) {
          return Reasons.TRUNCATED;
        }
        for (int k = 0; k < lit.length; k++) {
          if (b[p + k] != lit[k]) {
            return Reasons.NOT_FORMAT;
          }
        }
        p += lit.length;
        continue;
      }
      int end;
      if (step.field() == Field.TIME_CLF_BRACKETS) {
        if (p >= to || b[p] != '[') {
          return p >= to ? Reasons.TRUNCATED : Reasons.BAD_TIMESTAMP;
        }
        end = Bytes.indexOf(b, p, to, (byte) ']');
        if (end < 0) {
          return Reasons.TRUNCATED;
        }
        end++;
      } else if (step.stop() < 0) {
        end = to;
      } else if (step.quoted()) {
        end = Bytes.closingQuote(b, p, to);
      } else {
        end = Bytes.indexOf(b, p, to, (byte) step.stop());
      }
      if (end < 0) {
        return Reasons.TRUNCATED;
      }
      switch (step.field()) {
        case CLIENT -> {
          clientFrom = p;
          clientTo = end;
        }
        case TIME_CLF, TIME_CLF_BRACKETS -> {
          int at = step.field() == Field.TIME_CLF ? p : p + 1;
          epoch = Timestamps.clf(b, at, end);
          if (epoch == Timestamps.BAD) {
            return Reasons.BAD_TIMESTAMP;
          }
        }
        case TIME_ISO -> {
          epoch = Timestamps.iso(b, p, end);
          if (epoch == Timestamps.BAD) {
            return Reasons.BAD_TIMESTAMP;
          }
        }
        case TIME_EPOCH -> {
          epoch = Timestamps.epochText(b, p, end);
          if (epoch == Timestamps.BAD) {
            return Reasons.BAD_TIMESTAMP;
          }
        }
        case REQUEST_LINE -> {
          int m = Bytes.indexOf(b, p, end, (byte) ' ');
          if (m > p) {
            int te = Bytes.indexOf(b, m + 1, end, (byte) ' ');
            targetFrom = m + 1;
            targetTo = te < 0 ? end : te;
            if (targetTo == targetFrom) {
              targetFrom = -1;
            }
          }
        }
        case PATH -> {
          if (end > p && !(end - p == 1 && b[p] == '-')) {
            targetFrom = p;
            targetTo = end;
          }
        }
        case STATUS -> {
          status = end - p == 3 ? Bytes.status(b, p, end) : -1;
          if (status < 0) {
            return Reasons.BAD_STATUS;
          }
        }
        case SECONDS, MILLIS, MICROS -> {
          long unit =
              step.field() == Field.SECONDS ? 1_000_000 : step.field() == Field.MILLIS ? 1000 : 1;
          long value = Bytes.micros(b, p, end, unit);
          if (value == Bytes.NONE && !(end - p == 1 && b[p] == '-')) {
            // Not a number: more text than the format has, or the wrong field here.
            return Bytes.indexOf(b, p, end, (byte) ' ') >= 0
                ? Reasons.EXTRA_TEXT
                : Reasons.NOT_FORMAT;
          }
          micros = Math.max(micros, value);
        }
        case OTHER -> {}
      }
      p = end;
    }
    if (p != to) {
      return Reasons.EXTRA_TEXT;
    }
    t.request(status, epoch, micros, b, targetFrom, targetTo, clientFrom, clientTo);
    return null;
  }
}
