package dev.statuskit.rules;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a string against the URI-reference grammar of RFC 3986 §4.1, plus the rule of RFC 9110
 * §4.2.1 that an http or https URI has a non-empty host. {@link java.net.URI} follows the older RFC
 * 2396 and accepts or rejects different strings, so the grammar is checked here directly.
 */
final class UriReference {
  private UriReference() {}

  /**
   * Splits any string into scheme, authority, path, query and fragment (RFC 3986 Appendix B); the
   * parts are then checked against the grammar one by one.
   */
  private static final Pattern PARTS =
      Pattern.compile(
          "^(?:([^:/?#]+):)?(?://([^/?#]*))?([^?#]*)(?:\\?([^#]*))?(?:#(.*))?$", Pattern.DOTALL);

  private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*");
  private static final Pattern IPV4 =
      Pattern.compile(
          "((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
  private static final Pattern IPV_FUTURE =
      Pattern.compile("v[0-9A-Fa-f]+\\.[A-Za-z0-9._~!$&'()*+,;=:-]+");
  private static final Pattern HEX16 = Pattern.compile("[0-9A-Fa-f]{1,4}");

  private static final String UNRESERVED_AND_SUB_DELIMS = "-._~!$&'()*+,;=";

  /** What is wrong with the reference, in a few words; empty when it is a valid URI reference. */
  static Optional<String> problem(String value) {
    Matcher m = PARTS.matcher(value);
    if (!m.matches()) {
      throw new IllegalStateException("RFC 3986 Appendix B matches every string: " + value);
    }
    String scheme = m.group(1);
    String authority = m.group(2);
    String path = m.group(3);
    if (scheme != null && !SCHEME.matcher(scheme).matches()) {
      // Without a valid scheme the colon falls in the first path segment, which a relative
      // reference may not have there (path-noscheme, RFC 3986 §4.2).
      return firstBadChar(scheme, ":/?#[]@")
          .or(() -> Optional.of("'" + scheme + ":' is not a valid scheme"));
    }
    Optional<String> bad =
        authority == null ? Optional.empty() : authorityProblem(authority, scheme);
    if (bad.isPresent()) {
      return bad;
    }
    if (authority == null && isHttp(scheme)) {
      return Optional.of("an " + lower(scheme) + " URI needs '//' and a host after the scheme");
    }
    return firstBadChar(path, ":@/")
        .or(() -> part(m.group(4), ":@/?"))
        .or(() -> part(m.group(5), ":@/?"));
  }

  private static Optional<String> part(String text, String alsoAllowed) {
    return text == null ? Optional.empty() : firstBadChar(text, alsoAllowed);
  }

  private static Optional<String> authorityProblem(String authority, String scheme) {
    int at = authority.lastIndexOf('@');
    String userinfo = at < 0 ? "" : authority.substring(0, at);
    String hostPort = authority.substring(at + 1);
    Optional<String> bad = firstBadChar(userinfo, ":");
    if (bad.isPresent()) {
      return bad;
    }
    String host;
    String port;
    if (hostPort.startsWith("[")) {
      int close = hostPort.indexOf(']');
      if (close < 0) {
        return Optional.of("the IP literal '" + hostPort + "' has no closing ']'");
      }
      host = hostPort.substring(0, close + 1);
      String rest = hostPort.substring(close + 1);
      if (!rest.isEmpty() && !rest.startsWith(":")) {
        return Optional.of("'" + rest + "' follows the IP literal where only ':port' may");
      }
      port = rest.isEmpty() ? "" : rest.substring(1);
      String literal = host.substring(1, host.length() - 1);
      if (!isIpv6(literal) && !IPV_FUTURE.matcher(literal).matches()) {
        return Optional.of("'" + host + "' is not a valid IP literal");
      }
    } else {
      int colon = hostPort.lastIndexOf(':');
      host = colon < 0 ? hostPort : hostPort.substring(0, colon);
      port = colon < 0 ? "" : hostPort.substring(colon + 1);
      bad = firstBadChar(host, "");
      if (bad.isPresent()) {
        return bad;
      }
    }
    if (!port.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return Optional.of("the port '" + port + "' is not a number");
    }
    if (host.isEmpty() && isHttp(scheme)) {
      return Optional.of("the " + lower(scheme) + " URI has no host");
    }
    return Optional.empty();
  }

  private static boolean isHttp(String scheme) {
    return scheme != null && (lower(scheme).equals("http") || lower(scheme).equals("https"));
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  /**
   * The first character that is neither unreserved, a sub-delimiter, part of a percent-encoding,
   * nor one of the extra characters this component allows (RFC 3986 §2).
   */
  private static Optional<String> firstBadChar(String text, String alsoAllowed) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '%') {
        if (i + 2 >= text.length() || !isHex(text.charAt(i + 1)) || !isHex(text.charAt(i + 2))) {
          return Optional.of("a '%' that does not start a percent-encoding (%XX)");
        }
        i += 2;
      } else if (!isAlphaNum(c)
          && UNRESERVED_AND_SUB_DELIMS.indexOf(c) < 0
          && alsoAllowed.indexOf(c) < 0) {
        return Optional.of(describe(text.codePointAt(i)) + " (percent-encode it)");
      }
    }
    return Optional.empty();
  }

  private static String describe(int c) {
    if (c == ' ') {
      return "a space";
    }
    if (c == '\\') {
      return "a backslash";
    }
    if (c < 0x20 || c == 0x7f) {
      return String.format("a control character (U+%04X)", c);
    }
    if (c > 0x7f) {
      return String.format("the non-ASCII character '%s' (U+%04X)", Character.toString(c), c);
    }
    return "the character '" + (char) c + "'";
  }

  private static boolean isAlphaNum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  private static boolean isHex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  /** IPv6address of RFC 3986 §3.2.2: eight pieces, or fewer around one "::". */
  private static boolean isIpv6(String text) {
    int gap = text.indexOf("::");
    if (gap < 0) {
      return pieces(text, true) == 8;
    }
    if (text.indexOf("::", gap + 1) >= 0) {
      return false;
    }
    String head = text.substring(0, gap);
    String tail = text.substring(gap + 2);
    int h = head.isEmpty() ? 0 : pieces(head, false);
    int t = tail.isEmpty() ? 0 : pieces(tail, true);
    return h >= 0 && t >= 0 && h + t <= 7;
  }

  /** The 16-bit pieces in "a:b:c", an IPv4 address at the end counting two; -1 if malformed. */
  private static int pieces(String text, boolean mayEndInIpv4) {
    String[] parts = text.split(":", -1);
    int n = 0;
    for (int i = 0; i < parts.length; i++) {
      if (mayEndInIpv4 && i == parts.length - 1 && IPV4.matcher(parts[i]).matches()) {
        n += 2;
      } else if (HEX16.matcher(parts[i]).matches()) {
        n++;
      } else {
        return -1;
      }
    }
    return n;
  }
}
