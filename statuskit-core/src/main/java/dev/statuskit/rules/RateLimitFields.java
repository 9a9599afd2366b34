package dev.statuskit.rules;

import dev.statuskit.exchange.Headers;
import dev.statuskit.exchange.HttpDate;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds what does not add up in a response's rate-limit fields, in the conventions APIs use: the
 * {@code X-RateLimit-Limit / -Remaining / -Reset} trio (reset as a Unix time), the IETF draft's
 * {@code RateLimit-Limit / -Remaining / -Reset} (reset as seconds from now), and the draft's
 * structured {@code RateLimit} field, both as a dictionary ({@code limit=100, remaining=0,
 * reset=30}) and, in later drafts, as items per policy ({@code "default";r=0;t=30}, with the quota
 * {@code q} in {@code RateLimit-Policy}).
 */
final class RateLimitFields {
  private RateLimitFields() {}

  /**
   * One thing that does not add up.
   *
   * @param what the problem in a few words: "X-RateLimit-Remaining (120) is more than ..."
   * @param fields the header fields that show it
   */
  record Inconsistency(String what, List<String> fields) {}

  /** From this value on a reset is a Unix time (2001 onwards); below it, a delay in seconds. */
  private static final BigDecimal EPOCH_LIKE = new BigDecimal("1000000000");

  /** A Unix time this large is in milliseconds: in seconds it would be past the year 5000. */
  private static final BigDecimal EPOCH_MILLIS = new BigDecimal("100000000000");

  private static final Pattern WHOLE = Pattern.compile("-?\\d+");
  private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");

  static List<Inconsistency> check(Headers headers) {
    Reader r = new Reader(headers);
    r.limitAndRemaining("X-RateLimit-Limit", "X-RateLimit-Remaining");
    // Some APIs send the Unix time with a fraction of a second; that is still a time.
    r.field("X-RateLimit-Reset", DECIMAL).ifPresent(r::resetNotPast);
    r.limitAndRemaining("RateLimit-Limit", "RateLimit-Remaining");
    r.field("RateLimit-Reset", WHOLE)
        .ifPresent(n -> r.resetIsDelay("RateLimit-Reset", n, "RateLimit-Reset"));
    headers.first("RateLimit").ifPresent(r::structured);
    return r.found;
  }

  /** Reads one response's fields and collects what it finds. */
  private static final class Reader {
    private final Headers headers;
    private final List<Inconsistency> found = new ArrayList<>();

    Reader(Headers headers) {
      this.headers = headers;
    }

    void limitAndRemaining(String limitName, String remainingName) {
      Optional<BigDecimal> limit = field(limitName, WHOLE);
      Optional<BigDecimal> remaining = field(remainingName, WHOLE);
      if (exceeds(remaining, limit)) {
        add(
            remainingName
                + " ("
                + remaining.get()
                + ") is more than "
                + limitName
                + " ("
                + limit.get()
                + ")",
            limitName,
            remainingName);
      }
    }

    /**
     * The number in a field, if it is a valid one. A limit may carry quota policies after it (an
     * early draft sent {@code 100, 100;w=60}); its first number is the limit.
     */
    Optional<BigDecimal> field(String name, Pattern shape) {
      return headers
          .first(name)
          .map(v -> name.endsWith("Limit") ? v.split("[,;]", 2)[0].strip() : v)
          .flatMap(v -> number(name, v, shape, name));
    }

    Optional<BigDecimal> number(String label, String value, Pattern shape, String field) {
      Optional<String> why = whyNotANumber(value, shape);
      if (why.isPresent()) {
        add(label + " " + why.get(), field);
        return Optional.empty();
      }
      return Optional.of(new BigDecimal(value));
    }

    /** A Unix-time reset earlier than the response's own Date is already past. */
    void resetNotPast(BigDecimal reset) {
      if (reset.compareTo(EPOCH_LIKE) < 0) {
        return; // some APIs send a delay in seconds here, which cannot be in the past
      }
      BigDecimal seconds = reset.compareTo(EPOCH_MILLIS) >= 0 ? reset.movePointLeft(3) : reset;
      Optional<Instant> date = headers.first("Date").flatMap(HttpDate::parse);
      if (date.isPresent()
          && seconds.compareTo(BigDecimal.valueOf(date.get().getEpochSecond())) < 0) {
        add(
            "X-RateLimit-Reset ("
                + HttpDate.format(Instant.ofEpochSecond(seconds.longValue()))
                + ") is before the response's Date ("
                + HttpDate.format(date.get())
                + "), so the reset is already past",
            "X-RateLimit-Reset",
            "Date");
      }
    }

