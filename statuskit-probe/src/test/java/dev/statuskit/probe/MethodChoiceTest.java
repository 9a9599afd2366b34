package dev.statuskit.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MethodChoiceTest {
  private static Optional<Set<String>> allow(String value) {
    return MethodChoice.allowed(Optional.of(value));
  }

  @Test
  void parsesAllowInAnyCaseAndSpacing() {
    assertThat(allow(" get,HEAD , options,")).contains(Set.of("GET", "HEAD", "OPTIONS"));
    assertThat(MethodChoice.allowed(Optional.empty())).isEmpty();
  }

  @Test
  void safeWrongMethodIsTraceUnlessAllowListsIt() {
    assertThat(MethodChoice.wrongMethod(allow("GET, HEAD"), false)).contains("TRACE");
    assertThat(MethodChoice.wrongMethod(Optional.empty(), false)).contains("TRACE");
    assertThat(MethodChoice.wrongMethod(allow("GET, HEAD, TRACE"), false)).isEmpty();
  }

  @Test
  void unsafeWrongMethodIsPatchOnlyWhenAllowLeavesItOut() {
    assertThat(MethodChoice.wrongMethod(allow("GET, HEAD"), true)).contains("PATCH");
    // Without Allow we cannot know PATCH is wrong: stay with TRACE.
    assertThat(MethodChoice.wrongMethod(Optional.empty(), true)).contains("TRACE");
    assertThat(MethodChoice.wrongMethod(allow("GET, PATCH"), true)).contains("TRACE");
  }

  @Test
  void malformedBodyGoesByPostThenPatchThenPut() {
    assertThat(MethodChoice.forMalformedBody(Optional.empty())).contains("POST");
    assertThat(MethodChoice.forMalformedBody(allow("GET, POST, PUT"))).contains("POST");
    assertThat(MethodChoice.forMalformedBody(allow("GET, PUT, PATCH"))).contains("PATCH");
    assertThat(MethodChoice.forMalformedBody(allow("GET, PUT"))).contains("PUT");
    assertThat(MethodChoice.forMalformedBody(allow("GET, HEAD"))).isEmpty();
  }

  @Test
  void mistypedBodyNeverGoesByPut() {
    assertThat(MethodChoice.forMistypedBody(Optional.empty())).contains("POST");
    assertThat(MethodChoice.forMistypedBody(allow("GET, POST, PATCH"))).contains("PATCH");
    assertThat(MethodChoice.forMistypedBody(allow("GET, POST"))).contains("POST");
    assertThat(MethodChoice.forMistypedBody(allow("GET, PUT, DELETE"))).isEmpty();
  }
}
