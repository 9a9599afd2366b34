package dev.statuskit.stats;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes a realistic nginx combined log with {@code $request_time}: an API and its static files,
 * mostly 2xx and 3xx, everyday 4xx (404s from scanners, 401s on login, 422s on checkout), a trickle
 * of 5xx, one 5xx spike (checkout and orders fail for a few minutes), and 429 bursts from one
 * client hammering the search. Fixed seed, so the same arguments give the same bytes: the shipped
 * sample log and the benchmark's file are made by it.
 *
 * <pre>
 * java -cp ... dev.statuskit.stats.AccessLogGenerator OUT LINES [SEED] [SPAN_SECONDS]
 * </pre>
 */
public final class AccessLogGenerator {
  static final long START = Instant.parse("2024-05-14T10:00:00Z").getEpochSecond();
  static final String BURSTER = "203.0.113.77";

  private static final DateTimeFormatter CLF =
      DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ROOT).withZone(ZoneOffset.UTC);

  private static final String[] AGENTS = {
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko)"
        + " Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko)"
        + " Version/17.4 Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like"
        + " Gecko) Mobile/15E148",
    "okhttp/4.12.0",
    "python-requests/2.31.0",
    "curl/8.5.0",
    "Go-http-client/1.1",
    "shop-ios/3.14.1 (iPhone; iOS 17.4) \\\"beta\\\"",
    "kube-probe/1.29",
  };

  private static final String[] REFERERS = {
    "-",
    "-",
    "-",
    "https://shop.example.com/",
    "https://shop.example.com/cart",
    "https://www.google.com/",
  };

  private final SplittableRandom random;
  private final long span;
  private final long lines;
  private final String[] clients;
  private long lastSecond = Long.MIN_VALUE;
  private String lastTime;

  AccessLogGenerator(long lines, long seed, long span) {
    this.random = new SplittableRandom(seed);
    this.lines = lines;
    this.span = span;
    this.clients = new String[600];
    for (int i = 0; i < clients.length; i++) {
      clients[i] =
          i % 12 == 11
              ? String.format(Locale.ROOT, "2001:db8:%x::%x", 10 + i, 1 + random.nextInt(4000))
              : (10 + random.nextInt(200))
                  + "."
                  + random.nextInt(256)
                  + "."
                  + random.nextInt(256)
                  + "."
                  + (1 + random.nextInt(254));
    }
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: AccessLogGenerator OUT LINES [SEED] [SPAN_SECONDS]");
      System.exit(2);
    }
    Path out = Path.of(args[0]);
    long lines = Long.parseLong(args[1]);
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
    long span = args.length > 3 ? Long.parseLong(args[3]) : Math.max(600, lines / 25);
    try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(out), 1 << 20)) {
      new AccessLogGenerator(lines, seed, span).write(os);
    }
  }

  /** The sample shipped in the jar: 2,000 lines over 40 minutes. */
  static byte[] sample() throws IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    new AccessLogGenerator(2000, 2024, 2400).write(out);
    return out.toByteArray();
  }

  void write(OutputStream out) throws IOException {
    StringBuilder line = new StringBuilder(400);
    for (long i = 0; i < lines; i++) {
      line.setLength(0);
      double x = (double) i / lines;
      // Traffic ebbs and flows: three waves over the span, busiest about 2.3 times the quietest.
      double phase = x - 0.4 * Math.sin(2 * Math.PI * 3 * x) / (2 * Math.PI * 3);
      long t = START + (long) (phase * span) + (random.nextInt(10) == 0 ? random.nextInt(3) : 0);
      // Roughly one line in 250,000 is damaged, as when a disk fills or a writer is killed.
      if (i % 250_000 == 1_234 || (lines < 10_000 && (i == 777 || i == 1_555))) {
        damaged(line, t, i);
      } else {
        request(line, t, phase);
      }
      line.append('\n');
      out.write(line.toString().getBytes(StandardCharsets.UTF_8));
    }
  }

  private void damaged(StringBuilder line, long t, long i) {
    request(line, t, 0.5);
    if (i % 2 == 0) {
      line.setLength(line.length() / 2); // cut short
    } else {
      line.setLength(0);
      line.append(
          "\\x16\\x03\\x01\\x02\\x00\\x01\\x00\\x01\\xfc\\x03\\x03 garbage from a TLS client");
    }
  }

  private void request(StringBuilder line, long t, double phase) {
    boolean spike = inWindow(phase, 0.52, 0.59) || inWindow(phase, 0.81, 0.815);
    boolean burst = inWindow(phase, 0.30, 0.34) || inWindow(phase, 0.70, 0.72);
    String client;
    String method = "GET";
    String target;
    int status;
    double ms;
    long bytes;
    String agent = AGENTS[(int) (AGENTS.length * Math.pow(random.nextDouble(), 1.6))];
    if (burst && random.nextInt(4) == 0) {
      client = BURSTER;
      agent = "python-requests/2.31.0";
      target = "/api/v1/search?q=" + word() + "&page=" + (1 + random.nextInt(50));
      status = random.nextInt(10) < 8 ? 429 : 200;
      ms = status == 429 ? 0.3 + random.nextDouble() : latency(60);
      bytes = status == 429 ? 61 : 2000 + random.nextInt(30_000);
    } else {
      client = clients[(int) (clients.length * Math.pow(random.nextDouble(), 2.2))];
      int pick = random.nextInt(1000);
      if (pick < 190) {
        target = "/api/v1/users/" + (1 + random.nextInt(90_000));
        status = pickStatus(new int[] {200, 200, 200, 200, 200, 200, 200, 200, 304, 404}, spike, 5);
        ms = latency(18);
      } else if (pick < 260) {
        target = "/api/v1/users/" + (1 + random.nextInt(90_000)) + "/orders?limit=20";
        status = pickStatus(new int[] {200, 200, 200, 200, 200, 200, 200, 200, 200, 403}, spike, 8);
        ms = latency(45);
      } else if (pick < 380) {
        target = "/api/v1/products?page=" + (1 + random.nextInt(40)) + "&limit=24";
        status = pickStatus(new int[] {200}, spike, 5);
        ms = latency(35);
      } else if (pick < 520) {
        target = "/api/v1/products/" + (1000 + random.nextInt(9000));
        status = pickStatus(new int[] {200, 200, 200, 200, 200, 200, 200, 200, 200, 404}, spike, 5);
        ms = latency(12);
      } else if (pick < 580) {
        target = "/api/v1/orders/" + uuid();
        status = pickStatus(new int[] {200, 200, 200, 200, 200, 200, 404, 401}, spike, 30);
        ms = latency(40);
      } else if (pick < 630) {
        method = "POST";
        target = "/api/v1/checkout";
        status =
            pickStatus(new int[] {201, 201, 201, 201, 201, 201, 201, 400, 422, 409}, spike, 40);
        ms = latency(180);
      } else if (pick < 680) {
        method = "POST";
        target = "/api/v1/login";
        status = pickStatus(new int[] {200, 200, 200, 200, 200, 200, 401, 401, 400}, spike, 5);
        ms = latency(90);
      } else if (pick < 780) {
        target = "/assets/" + hash() + "/app.js";
        status = random.nextInt(3) == 0 ? 200 : 304;
        ms = latency(2);
      } else if (pick < 840) {
        target = "/healthz";
        agent = "kube-probe/1.29";
        status = spike && random.nextInt(5) == 0 ? 503 : 200;
        ms = latency(1);
      } else if (pick < 890) {
        target = "/api/v1/search?q=" + word();
        status = pickStatus(new int[] {200, 200, 200, 200, 200, 200, 200, 200, 200, 400}, spike, 5);
        ms = latency(70);
      } else if (pick < 920) {
        target = "/api/v1/reports/2024-05-" + (10 + random.nextInt(4)) + "?format=csv";
        status = pickStatus(new int[] {200, 200, 200, 200, 200, 403}, spike, 5);
        ms = latency(400);
      } else if (pick < 950) {
        target = "/";
        status = random.nextInt(4) == 0 ? 301 : 200;
        ms = latency(8);
      } else if (pick < 975) {
        target = "/favicon.ico";
        status = random.nextInt(2) == 0 ? 404 : 200;
        ms = latency(1);
      } else if (pick < 990) {
        String[] probes = {
          "/wp-login.php", "/.env", "/admin/config.php", "/phpmyadmin/", "/.git/HEAD"
        };
        target = probes[random.nextInt(probes.length)];
        status = 404;
        ms = latency(2);
      } else {
        method = random.nextInt(2) == 0 ? "PUT" : "DELETE";
        target = "/api/v1/users/" + (1 + random.nextInt(90_000));
        status = pickStatus(new int[] {204, 204, 204, 403, 404, 405}, spike, 10);
        ms = latency(60);
      }
      if (status == 504) {
        ms = 30_000 + random.nextInt(30_000);
      } else if (status == 502 || status == 503) {
        ms = 1 + random.nextDouble() * 20;
      }
      bytes =
          status == 204 || status == 304
              ? 0
              : status >= 400 ? 120 + random.nextInt(200) : 300 + random.nextInt(40_000);
    }
    line.append(client).append(" - ");
    line.append(random.nextInt(40) == 0 ? "alice" : "-");
    line.append(" [").append(time(t)).append("] \"");
    line.append(method)
        .append(' ')
        .append(target)
        .append(random.nextInt(20) == 0 ? " HTTP/2.0" : " HTTP/1.1");
    line.append("\" ").append(status).append(' ').append(bytes).append(" \"");
    line.append(REFERERS[random.nextInt(REFERERS.length)])
        .append("\" \"")
        .append(agent)
        .append("\" ");
    line.append(String.format(Locale.ROOT, "%.3f", ms / 1000));
  }

  private static boolean inWindow(double phase, double from, double to) {
    return phase >= from && phase < to;
  }

  /**
   * A status from the endpoint's usual ones; a small base rate of 5xx, far higher during a spike
   * for the endpoints with a backend (weight: how much the endpoint suffers).
   */
  private int pickStatus(int[] usual, boolean spike, int weight) {
    int roll = random.nextInt(10_000);
    int fiveRate = spike ? weight * 300 : 25;
    if (roll < fiveRate) {
      int[] errors = {500, 502, 503, 503, 504};
      return errors[random.nextInt(errors.length)];
    }
    return usual[random.nextInt(usual.length)];
  }

  /** A long-tailed request time around a median, in milliseconds. */
  private double latency(double median) {
    double gaussian = random.nextDouble() + random.nextDouble() + random.nextDouble() - 1.5;
    double v = median * Math.exp(gaussian * 0.9);
    if (random.nextInt(100) == 0) {
      v *= 8 + random.nextInt(20);
    }
    return Math.max(0.2, v);
  }

  private String uuid() {
    return String.format(
        Locale.ROOT,
        "%08x-%04x-4%03x-%04x-%012x",
        random.nextInt() & 0xffffffffL,
        random.nextInt(0x10000),
        random.nextInt(0x1000),
        0x8000 | random.nextInt(0x4000),
        random.nextLong() & 0xffffffffffffL);
  }

  private String hash() {
    return String.format(Locale.ROOT, "%016x", random.nextLong());
  }

  private String word() {
    String[] words = {"shoes", "red+dress", "laptop", "usb-c", "gift", "sale", "coffee", "lamp"};
    return words[random.nextInt(words.length)];
  }

  private String time(long t) {
    if (t != lastSecond) {
      lastSecond = t;
      lastTime = CLF.format(Instant.ofEpochSecond(t));
    }
    return lastTime;
  }
}
