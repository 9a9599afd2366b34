package dev.statuskit.har;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Random;

/**
 * Writes a large synthetic HAR shaped like a Chrome DevTools export, streaming, for the memory test
 * and the throughput benchmark: API calls with JSON bodies of varied sizes, HTTP/1.1 and HTTP/2,
 * errors with problem details and stack traces, images as base64, blocked requests with status 0,
 * and optionally two huge bodies (one JSON text, one base64).
 *
 * <pre>java -cp ... dev.statuskit.har.HarGenerator OUT.har MEGABYTES [HUGE_BODY_MEGABYTES]</pre>
 *
 * Prints what it wrote: {@code entries=N exchanges=N skipped=N bytes=N}.
 */
public final class HarGenerator {

  /** What was written, to compare with what the reader reads. */
  public record Written(long entries, long exchanges, long skipped, long bytes) {
    @Override
    public String toString() {
      return "entries="
          + entries
          + " exchanges="
          + exchanges
          + " skipped="
          + skipped
          + " bytes="
          + bytes;
    }
  }

  private static final String[] RESOURCES = {"orders", "users", "products", "carts", "invoices"};
  private static final String[] NAMES = {"Ana", "Bruno", "Chloé", "Dmitri", "Eun-ji", "Farah"};

  private final Random random = new Random(42);
  private final Writer out;
  private long entries;
  private long exchanges;
  private long skipped;

  private HarGenerator(Writer out) {
    this.out = out;
  }

  public static void main(String[] args) throws IOException {
    long megabytes = Long.parseLong(args[1]);
    int hugeMegabytes = args.length > 2 ? Integer.parseInt(args[2]) : 0;
    System.out.println(write(Path.of(args[0]), megabytes * 1024 * 1024, hugeMegabytes));
  }

  /**
   * @param file where to write
   * @param bytes about how big the file gets
   * @param hugeMegabytes size of each of the two huge bodies in the middle of the file; 0 for none
   */
  public static Written write(Path file, long bytes, int hugeMegabytes) throws IOException {
    try (Writer w =
        new BufferedWriter(
            new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16)) {
      HarGenerator g = new HarGenerator(w);
      g.header();
      boolean hugeWritten = hugeMegabytes == 0;
      while (Files.size(file) < bytes) {
        for (int i = 0; i < 500; i++) {
          g.next();
        }
        w.flush();
        if (!hugeWritten && Files.size(file) > bytes / 2) {
          g.huge(hugeMegabytes);
          hugeWritten = true;
        }
      }
      g.footer();
      w.flush();
      return new Written(g.entries, g.exchanges, g.skipped, Files.size(file));
    }
  }

  private void header() throws IOException {
    out.write(
        "{\n  \"log\": {\n    \"version\": \"1.2\",\n"
            + "    \"creator\": {\"name\": \"WebInspector\", \"version\": \"537.36\"},\n"
            + "    \"pages\": [{\"startedDateTime\": \"2024-06-11T09:00:00.000Z\", \"id\":"
            + " \"page_1\", \"title\": \"https://shop.example/\", \"pageTimings\":"
            + " {\"onContentLoad\": 400.1, \"onLoad\": 900.2}}],\n"
            + "    \"entries\": [");
  }

  private void footer() throws IOException {
    out.write("\n    ]\n  }\n}\n");
  }

  private void next() throws IOException {
    int pick = random.nextInt(100);
    String resource = RESOURCES[random.nextInt(RESOURCES.length)];
    int id = random.nextInt(100_000);
    if (pick < 2) {
      entry("GET", "https://tracker.example/collect?id=" + id, 0, "", "[]", null, false);
    } else if (pick < 10) {
      entry("GET", "https://cdn.shop.example/img/" + id + ".png", 200, "h2", "{}", image(), true);
    } else if (pick < 18) {
      String problem =
          "{\"type\": \"https://shop.example/problems/not-found\", \"title\": \"Not Found\","
              + " \"status\": 404, \"detail\": \"No "
              + resource
              + " with id "
              + id
              + ".\"}";
      entry(
          "GET", api(resource, id), 404, "h2", headers("application/problem+json"), problem, false);
    } else if (pick < 21) {
      entry("POST", api(resource, -1), 500, "HTTP/1.1", headers("text/plain"), trace(), false);
    } else if (pick < 30) {
      entry("POST", api(resource, -1), 201, "h2", headers("application/json"), json(id, 3), false);
    } else {
      entry("GET", api(resource, id), 200, "h2", headers("application/json"), json(id, 60), false);
    }
  }

  /** A JSON text body of about 100 MB scale when asked, and a base64 one. */
  private void huge(int megabytes) throws IOException {
    StringBuilder items = new StringBuilder("[");
    while (items.length() < megabytes * 1024L * 1024) {
      items.append(json(random.nextInt(), 1)).append(',');
    }
    items.setCharAt(items.length() - 1, ']');
    entry("GET", api("export", 1), 200, "h2", headers("application/json"), items.toString(), false);
    byte[] blob = new byte[megabytes * 1024 * 1024];
    random.nextBytes(blob);
    entry(
        "GET",
        "https://cdn.shop.example/video/intro.mp4",
        200,
        "h2",
        headers("video/mp4"),
        Base64.getEncoder().encodeToString(blob),
        true);
  }

