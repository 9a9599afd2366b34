package dev.statuskit.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.statuskit.exchange.Exchange;
import dev.statuskit.exchange.Request;
import dev.statuskit.exchange.Response;
import dev.statuskit.registry.StatusCode;
import java.util.Optional;

/**
 * What a check looks at: one exchange, with its response body parsed as JSON at most once however
 * many rules ask for it.
 */
public final class Subject {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Exchange exchange;
  private Optional<JsonNode> json;

  private Subject(Exchange exchange) {
    this.exchange = exchange;
  }

  public static Subject of(Exchange exchange) {
    return new Subject(exchange);
  }

  public Exchange exchange() {
    return exchange;
  }

  public Request request() {
    return exchange.request();
  }

  public Response response() {
    return exchange.response();
  }

  public int status() {
    return exchange.response().status();
  }

  /** The registry entry of the response's status. */
  public StatusCode code() {
    return exchange.response().code();
  }

  /**
   * The response body as JSON, when it is JSON: declared so ({@code application/json} or {@code
   * +json}), or undeclared and shaped like a JSON object or array. Empty when it is not JSON, is
   * malformed, or was cut short.
   */
  public Optional<JsonNode> json() {
    if (json == null) {
      json = parse();
    }
    return json;
  }

  /** Whether the response declares a JSON media type. */
  public boolean declaresJson() {
    return response().mediaType().map(Subject::isJsonType).orElse(false);
  }

  static boolean isJsonType(String mediaType) {
    return mediaType.equals("application/json") || mediaType.endsWith("+json");
  }

  private Optional<JsonNode> parse() {
    var body = response().body().filter(b -> !b.isEmpty() && !b.truncated());
    if (body.isEmpty()) {
      return Optional.empty();
    }
    String text = body.get().text().strip();
    boolean looksLikeJson = text.startsWith("{") || text.startsWith("[");
    if (!declaresJson() && !(response().mediaType().isEmpty() && looksLikeJson)) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(JSON.readTree(text)).filter(n -> !n.isMissingNode());
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
  }
}
