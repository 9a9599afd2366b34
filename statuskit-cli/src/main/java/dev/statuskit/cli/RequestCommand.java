package dev.statuskit.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.statuskit.exchange.Headers;
import dev.statuskit.input.InputException;
import dev.statuskit.probe.tester.Tester;
import dev.statuskit.probe.tester.TesterJson;
import dev.statuskit.probe.tester.TesterOptions;
import dev.statuskit.probe.tester.TesterRequest;
import dev.statuskit.probe.tester.TesterResult;
import dev.statuskit.rules.RuleSet;
import dev.statuskit.rules.Severity;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code statuskit request [METHOD] URL [ITEM...]}: send one request, see what came back. */
@Command(
    name = "request",
    mixinStandardHelpOptions = true,
    description = {
      "Send one HTTP request and see the answer: the status line with what the code means,"
          + " the headers, the body (JSON pretty-printed), timing (DNS, connect, TLS, first byte,"
          + " total), each redirect when following them, and what the rule catalogue finds wrong"
          + " with the response, with the fix.",
      "",
      "ITEMs, as in httpie: 'Name:Value' adds a request header, 'name==value' a query"
          + " parameter. METHOD defaults to GET, or POST when a body is given. A URL without a"
          + " scheme gets http://; ':8080/x' means http://localhost:8080/x.",
      "",
      "Credentials (Authorization, cookies, API keys, secrets in URLs) are sent as given and"
          + " shown redacted."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  statuskit request https://api.example.com/users/42",
      "  statuskit request :8080/status/401         the mock server (statuskit serve)",
      "  statuskit request api.example.com/search q==status limit==5",
      "  statuskit request POST api.example.com/orders --json '{\"sku\": 7}'",
      "  statuskit request PUT :8080/items/1 --data @item.xml Content-Type:text/xml",
      "  statuskit request api.example.com/me 'Authorization:Bearer $TOKEN'",
      "  statuskit request -F :8080/redirect/3      follow redirects, hop by hop",
      "  statuskit request :8080/status/503 -f json for scripts",
      "",
      "Exit codes: 0 no findings at or above --fail-on, whatever the status (a",
      "correct 404 is fine); 1 findings at or above it; 2 bad usage or input, an",
      "unreachable host, a TLS failure or a timeout (one line on stderr)."
    })
final class RequestCommand implements Callable<Integer> {

  private static final Set<String> METHODS =
      Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE");

  /** A header name is a token (RFC 9110 §5.1). */

  /** Strict: "{} x" is not JSON either. */
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  @Parameters(
      arity = "1..*",
      paramLabel = "[METHOD] URL [ITEM]",
      description =
          "An optional method, the URL, then headers (Name:Value) and query (name==value).")
  List<String> words = new ArrayList<>();

  @Option(
      names = {"-j", "--json"},
      paramLabel = "JSON",
      description =
          "A JSON body ('{...}', or @file), checked before sending; adds Content-Type and Accept"
              + " application/json unless given.")
  String json;

  @Option(
      names = {"-d", "--data"},
      paramLabel = "DATA",
      description =
          "A body sent as it is (text, or @file); add a Content-Type item to describe it.")
  String data;

  @Option(
      names = {"-F", "--follow"},
      description = "Follow redirects (301, 302, 303, 307, 308), showing each hop.")
  boolean follow;

