package dev.statuskit.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds signs that a body exposes a server's internals: stack traces, database errors, server file
 * paths, framework debug pages.
 *
 * <p>Each sign is a few literal anchors and a pattern. One pass over the body finds every anchor,
 * and a pattern runs only on a short window around one of its anchors, so a scan costs one pass
 * plus a bounded number of windows, and no pattern ever sees more than {@value #RADIUS} characters
 * either side of an anchor. The patterns use bounded repetition without overlapping alternatives,
 * so none can backtrack catastrophically.
 *
 * <p>Windows are decoded before matching, so that a stack trace reads the same whether it came raw,
 * as a JSON string ({@code "\n\tat com.x..."}) or inside an HTML page ({@code <br>&nbsp;at ...}).
 *
 * <p>Patterns demand the structure of the real thing ({@code at} + qualified name + {@code
 * (File.java:12)}), not a keyword, so an API about stacks or a page that mentions {@code /var/www}
 * does not trip them.
 */
final class LeakPatterns {
  private LeakPatterns() {}

  /** What a body gives away. */
  enum Kind {
    STACK_TRACE("a stack trace"),
    DATABASE_ERROR("a database error"),
    FILE_PATH("a server file path"),
    DEBUG_PAGE("a framework debug page");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    String label() {
      return label;
    }
  }

  /**
   * One leak found.
   *
   * @param kind what kind of internals
   * @param what the specific sign: "Java stack frame", "PostgreSQL error"
   * @param match the matched text, decoded
   * @param excerpt the line around the match, on one line, at most {@value #EXCERPT} characters
   * @param fix advice specific to this sign, when there is any beyond the kind's
   */
  record Leak(Kind kind, String what, String match, String excerpt, Optional<String> fix) {}

  private record Sign(
      Kind kind, String what, List<String> anchors, Pattern pattern, Optional<String> fix) {}

  /** Characters of context either side of an anchor that a pattern may see. */
  static final int RADIUS = 300;

  /** The longest excerpt a leak reports. */
  static final int EXCERPT = 160;

  /** How many occurrences of one anchor are examined per body; beyond that the body is noise. */
  private static final int MAX_HITS_PER_ANCHOR = 32;

  private static final String DEBUG_OFF =
      "Turn debug mode off in production; debug pages are for a developer's machine.";

  private static final List<Sign> SIGNS =
      List.of(
          // --- framework debug pages: tried first, the worst of leaks ---
          sign(
              Kind.DEBUG_PAGE,
              "Django debug page",
              List.of("DEBUG = True", "Django Version:"),
              "you have DEBUG = True|Django Version:\\s{0,40}\\d",
              "Django: set DEBUG = False in production settings."),
          sign(
              Kind.DEBUG_PAGE,
              "Werkzeug debugger",
              List.of("Werkzeug Debugger", "The debugger caught an exception"),
              "Werkzeug Debugger|The debugger caught an exception in your WSGI application",
              "Flask: never run with debug=True in production; the Werkzeug debugger lets anyone"
                  + " who reaches it run code on the server."),
          sign(
              Kind.DEBUG_PAGE,
              "Laravel debug page",
              List.of("Whoops! There was an error", "ignit"),
              "Whoops! There was an error|window\\.ignite\\b|laravel-ignition|facade/ignition",
              "Laravel: set APP_DEBUG=false in production."),
          sign(
              Kind.DEBUG_PAGE,
              "Rails debug page",
              List.of("Action Controller: Exception caught"),
              "Action Controller: Exception caught",
              "Rails: config.consider_all_requests_local = false in production."),
          sign(
              Kind.DEBUG_PAGE,
              "ASP.NET error page",
              List.of("Server Error in '", "An unhandled exception occurred while processing"),
              "Server Error in '[^'\\n]{0,100}' Application"
                  + "|An unhandled exception occurred while processing the request",
              "ASP.NET: customErrors mode=\"RemoteOnly\" (Framework) or no developer exception"
                  + " page outside Development (Core)."),
          // --- stack traces ---
          sign(
              Kind.STACK_TRACE,
              "Java stack frame",
              List.of(".java:", ".kt:", ".scala:", ".groovy:"),
              "\\bat\\s+(?:[\\w$]+[./]){1,40}[\\w$<>-]+"
                  + "\\((?:[\\w$]+\\.(?:java|kt|scala|groovy):\\d+|Native Method|Unknown Source)\\)",
              "Spring Boot: set server.error.include-stacktrace=never (the default) and do not"
                  + " return exception traces from @ExceptionHandler methods."),
          sign(
              Kind.STACK_TRACE,
              "Java uncaught exception",
              List.of("Exception in thread \""),
              "Exception in thread \"[^\"\\n]{1,120}\" (?:[\\w$]+\\.){1,40}[\\w$]+"),
          sign(
              Kind.STACK_TRACE,
              "Java exception cause",
              List.of("Caused by: "),
              "Caused by: (?:[\\w$]+\\.){1,40}[\\w$]{0,80}(?:Exception|Error|Throwable)\\b"),
          sign(
              Kind.STACK_TRACE,
              "Python traceback",
              List.of("Traceback (most recent call last)"),
              "Traceback \\(most recent call last\\):"),
          sign(
              Kind.STACK_TRACE,
              "Python stack frame",
              List.of(", line "),
              "\\bFile \"[^\"\\n]{1,300}\\.pyw?\", line \\d+"),
          sign(
              Kind.STACK_TRACE,
              "Node.js stack frame",
              List.of("js:", ".ts:", "(node:"),
              "\\bat\\s+(?:(?:new |async )?[\\w$.<>\\[\\]]{1,200}(?: \\[as [\\w$]{1,100}\\])?\\s+\\()?"
                  + "(?:file://|node:|/|[A-Za-z]:\\\\)[^\\s()]{0,300}:\\d+:\\d+\\)?",
              "Express: run with NODE_ENV=production so its default error handler omits the stack,"
                  + " and send your own JSON error from an error-handling middleware."),
          sign(
              Kind.STACK_TRACE,
              ".NET stack frame",
              List.of(":line "),
              "\\bat\\s+[\\w.`<>\\[\\],]{1,300}\\([^()\\n]{0,300}\\) in [^\\n]{1,300}:line \\d+",
              "ASP.NET Core: use the developer exception page only in the Development environment"
                  + " and return ProblemDetails from UseExceptionHandler elsewhere."),
          sign(
              Kind.STACK_TRACE,
              ".NET exception type",
              List.of("System.", "Microsoft."),
              "\\b(?:System|Microsoft)\\.(?:[A-Z]\\w{0,60}\\.){0,6}[A-Z]\\w{0,60}Exception\\b"),
          sign(
              Kind.STACK_TRACE,
              "Go goroutine dump",
              List.of("goroutine "),
              "\\bgoroutine \\d+ \\[[\\w ,]{1,60}\\]:"),
          sign(
              Kind.STACK_TRACE,
              "Go panic",
              List.of("panic: "),
              "\\bpanic: (?:runtime error: |[^\\n]{0,200}\\[recovered\\])",
              "Go: recover panics in a middleware, log the stack there, and answer with a JSON 500."),
          sign(Kind.STACK_TRACE, "Go stack frame", List.of(".go:"), "\\.go:\\d+ \\+0x[0-9a-f]+"),
          sign(
              Kind.STACK_TRACE,
              "PHP error",
              List.of(".php"),
              "\\b(?:Fatal error|Parse error|Warning|Notice|Deprecated):\\s+[^\\n]{0,400}?"
                  + " in \\S{1,300}\\.php(?::\\d+| on line \\d+)",
              "PHP: set display_errors=Off in production and log_errors=On instead."),
          sign(
              Kind.STACK_TRACE,
              "PHP stack trace",
              List.of("Stack trace:"),
              "Stack trace:\\s{0,20}#0 ",
              "PHP: set display_errors=Off in production and log_errors=On instead."),
          sign(
              Kind.STACK_TRACE,
              "PHP framework exception",
              List.of("Illuminate", "Symfony"),
              "\\b(?:Illuminate|Symfony\\\\Component)\\\\[\\w\\\\]{1,200}(?:Exception|Error)\\b",
              "Laravel: set APP_DEBUG=false in production; Symfony: APP_ENV=prod."),
          sign(
              Kind.STACK_TRACE,
              "Ruby stack frame",
              List.of(".rb:"),
              "\\.rb:\\d+:in [`'][^'\\n]{1,200}'"),
          // --- database errors ---
          sign(
              Kind.DATABASE_ERROR,
              "SQLSTATE code",
              List.of("SQL"),
              "\\bSQL ?(?:STATE|State|state)\\b[:=]?\\s{0,3}\\[?[0-9A-Z]{5}\\]?"),
          sign(Kind.DATABASE_ERROR, "Oracle error", List.of("ORA-"), "\\bORA-\\d{5}: "),
          sign(
              Kind.DATABASE_ERROR,
              "MySQL error",
              List.of("SQL", "Unknown column '", "doesn't exist"),
              "You have an error in your SQL syntax"
                  + "|Unknown column '[^'\\n]{1,120}' in '"
                  + "|Table '[\\w$]{1,64}\\.[\\w$]{1,64}' doesn't exist"),
          sign(
              Kind.DATABASE_ERROR,
              "PostgreSQL error",
              List.of("syntax error at or near", "does not exist", "violates "),
              "syntax error at or near"
                  + "|\\b(?:relation|column|table|function|schema) \"[^\"\\n]{1,120}\" does not exist"
                  + "|violates (?:unique|foreign key|not-null|check|exclusion) constraint"),
          sign(
              Kind.DATABASE_ERROR,
              "SQL Server error",
              List.of("Incorrect syntax near", "Invalid object name '"),
              "Incorrect syntax near|Invalid object name '"),
          sign(
              Kind.DATABASE_ERROR,
              "database driver exception",
              List.of("SQL", "Sql"),
              "\\w{0,60}(?:SQL|Sql)\\w{0,60}Exception\\b"),
          sign(
              Kind.DATABASE_ERROR,
              "Python database exception",
              List.of("psycopg", "sqlalchemy.", "sqlite3.", "pymysql.", "SQLdb.", "django.db."),
              "\\b(?:psycopg2?|sqlalchemy|sqlite3|pymysql|MySQLdb|django\\.db)"
                  + "\\.(?:\\w{1,60}\\.){0,4}[A-Z]\\w{0,60}"),
          // --- file paths: a path down to a file, so a directory named in prose is not enough ---
          sign(
              Kind.FILE_PATH,
              "Unix server path",
              List.of("/var/www/", "/home/", "/usr/src/", "/srv/", "/opt/", "/root/"),
              "(?<![\\w/.:~-])(?:/var/www|/home/[\\w.-]{1,64}|/usr/src|/srv|/opt|/root)"
                  + "(?:/[\\w.@+-]{1,100}){1,30}\\.[A-Za-z]\\w{0,7}\\b"),
          sign(
              Kind.FILE_PATH,
              "Windows server path",
              List.of("inetpub", "\\Users\\"),
              "\\b[A-Za-z]:\\\\(?:inetpub|Users)(?:\\\\[^\\\\\\n\"'<>|:*?]{1,100}){1,30}"));

  private static Sign sign(Kind kind, String what, List<String> anchors, String regex) {
    return new Sign(kind, what, anchors, Pattern.compile(regex), Optional.empty());
  }

  private static Sign sign(Kind kind, String what, List<String> anchors, String regex, String fix) {
    return new Sign(kind, what, anchors, Pattern.compile(regex), Optional.of(fix));
  }

  /** The general advice for a kind of leak. */
  static String fixFor(Kind kind) {
    return switch (kind) {
      case STACK_TRACE ->
          "Log the exception with its stack on the server, keyed by a request id, and send the"
              + " client only an error code, a message and that id.";
      case DATABASE_ERROR ->
          "Catch database errors at the data layer, log them, and answer with a generic error;"
              + " messages naming tables, columns and SQL help an attacker shape an injection.";
      case FILE_PATH ->
          "Do not echo exception messages that carry server paths; map them to your own messages.";
      case DEBUG_PAGE -> DEBUG_OFF;
    };
  }

  /** The first leak in the text that the filter accepts, trying signs in catalogue order. */
  static Optional<Leak> find(String text, Predicate<Leak> accept) {
    // Only in JSON does a backslash before 'n' mean a newline; in plain text it is C:\Users\nick.
    boolean json = looksLikeJson(text);
    // Several signs share an anchor ("SQL"); each anchor is searched for once, and only when a
    // sign needs it, so a body that leaks early costs less than a clean one.
    Map<String, List<Integer>> hits = new HashMap<>();
    for (Sign sign : SIGNS) {
      for (String anchor : sign.anchors()) {
        List<Integer> at = hits.computeIfAbsent(anchor, a -> occurrences(text, a));
        Optional<Leak> leak = match(text, json, sign, at, accept);
        if (leak.isPresent()) {
          return leak;
        }
      }
    }
    return Optional.empty();
  }

  /** Where the anchor occurs, at most {@value #MAX_HITS_PER_ANCHOR} times. */
  private static List<Integer> occurrences(String text, String anchor) {
    List<Integer> at = new ArrayList<>();
    for (int i = text.indexOf(anchor); i >= 0 && at.size() < MAX_HITS_PER_ANCHOR; ) {
      at.add(i);
      i = text.indexOf(anchor, i + anchor.length());
    }
    return at;
  }

  private static boolean looksLikeJson(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c)) {
        return c == '{' || c == '[' || c == '"';
      }
    }
    return false;
  }

  private static Optional<Leak> match(
      String text, boolean json, Sign sign, List<Integer> hits, Predicate<Leak> accept) {
    int covered = -1;
    for (int at : hits) {
      int from = Math.max(0, at - RADIUS);
      int to = Math.min(text.length(), at + RADIUS);
      // Windows clipped at the end of the text can repeat the one before; it was matched already.
      if (to <= covered) {
        continue;
      }
      String window = decode(text.substring(from, to), json);
      Matcher m = sign.pattern().matcher(window);
      while (m.find()) {
        Leak leak =
            new Leak(sign.kind(), sign.what(), m.group(), excerpt(window, m.start()), sign.fix());
        if (accept.test(leak)) {
          return Optional.of(leak);
        }
      }
      covered = to;
    }
    return Optional.empty();
  }

  private static final Pattern HTML_BREAK = Pattern.compile("(?i)<br\\s{0,5}/?>");

  /**
   * Formatting tags only: {@code <init>}, {@code <anonymous>} and {@code <module>} in stack frames
   * look like tags too and must stay.
   */
  private static final Pattern HTML_TAG =
      Pattern.compile(
          "(?i)</?(?:b|i|u|em|strong|code|span|pre|div|p|td|th|tr|table|a|font|small|h[1-6]|li|ul"
              + "|ol)(?:\\s[^<>]{0,200})?>");

  /**
   * The window as plain text: JSON string escapes (in a JSON body) and HTML formatting undone. A
   * window may start in the middle of an escape; that costs at most one misread character.
   */
  static String decode(String window, boolean json) {
    String text = json && window.indexOf('\\') >= 0 ? unescapeJson(window) : window;
    if (text.indexOf('<') >= 0) {
      text = HTML_TAG.matcher(HTML_BREAK.matcher(text).replaceAll("\n")).replaceAll("");
    }
    if (text.indexOf('&') >= 0) {
      text =
          text.replace("&nbsp;", " ")
              .replace("&quot;", "\"")
              .replace("&#39;", "'")
              .replace("&#x27;", "'")
              .replace("&lt;", "<")
              .replace("&gt;", ">")
              .replace("&amp;", "&");
    }
    return text;
  }

  private static String unescapeJson(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\\' || i + 1 >= s.length()) {
        out.append(c);
        continue;
      }
      char next = s.charAt(++i);
      switch (next) {
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'u' -> {
          if (i + 4 < s.length() && isHex(s, i + 1, i + 5)) {
            out.append((char) Integer.parseInt(s, i + 1, i + 5, 16));
            i += 4;
          } else {
            out.append('\\').append(next);
          }
        }
        case '"', '\\', '/' -> out.append(next);
        // Not a JSON escape: a Windows path or a regex in plain text; keep it as it was.
        default -> out.append('\\').append(next);
      }
    }
    return out.toString();
  }

  private static boolean isHex(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.digit(s.charAt(i), 16) < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * The line holding the match, on one line; a long line is cut to {@value #EXCERPT} characters
   * starting a little before the match.
   */
  static String excerpt(String window, int matchStart) {
    int lineStart = Math.max(window.lastIndexOf('\n', matchStart - 1), 0);
    int lineEnd = window.indexOf('\n', matchStart);
    String line = flat(window.substring(lineStart, lineEnd < 0 ? window.length() : lineEnd));
    if (line.length() <= EXCERPT) {
      return line;
    }
    int room = EXCERPT - 2; // for the two ellipses
    int before = flat(window.substring(lineStart, matchStart)).length();
    int start = Math.max(0, Math.min(before - 20, line.length() - room));
    int end = Math.min(line.length(), start + room);
    return (start > 0 ? "…" : "") + line.substring(start, end) + (end < line.length() ? "…" : "");
  }

  private static String flat(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }
}
