package dev.statuskit.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/**
 * One row of a spec rule's table test: a small spec, and whether the rule must flag it or pass it.
 *
 * <pre>{@code
 * static Stream<SpecCase> sk504() {
 *   return Stream.of(
 *       SpecCase.flags("201 without Location", Specs.oas3("...")),
 *       SpecCase.passes("201 with Location", Specs.oas3("...")));
 * }
 * }</pre>
 */
record SpecCase(String name, String spec, boolean flags) {

  static SpecCase flags(String name, String spec) {
    return new SpecCase(name, spec, true);
  }

  static SpecCase passes(String name, String spec) {
    return new SpecCase(name, spec, false);
  }

  /** Runs the rule alone on the spec and checks the expectation; returns what it found. */
  List<SpecIssue> verify(SpecRule rule) {
    Spec read = Specs.read(spec);
    List<SpecIssue> issues = rule.check().check(read.operations());
    String id = rule.rule().id();
    if (flags) {
      assertThat(issues).as("%s: %s should be flagged", id, name).isNotEmpty();
      assertThat(issues)
          .allSatisfy(
              i -> {
                assertThat(i.message()).isNotBlank();
                assertThat(i.operation()).isNotBlank();
                assertThat(i.pointer()).startsWith("/paths/");
                // Every finding points at a member written in the file.
                assertThat(read.writes(i.pointer())).as("%s is in the file", i.pointer()).isTrue();
              });
    } else {
      assertThat(issues).as("%s: %s should pass", id, name).isEmpty();
    }
    return issues;
  }

  @Override
  public String toString() {
    return (flags ? "flags: " : "passes: ") + name;
  }
}
