package dev.statuskit.server.mock;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.statuskit.input.InputException;
import dev.statuskit.registry.StatusClass;
import dev.statuskit.server.web.WebUi;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Routes from a scenario file (YAML), answered in order or at random by weight:
 *
 * <pre>{@code
 * routes:
 *   - path: /orders/{id}        # a pattern like the built-in routes'
 *     method: GET               # default: any method
 *     pick: sequence            # or weighted; a sequence is per client and repeats its last step
 *     responses:
 *       - {status: 503, headers: {Retry-After: "2"}}
 *       - {status: 200, body: '{"id": 1}', delay: 100}
 *   - path: /payments
 *     pick: weighted
 *     responses:
 *       - {status: 200, weight: 9}
 *       - {fault: reset, weight: 1}
 * }</pre>
 *
 * A response without a body gets the registry's body and headers for its status, as /status/{code}
 * does. Scenario routes come before the built-in ones; the admin and web UI prefixes are reserved.
 */
final class Scenarios {
  /** The most routes, and responses per route, one file may hold. */
  static final int MAX_ROUTES = 1000;

  static final int MAX_RESPONSES = 1000;

  private final List<ClientTable<int[]>> sequences = new ArrayList<>();

  /** One response of a route. */
  record Step(
      Optional<Integer> status,
      Map<String, String> headers,
      Optional<String> body,
      Duration delay,
      Optional<Fault> fault,
      double weight) {}

  /** Reads the file into routes; every problem names the file and the route. */
  List<Route> load(Path file, Limits limits, Random random) {
    JsonNode root;
    try {
      root = new YAMLMapper().readTree(Files.readString(file));
    } catch (JsonProcessingException e) {
      String at =
          e.getLocation() == null
              ? file.toString()
              : file + ":" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr();
      throw new InputException(at, "not valid YAML: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new InputException(
          file.toString(), "cannot read the scenario file: " + e.getMessage(), e);
    }
    JsonNode routes = root == null ? null : root.get("routes");
    if (routes == null || !routes.isArray() || routes.isEmpty()) {
      throw new InputException(file.toString(), "expected a non-empty list under 'routes:'");
    }
    if (routes.size() > MAX_ROUTES) {
      throw new InputException(file.toString(), "at most " + MAX_ROUTES + " routes");
    }
    List<Route> table = new ArrayList<>();
    int n = 0;
    for (JsonNode r : routes) {
      n++;
      String where = file + ": route " + n;
      table.add(route(r, where, limits, random));
    }
    return table;
  }

  void reset() {
    sequences.forEach(ClientTable::clear);
  }

  private Route route(JsonNode r, String where, Limits limits, Random random) {
    String path = text(r, "path").orElseThrow(() -> new InputException(where, "needs a path"));
    if (!path.startsWith("/") || path.startsWith(Admin.PREFIX) || isUi(path)) {
      throw new InputException(
          where,
          "path must start with / and not with "
              + Admin.PREFIX
              + " or "
              + WebUi.PREFIX
              + " (reserved): "
              + path);
    }
    String method = text(r, "method").map(m -> m.toUpperCase(Locale.ROOT)).orElse(Route.ANY);
    String pick = text(r, "pick").orElse("sequence");
    JsonNode responses = r.get("responses");
    if (responses == null
        || !responses.isArray()
        || responses.isEmpty()
        || responses.size() > MAX_RESPONSES) {
      throw new InputException(
          where + " (" + path + ")", "needs 1 to " + MAX_RESPONSES + " responses");
    }
    List<Step> steps = new ArrayList<>();
    int i = 0;
    for (JsonNode s : responses) {
      steps.add(step(s, where + " (" + path + ") response " + (++i), limits));
    }
    String description =
        text(r, "description").orElse("scenario: " + pick + " of " + steps.size() + " responses");
    Route.Handler handler =
        switch (pick) {
          case "sequence" -> sequence(steps);
          case "weighted" -> weighted(steps, random, where);
          default -> throw new InputException(where, "pick is sequence or weighted, not " + pick);
        };
    return new Route(method, path, handler, description, path);
  }

  private static Step step(JsonNode s, String where, Limits limits) {
    Optional<Fault> fault =
        text(s, "fault")
            .map(
                f ->
                    Fault.parse(f)
                        .orElseThrow(
                            () ->
                                new InputException(
                                    where, "no fault '" + f + "': try " + Fault.labels())));
    Optional<Integer> status = Optional.ofNullable(s.get("status")).map(JsonNode::asInt);
    if (status.isEmpty() && fault.isEmpty()) {
      throw new InputException(where, "needs a status or a fault");
    }
    if (status.isPresent()) {
      int code = status.get();
      if (code < 200 || code > 599 || StatusClass.of(code) == StatusClass.INFORMATIONAL) {
        throw new InputException(where, "status must be a final code from 200 to 599, not " + code);
      }
    }
    Map<String, String> headers = new java.util.LinkedHashMap<>();
    JsonNode h = s.get("headers");
    if (h != null) {
      for (Iterator<Map.Entry<String, JsonNode>> it = h.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        try {
          headers.put(e.getKey(), FieldCheck.checked(e.getKey(), e.getValue().asText()));
        } catch (Refusal r) {
          throw new InputException(where, r.detail());
        }
      }
    }
    long delay = s.path("delay").asLong(0);
    if (delay < 0 || delay > limits.maxDelay().toMillis()) {
      throw new InputException(
          where, "delay must be from 0 to " + limits.maxDelay().toMillis() + " ms");
    }
    double weight = s.path("weight").asDouble(1);
    if (weight < 0) {
      throw new InputException(where, "weight must not be negative");
    }
    return new Step(status, headers, text(s, "body"), Duration.ofMillis(delay), fault, weight);
  }

  private Route.Handler sequence(List<Step> steps) {
    ClientTable<int[]> positions = new ClientTable<>(Limits.MAX_CLIENTS);
    sequences.add(positions);
    return call -> {
      int at =
          positions.with(
              call.clientKey(), k -> new int[1], p -> Math.min(p[0]++, steps.size() - 1));
      return reply(steps.get(at), call);
    };
  }

  private static Route.Handler weighted(List<Step> steps, Random random, String where) {
    double total = steps.stream().mapToDouble(Step::weight).sum();
    if (total <= 0) {
      throw new InputException(where, "the weights add up to 0");
    }
    return call -> {
      double point = random.nextDouble() * total;
      for (Step s : steps) {
        point -= s.weight();
        if (point < 0) {
          return reply(s, call);
        }
      }
      return reply(steps.get(steps.size() - 1), call);
    };
  }

  static Reply reply(Step step, Call call) {
    if (step.fault().isPresent()) {
      return Reply.fault(step.fault().get()).delayed(step.delay());
    }
    Reply reply =
        StatusReplies.of(
            step.status().orElseThrow(),
            call,
            new StatusReplies.Options(Optional.empty(), Optional.empty(), step.body()));
    for (Map.Entry<String, String> h : step.headers().entrySet()) {
      reply = reply.replacing(h.getKey(), h.getValue());
    }
    return reply.delayed(step.delay());
  }

  /** Paths under the web UI's prefix, which a scenario may not take over. */
  private static boolean isUi(String path) {
    return path.equals("/ui") || path.startsWith(WebUi.PREFIX);
  }

  private static Optional<String> text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? Optional.empty() : Optional.of(v.asText());
  }
}
