package dev.statuskit.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchTest {

  static List<Integer> top(String query, int n) {
    return StatusCodes.search(query).stream().limit(n).map(h -> h.code().code()).toList();
  }

  @ParameterizedTest(name = "\"{0}\" → {1} first")
  @CsvSource({
    "rate limit, 429",
    "too many requests, 429",
    "teapot, 418",
    "file too big, 413",
    "not logged in, 401",
    "no permission, 403",
    "moved permanently, 301",
    "maintenance, 503",
    "gateway timeout, 504",
    "not found, 404",
    "method not allowed, 405",
    "created, 201",
    "no content, 204",
    "not modified, 304",
    "bad gateway, 502",
    "unsupported content type, 415",
    "conflict, 409",
    "gone, 410",
    "client closed request, 499",
    "websocket, 101",
    "invalid token, 401",
    // forgiving: typos, word forms, case, search-as-you-type prefixes
    "too many reqeusts, 429",
    "maintenence, 503",
    "RATE-LIMITED, 429",
    "throttling, 429",
    "teap, 418",
  })
  void ranksTheExpectedCodeFirst(String query, int expected) {
    assertThat(top(query, 1))
        .as("search '%s' gave %s", query, top(query, 5))
        .containsExactly(expected);
  }

  @ParameterizedTest(name = "\"{0}\" → {1} and {2} on top")
  @CsvSource({"keep method redirect, 307, 308", "validation, 422, 400"})
  void ranksBothCodesOnTop(String query, int a, int b) {
    assertThat(top(query, 2))
        .as("search '%s' gave %s", query, top(query, 5))
        .containsExactlyInAnyOrder(a, b);
  }

  @Test
  void numbersMatchByPrefix() {
    assertThat(top("42", 100))
        .isNotEmpty()
        .allMatch(c -> String.valueOf(c).startsWith("42"))
        .isSorted();
    assertThat(top("404", 1)).containsExactly(404);
  }

  @Test
  void classLabelsListTheClass() {
    assertThat(top("5xx", 100)).contains(500, 503).allMatch(c -> c / 100 == 5);
  }

  @Test
  void nonsenseFindsNothing() {
    assertThat(StatusCodes.search("zzqxv")).isEmpty();
    assertThat(StatusCodes.search("   ")).isEmpty();
  }
}
