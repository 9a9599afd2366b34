package dev.statuskit.server.mock;

import dev.statuskit.registry.StatusClass;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;

/** /status/{codes}: any status code, or a weighted random choice among several. */
final class Statuses {
  /** The most codes one weighted list may name. */
  static final int MAX_CHOICES = 20;

  private final Random random;

  Statuses(Random random) {
    this.random = random;
  }

  /** One code and its weight. */
  record Choice(int code, double weight) {}

  /** How many specs {@link #parsed} remembers; the rest are parsed on every request. */
  static final int MAX_REMEMBERED = 256;

  /** Specs already parsed: clients ask for the same few lists over and over. */
  private final ConcurrentHashMap<String, List<Choice>> remembered = new ConcurrentHashMap<>();

  Reply status(Call call) {
    int code = pick(parsed(call.param("codes")));
    if (call.queryParameters().isEmpty()) {
      return StatusReplies.of(code, call, StatusReplies.Options.NONE);
    }
    StatusReplies.Options options =
        new StatusReplies.Options(
            call.query("retry_after").map(v -> FieldCheck.checked("Retry-After", v)),
            call.query("location").map(v -> FieldCheck.checked("Location", v)),
            call.query("body"));
    return StatusReplies.of(code, call, options);
  }

  /** {@link #parse}, once per spec for the first few specs. */
  private List<Choice> parsed(String spec) {
    List<Choice> choices = remembered.get(spec);
    if (choices == null) {
      choices = parse(spec);
      if (remembered.size() < MAX_REMEMBERED) {
        remembered.put(spec, choices);
      }
    }
    return choices;
  }

  /**
   * "503", "200,503" (equal weights) or "200:0.9,503:0.1". 1xx codes are refused: they are interim
   * responses (RFC 9110 §15.2), so none can be the final answer to a request.
   */
  static List<Choice> parse(String spec) {
    String[] parts = spec.split(",", -1);
    if (parts.length > MAX_CHOICES) {
      throw Refusal.badRequest("at most " + MAX_CHOICES + " codes in one weighted list");
    }
    List<Choice> choices = new ArrayList<>(parts.length);
    for (String part : parts) {
      String[] codeAndWeight = part.split(":", -1);
      if (codeAndWeight.length > 2) {
        throw Refusal.badRequest("'" + Numbers.shorten(part) + "' is not CODE or CODE:WEIGHT");
      }
      int code = code(codeAndWeight[0]);
      double weight = codeAndWeight.length == 2 ? weight(codeAndWeight[1]) : 1;
      choices.add(new Choice(code, weight));
    }
    if (total(choices) <= 0) {
      throw Refusal.badRequest("the weights add up to 0: give at least one code a weight above 0");
    }
    return List.copyOf(choices);
  }

  private static int code(String text) {
    int code = (int) Numbers.bounded("the status code", text, 100, 599);
    if (StatusClass.of(code) == StatusClass.INFORMATIONAL) {
      throw Refusal.badRequest(
          code
              + " is an interim (1xx) status: a client reads it and keeps waiting for a final"
              + " response, so it cannot end an exchange (RFC 9110 §15.2). For real interim"
              + " responses try /early-hints (103), or send a body with Expect: 100-continue"
              + " (100).");
    }
    return code;
  }

  private static double weight(String text) {
    try {
      double w = Double.parseDouble(text.strip());
      if (w >= 0 && Double.isFinite(w)) {
        return w;
      }
    } catch (NumberFormatException e) {
      // fall through to the refusal
    }
    throw Refusal.badRequest("the weight '" + Numbers.shorten(text) + "' is not a number >= 0");
  }

  /** The sum of the weights (a loop: this runs on every request). */
  private static double total(List<Choice> choices) {
    double total = 0;
    for (int i = 0; i < choices.size(); i++) {
      total += choices.get(i).weight();
    }
    return total;
  }

  int pick(List<Choice> choices) {
    if (choices.size() == 1) {
      return choices.get(0).code();
    }
    double total = total(choices);
    double point = random.nextDouble() * total;
    for (Choice c : choices) {
      point -= c.weight();
      if (point < 0) {
        return c.code();
      }
    }
    return choices.get(choices.size() - 1).code();
  }
}