  @Option(
      names = "--max-redirects",
      paramLabel = "N",
      defaultValue = "10",
      description = "With --follow, give up after this many redirects (default: ${DEFAULT-VALUE}).")
  int maxRedirects;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      defaultValue = "10",
      description =
          "The most the request (each hop) may take, body included (default: ${DEFAULT-VALUE}).")
  double timeout;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      defaultValue = "text",
      converter = FormatConverter.class,
      description = "text (default) or json.")
  OutputFormat format;

  @Mixin RuleOptions ruleOptions;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (format != OutputFormat.TEXT && format != OutputFormat.JSON) {
      throw new UserError(
          "request writes text or json, not " + format.name().toLowerCase(Locale.ROOT));
    }
    Severity threshold = ruleOptions.threshold();
    if (timeout <= 0 || maxRedirects < 0) {
      throw new UserError("--timeout must be positive and --max-redirects at least 0");
    }
    TesterRequest request = request();
    RuleSet rules = Catalogue.forExchanges(ruleOptions.ruleConfig());
    TesterOptions options =
        TesterOptions.defaults()
            .withTimeout(Duration.ofMillis(Math.max(1, (long) (timeout * 1000))))
            .withMaxRedirects(maxRedirects)
            .withRules(rules);
    TesterResult result = Tester.create(options).send(request);
    Output o = Output.of(spec);
    switch (format) {
      case JSON -> o.json(TesterJson.write(result));
      default -> o.out().print(new RequestText(o.style(), o.width()).render(result, follow));
    }
    o.out().flush();
    boolean fails =
        threshold != null
            && result.findings().stream().anyMatch(f -> f.severity().atLeast(threshold));
    return fails ? ExitCodes.FINDINGS : ExitCodes.OK;
  }

  /** The request the words and options describe. */
  TesterRequest request() throws IOException {
    int at = 0;
    String method = null;
    if (words.size() >= 2 && isMethod(words.get(0))) {
      method = words.get(0).toUpperCase(Locale.ROOT);
      at = 1;
    }
    String urlText = words.get(at);
    StringBuilder query = new StringBuilder();
    List<TesterRequest.Field> headers = new ArrayList<>();
    for (String item : words.subList(at + 1, words.size())) {
      item(item, headers, query);
    }
    Optional<String> body = body(headers);
    URI url = url(urlText, query.toString());
    return new TesterRequest(
        method != null ? method : body.isPresent() ? "POST" : "GET", url, headers, body, follow);
  }

  /** Upper-case words and the common methods in any case; "localhost" stays a host. */
  private static boolean isMethod(String word) {
    return word.matches("[A-Z]+") || METHODS.contains(word.toUpperCase(Locale.ROOT));
  }

  /** Name:Value or name==value, whichever separator comes first (so a value may hold the other). */
  private static void item(String item, List<TesterRequest.Field> headers, StringBuilder query) {
    int colon = item.indexOf(':');
    int equals = item.indexOf("==");
    if (equals > 0 && (colon < 0 || equals < colon)) {
      query
          .append(query.length() == 0 ? "" : "&")
          .append(encode(item.substring(0, equals)))
          .append('=')
          .append(encode(item.substring(equals + 2)));
      return;
    }
    if (colon > 0 && Headers.isToken(item.substring(0, colon))) {
      headers.add(
          new TesterRequest.Field(item.substring(0, colon), item.substring(colon + 1).strip()));
      return;
    }
    throw new UserError(
        "'" + item + "' is neither a header (Name:Value) nor a query parameter (name==value)");
  }

  /** Form-style encoding, with %20 for spaces: a query, not a form body. */
  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private Optional<String> body(List<TesterRequest.Field> headers) throws IOException {
    if (json != null && data != null) {
      throw new UserError("give --json or --data, not both");
    }
    if (data != null) {
      return Optional.of(content(data, "--data"));
    }
    if (json == null) {
      return Optional.empty();
    }
    String text = content(json, "--json");
    String where = json.startsWith("@") ? json.substring(1) : "--json";
    try {
      JSON.readTree(text);
      if (text.isBlank()) {
        throw new InputException(where, "empty, not JSON");
      }
    } catch (JsonProcessingException e) {
      var loc = e.getLocation();
      throw new InputException(
          loc == null ? where : where + ":" + loc.getLineNr() + ":" + loc.getColumnNr(),
          "not valid JSON: " + e.getOriginalMessage().replaceAll("\\s+", " "));
    }
    addUnlessGiven(headers, "Content-Type", "application/json");
    addUnlessGiven(headers, "Accept", "application/json, */*;q=0.5");
    return Optional.of(text);
  }

  private static void addUnlessGiven(List<TesterRequest.Field> headers, String name, String value) {
    if (headers.stream().noneMatch(f -> f.name().equalsIgnoreCase(name))) {
      headers.add(new TesterRequest.Field(name, value));
    }
  }

  /** The text itself, or the file's content for @file. */
  private static String content(String value, String option) throws IOException {
    if (!value.startsWith("@")) {
      return value;
    }
    Path file = Path.of(value.substring(1));
    try {
      return Files.readString(file);
    } catch (NoSuchFileException e) {
      throw new InputException(file.toString(), "no such file (for " + option + ")");
    } catch (java.nio.charset.MalformedInputException e) {
      throw new InputException(file.toString(), "not UTF-8 text (for " + option + ")");
    }
  }

  /** The URL as typed, with http:// where it has no scheme and the query items appended. */
  static URI url(String typed, String query) {
    String t = typed.strip();
    if (t.startsWith(":")) {
      t = "http://localhost" + t;
    } else if (!t.matches("(?i)[a-z][a-z0-9+.-]*://.*")) {
      t = "http://" + t;
    }
    int hash = t.indexOf('#');
    if (hash >= 0) {
      t = t.substring(0, hash); // fragments are never sent (RFC 9110 §7.1)
    }
    if (!query.isEmpty()) {
      t += (t.contains("?") ? "&" : "?") + query;
    }
    try {
      URI url = new URI(t);
      if (url.getHost() == null) {
        throw new InputException(typed, "not a URL with a host");
      }
      return url;
    } catch (URISyntaxException e) {
      throw new InputException(
          typed, "not a valid URL: " + e.getReason() + " at index " + e.getIndex());
    }
  }
}