    /** The draft's resets count seconds from now; a Unix time there means decades of waiting. */
    void resetIsDelay(String label, BigDecimal reset, String field) {
      if (reset.compareTo(EPOCH_LIKE) >= 0) {
        add(
            label + " (" + reset + ") looks like a Unix time, but it counts seconds from now",
            field);
      }
    }

    void structured(String value) {
      List<Member> members = Member.list(value);
      if (members.stream().anyMatch(m -> m.value().isPresent())) {
        dictionary(members);
      } else {
        policies(members);
      }
    }

    /** {@code RateLimit: limit=100, remaining=0, reset=30}. */
    private void dictionary(List<Member> members) {
      Map<String, String> dict = new LinkedHashMap<>();
      members.forEach(m -> dict.put(m.key().toLowerCase(Locale.ROOT), m.value().orElse("")));
      Optional<BigDecimal> limit = member("limit", dict.get("limit"));
      Optional<BigDecimal> remaining = member("remaining", dict.get("remaining"));
      member("reset", dict.get("reset"))
          .ifPresent(n -> resetIsDelay("RateLimit reset", n, "RateLimit"));
      if (exceeds(remaining, limit)) {
        add(
            "RateLimit remaining ("
                + remaining.get()
                + ") is more than its limit ("
                + limit.get()
                + ")",
            "RateLimit");
      }
    }

    /** {@code RateLimit: "default";r=0;t=30} with {@code RateLimit-Policy: "default";q=100}. */
    private void policies(List<Member> members) {
      Map<String, String> quotas = new LinkedHashMap<>();
      headers.first("RateLimit-Policy").stream()
          .flatMap(p -> Member.list(p).stream())
          .forEach(m -> m.param("q").ifPresent(q -> quotas.put(m.key(), q)));
      for (Member m : members) {
        Optional<BigDecimal> remaining = member("r", m.param("r").orElse(null));
        member("t", m.param("t").orElse(null))
            .ifPresent(n -> resetIsDelay("RateLimit t", n, "RateLimit"));
        Optional<BigDecimal> quota =
            Optional.ofNullable(quotas.get(m.key()))
                .filter(q -> WHOLE.matcher(q).matches())
                .map(BigDecimal::new);
        if (exceeds(remaining, quota)) {
          add(
              "RateLimit r ("
                  + remaining.get()
                  + ") is more than the quota q ("
                  + quota.get()
                  + ") of policy '"
                  + m.key()
                  + "' in RateLimit-Policy",
              "RateLimit",
              "RateLimit-Policy");
        }
      }
    }

    private Optional<BigDecimal> member(String key, String value) {
      return value == null
          ? Optional.empty()
          : number("RateLimit " + key, value, WHOLE, "RateLimit");
    }

    private void add(String what, String... fields) {
      found.add(new Inconsistency(what, List.of(fields)));
    }
  }

  private static boolean exceeds(Optional<BigDecimal> remaining, Optional<BigDecimal> limit) {
    return remaining.isPresent() && limit.isPresent() && remaining.get().compareTo(limit.get()) > 0;
  }

  private static Optional<String> whyNotANumber(String value, Pattern shape) {
    if (value.isEmpty()) {
      return Optional.of("is empty");
    }
    if (!shape.matcher(value).matches()) {
      return Optional.of(
          DECIMAL.matcher(value).matches()
              ? "is not a whole number (" + value + ")"
              : "is not a number ('" + value + "')");
    }
    return new BigDecimal(value).signum() < 0
        ? Optional.of("is negative (" + value + ")")
        : Optional.empty();
  }

  /**
   * One member of a comma-separated structured field: a key or bare item, an optional {@code
   * =value}, and {@code ;name=value} parameters. Enough of RFC 8941 for these fields; quotes around
   * names are dropped.
   */
  private record Member(String key, Optional<String> value, Map<String, String> params) {

    static List<Member> list(String field) {
      return Stream.of(field.split(","))
          .map(String::strip)
          .filter(m -> !m.isEmpty())
          .map(Member::parse)
          .toList();
    }

    static Member parse(String member) {
      String[] parts = member.split(";");
      String[] head = parts[0].strip().split("=", 2);
      Map<String, String> params = new LinkedHashMap<>();
      for (int i = 1; i < parts.length; i++) {
        String[] kv = parts[i].strip().split("=", 2);
        params.put(kv[0].strip().toLowerCase(Locale.ROOT), kv.length > 1 ? kv[1].strip() : "");
      }
      return new Member(
          unquote(head[0].strip()),
          head.length > 1 ? Optional.of(head[1].strip()) : Optional.empty(),
          params);
    }

    Optional<String> param(String name) {
      return Optional.ofNullable(params.get(name));
    }

    private static String unquote(String s) {
      return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")
          ? s.substring(1, s.length() - 1)
          : s;
    }
  }
}
