package dev.statuskit.server.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Patterns against paths, read in place; and the table that picks the routes to try. */
class RouteTest {
  private static final Route.Handler NONE = call -> Reply.empty(204);

  /** A pattern, a path, and the parameters of the match ("no" for none). */
  @ParameterizedTest(name = "{0} ~ {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "/status/{codes}             | /status/503         | {codes=503}",
        "/status/{codes}             | /status/200:0.9,503 | {codes=200:0.9,503}",
        "/status/{codes}             | /status/503/        | no",
        "/status/{codes}             | /status/            | no",
        "/status/{codes}             | /status             | no",
        "/status/{codes}             | /statusx/503        | no",
        "/status/{codes}             | /stat/503           | no",
        "/status/{codes}             | //status/503        | no",
        "/basic-auth/{user}/{passwd} | /basic-auth/ann/pw  | {passwd=pw, user=ann}",
        "/basic-auth/{user}/{passwd} | /basic-auth/ann     | no",
        "/anything/{path*}           | /anything           | {path=}",
        "/anything/{path*}           | /anything/          | {path=}",
        "/anything/{path*}           | /anything/a/b/      | {path=a/b/}",
        "/anything                   | /anything           | {}",
        "/anything                   | /anything/          | no",
        "/                           | /                   | {}",
        "/                           | /x                  | no",
        "/{any*}                     | /                   | {any=}",
        "/{any*}                     | /x/y                | {any=x/y}",
      })
  void matchesPathsInPlace(String pattern, String path, String expected) {
    Optional<Map<String, String>> params = Route.get(pattern, "", "", NONE).match(path);
    assertThat(params.map(p -> new TreeMap<>(p).toString()).orElse("no")).isEqualTo(expected);
  }

  @Test
  void triesOnlyTheRoutesThatBeginWithThePathsFirstSegmentOrAPlaceholder() {
    Route status = Route.get("/status/{codes}", "", "", NONE);
    Route statusLong = Route.get("/status/{codes}/long", "", "", NONE);
    Route delay = Route.get("/delay/{ms}", "", "", NONE);
    Route index = Route.get("/", "", "", NONE);
    Route any = Route.any("/{rest*}", "", "", NONE);
    RouteTable table = new RouteTable(List.of(index, status, delay, any, statusLong));
    assertThat(table.candidates("/status/503")).containsExactly(index, status, any, statusLong);
    assertThat(table.candidates("/delay/5")).containsExactly(index, delay, any);
    assertThat(table.candidates("/nowhere")).containsExactly(index, any);
    assertThat(table.candidates("/")).containsExactly(index, any);
  }
}