  private static String api(String resource, int id) {
    return "https://api.shop.example/v1/" + resource + (id >= 0 ? "/" + id : "");
  }

  private static String headers(String contentType) {
    return "[{\"name\": \"content-type\", \"value\": \""
        + contentType
        + "\"}, {\"name\": \"cache-control\", \"value\": \"private, max-age=0\"},"
        + " {\"name\": \"date\", \"value\": \"Tue, 11 Jun 2024 09:14:02 GMT\"}]";
  }

  /** A JSON body of 1 to about max items. */
  private String json(int id, int max) {
    StringBuilder b = new StringBuilder("{\"id\": ").append(id).append(", \"items\": [");
    int n = 1 + random.nextInt(max);
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        b.append(", ");
      }
      b.append("{\"sku\": \"SKU-")
          .append(random.nextInt(1_000_000))
          .append("\", \"owner\": \"")
          .append(NAMES[random.nextInt(NAMES.length)])
          .append("\", \"note\": \"line one\\nline \\\"two\\\"\", \"price\": ")
          .append(random.nextInt(100_000) / 100.0)
          .append('}');
    }
    return b.append("]}").toString();
  }

  private static String trace() {
    return "java.lang.IllegalStateException: pool exhausted\n"
        + "\tat com.example.shop.db.Pool.take(Pool.java:214)\n"
        + "\tat com.example.shop.orders.OrderService.create(OrderService.java:77)\n";
  }

  private String image() {
    byte[] png = new byte[200 + random.nextInt(3000)];
    random.nextBytes(png);
    return Base64.getEncoder().encodeToString(png);
  }

  private void entry(
      String method,
      String url,
      int status,
      String version,
      String responseHeaders,
      String body,
      boolean base64)
      throws IOException {
    entries++;
    if (status == 0) {
      skipped++;
    } else {
      exchanges++;
    }
    String text = body == null ? null : escape(body);
    out.write(entries == 1 ? "\n      {" : ",\n      {");
    out.write(
        "\n        \"_initiator\": {\"type\": \"script\"}, \"_priority\": \"High\","
            + " \"_resourceType\": \"fetch\", \"cache\": {}, \"connection\": \"443\","
            + " \"pageref\": \"page_1\",\n        \"request\": {\"method\": \"");
    out.write(method);
    out.write("\", \"url\": \"");
    out.write(url);
    out.write("\", \"httpVersion\": \"");
    out.write(version);
    out.write(
        "\", \"headers\": [{\"name\": \":authority\", \"value\": \"api.shop.example\"},"
            + " {\"name\": \"authorization\", \"value\": \"Bearer abc.def.ghi\"}, {\"name\":"
            + " \"accept\", \"value\": \"application/json\"}], \"queryString\": [],"
            + " \"cookies\": [], \"headersSize\": -1, \"bodySize\": ");
    if (method.equals("POST")) {
      String post = "{\"qty\": 1}";
      out.write(
          post.length() + ", \"postData\": {\"mimeType\": \"application/json\", \"text\": \"");
      out.write(escape(post));
      out.write("\"}},\n");
    } else {
      out.write("0},\n");
    }
    long size =
        body == null
            ? 0
            : base64 ? Base64.getDecoder().decode(body).length : HarText.utf8Length(body);
    out.write("        \"response\": {\"status\": " + status + ", \"statusText\": \"\",");
    out.write(" \"httpVersion\": \"" + version + "\", \"headers\": " + responseHeaders + ",");
    out.write(" \"cookies\": [], \"content\": {\"size\": " + size + ", \"mimeType\": \"x\"");
    if (text != null) {
      out.write(", \"text\": \"");
      out.write(text);
      out.write(base64 ? "\", \"encoding\": \"base64\"}" : "\"}");
    } else {
      out.write("}");
    }
    out.write(
        ", \"redirectURL\": \"\", \"headersSize\": -1, \"bodySize\": "
            + size
            + ", \"_transferSize\": "
            + (size + 200)
            + ", \"_error\": "
            + (status == 0 ? "\"net::ERR_BLOCKED_BY_CLIENT\"" : "null")
            + "},\n");
    out.write(
        "        \"serverIPAddress\": \"203.0.113.10\", \"startedDateTime\":"
            + " \"2024-06-11T09:14:02.118Z\", \"time\": "
            + (random.nextInt(500_000) / 1000.0)
            + ",\n        \"timings\": {\"blocked\": 1.2, \"dns\": -1, \"ssl\": -1, \"connect\":"
            + " -1, \"send\": 0.1, \"wait\": 30.5, \"receive\": 2.2}\n      }");
  }

  /** JSON string escaping for the characters these bodies contain. */
  private static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\t' -> b.append("\\t");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
