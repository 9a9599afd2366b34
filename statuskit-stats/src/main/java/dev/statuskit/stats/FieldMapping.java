package dev.statuskit.stats;

import dev.statuskit.input.InputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where a JSON log line keeps what the report needs: {@code
 * status=status,time=ts,path=request.path,latency=duration_ms,client=ip}. A dotted name reaches
 * into nested objects. The latency's unit comes after a colon ({@code latency=took:s}; s, ms, us or
 * ns) or from the field's name ({@code _ms}, {@code _us}, {@code _ns}, {@code _s}, {@code
 * request_time} are seconds as in nginx); otherwise milliseconds.
 *
 * <p>Without a mapping, common names are tried in turn (see {@link #DEFAULT}).
 */
final class FieldMapping {

  /** The report's fields. */
  enum Key {
    STATUS,
    TIME,
    PATH,
    LATENCY,
    CLIENT
  }

  /** One source field: its path in the object, and for latencies microseconds per unit. */
  record Source(Key key, List<String> path, double microsPerUnit) {}

  private final List<Source> sources;

  private FieldMapping(List<Source> sources) {
    this.sources = List.copyOf(sources);
  }

  List<Source> sources() {
    return sources;
  }

  /** The names tried, in order, when the user gives no mapping: common loggers' choices. */
  static final FieldMapping DEFAULT =
      of(
          "status=status,status=status_code,status=statusCode,status=http_status,"
              + "status=response.status,status=res.statusCode,status=http.response.status_code,"
              + "time=time,time=timestamp,time=@timestamp,time=ts,time=time_iso8601,"
              + "time=time_local,time=date,"
              + "path=path,path=uri,path=request_uri,path=url,path=request.path,path=req.url,"
              + "path=url.path,path=request,"
              + "latency=request_time,latency=duration_ms,latency=latency_ms,"
              + "latency=response_time_ms,latency=responseTime,latency=elapsed_ms,"
              + "latency=duration,latency=event.duration:ns,"
              + "client=remote_addr,client=client_ip,client=clientip,client=ip,client=client.ip,"
              + "client=source.ip,client=req.remoteAddress",
          "--json-fields");

  /**
   * Parses a mapping.
   *
   * @throws InputException naming the bad entry
   */
  static FieldMapping parse(String spec) {
    return of(spec, "--json-fields '" + spec + "'");
  }

  private static FieldMapping of(String spec, String where) {
    List<Source> sources = new ArrayList<>();
    for (String entry : spec.split(",")) {
      String e = entry.strip();
      if (e.isEmpty()) {
        continue;
      }
      int eq = e.indexOf('=');
      if (eq <= 0 || eq == e.length() - 1) {
        throw new InputException(
            where, "'" + e + "' is not key=field (e.g. status=status, path=request.path)");
      }
      Key key = key(e.substring(0, eq).strip(), where);
      String field = e.substring(eq + 1).strip();
      double unit = 1;
      int colon = field.lastIndexOf(':');
      if (key == Key.LATENCY) {
        if (colon > 0) {
          unit = unit(field.substring(colon + 1), where);
          field = field.substring(0, colon);
        } else {
          unit = unitFromName(field);
        }
      }
      sources.add(new Source(key, List.of(field.split("\\.")), unit));
    }
    if (sources.stream().noneMatch(s -> s.key() == Key.STATUS)) {
      throw new InputException(where, "no status field: add status=NAME");
    }
    return new FieldMapping(sources);
  }

  private static Key key(String name, String where) {
    Map<String, Key> keys = new LinkedHashMap<>();
    for (Key k : Key.values()) {
      keys.put(k.name().toLowerCase(Locale.ROOT), k);
    }
    Key k = keys.get(name.toLowerCase(Locale.ROOT));
    if (k == null) {
      throw new InputException(
          where, "unknown key '" + name + "': use " + String.join(", ", keys.keySet()));
    }
    return k;
  }

  private static double unit(String unit, String where) {
    return switch (unit.toLowerCase(Locale.ROOT)) {
      case "s" -> 1_000_000;
      case "ms" -> 1000;
      case "us", "µs" -> 1;
      case "ns" -> 0.001;
      default ->
          throw new InputException(where, "unknown unit '" + unit + "': use s, ms, us or ns");
    };
  }

  private static double unitFromName(String field) {
    String f = field.toLowerCase(Locale.ROOT);
    if (f.endsWith("_ns") || f.endsWith("nanos")) {
      return 0.001;
    }
    if (f.endsWith("_us") || f.endsWith("micros")) {
      return 1;
    }
    if (f.endsWith("_ms") || f.endsWith("millis") || f.endsWith("ms")) {
      return 1000;
    }
    if (f.endsWith("_s")
        || f.endsWith("seconds")
        || f.endsWith("_sec")
        || f.equals("request_time")) {
      return 1_000_000;
    }
    return 1000;
  }
}
