package dev.statuskit.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The registry's facts, checked against the fact sheet (RFC 9110 and friends). */
class RegistryDataTest {

  /** Heuristically cacheable by default: the RFC 9110 §15.1 list, and 451 (RFC 7725 §3). */
  static final Set<Integer> CACHEABLE =
      Set.of(200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 451, 501);

  @ParameterizedTest(name = "{0} → {1} {2}")
  @CsvSource({
    "101, Upgrade, MUST",
    "201, Location, PRACTICE",
    "206, Content-Range, MUST",
    "301, Location, SHOULD",
    "302, Location, SHOULD",
    "307, Location, SHOULD",
    "308, Location, SHOULD",
    "401, WWW-Authenticate, MUST",
    "405, Allow, MUST",
    "407, Proxy-Authenticate, MUST",
    "408, Connection, SHOULD",
    "413, Retry-After, SHOULD",
    "416, Content-Range, SHOULD",
    "426, Upgrade, MUST",
    "429, Retry-After, MAY",
    "503, Retry-After, MAY",
  })
  void headerRequirementsCarryTheirStrength(int code, String header, Strength strength) {
    HeaderRequirement h =
        StatusCodes.of(code).header(header).orElseThrow(() -> new AssertionError(code + header));
    assertThat(h.strength()).isEqualTo(strength);
    assertThat(h.source()).as("source of %s %s", code, header).isNotBlank();
    assertThat(h.note()).isNotBlank();
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "200, NOT_NEEDED",
    "201, NOT_NEEDED",
    "301, NOT_NEEDED",
    "400, CHANGED_REQUEST",
    "404, NEVER",
    "401, CHANGED_REQUEST",
    "408, BACKOFF",
    "429, RETRY_AFTER",
    "502, BACKOFF",
    "503, RETRY_AFTER",
    "504, BACKOFF",
    "501, NEVER",
  })
  void retryAdviceFollowsSemantics(int code, RetryAdvice advice) {
    assertThat(StatusCodes.of(code).retry().advice()).isEqualTo(advice);
  }

  @Test
  void bodyIsForbiddenExactlyWhereTheSpecSaysSo() {
    for (StatusCode c : StatusCodes.all()) {
      boolean forbidden =
          c.statusClass() == StatusClass.INFORMATIONAL || Set.of(204, 205, 304).contains(c.code());
      assertThat(c.bodyAllowed()).as("body on %s", c).isEqualTo(!forbidden);
    }
  }

  @Test
  void cacheableByDefaultIsExactlyTheSpecifiedList() {
    for (StatusCode c : StatusCodes.all()) {
      assertThat(c.cacheable()).as("cacheable %s", c).isEqualTo(CACHEABLE.contains(c.code()));
    }
  }

  @Test
  void everyEntryIsComplete() {
    for (StatusCode c : StatusCodes.all()) {
      assertThat(c.summary())
          .as("summary of %s", c)
          .hasSizeLessThanOrEqualTo(110)
          .doesNotEndWith(".");
      assertThat(c.description()).as("description of %s", c).hasSizeGreaterThan(80);
      assertThat(c.uses()).as("uses of %s", c).isNotEmpty();
      assertThat(c.synonyms()).as("synonyms of %s", c).isNotEmpty();
      assertThat(c.retry().note()).isNotBlank();
      assertThat(c.reference().url()).as("url of %s", c).startsWith("https://");
      for (int related : c.related()) {
        assertThat(StatusCodes.find(related))
            .as("%s relates to unknown %s", c, related)
            .isPresent();
        assertThat(related).as("%s relates to itself", c).isNotEqualTo(c.code());
      }
    }
  }

  @Test
  void unofficialCodesNameTheirOrigin() {
    var unofficial = StatusCodes.all().stream().filter(c -> !c.isRegistered()).toList();
    assertThat(unofficial)
        .extracting(StatusCode::code)
        .contains(444, 499, 520, 522, 460, 463, 561, 440, 449);
    for (StatusCode c : unofficial) {
      assertThat(c.standing()).isEqualTo(Standing.UNOFFICIAL);
      assertThat(c.origin()).as("origin of %s", c).isPresent();
    }
  }

  @Test
  void specialStandingsAreMarked() {
    assertThat(StatusCodes.of(418).standing()).isEqualTo(Standing.UNUSED);
    assertThat(StatusCodes.of(418).aka()).anyMatch(a -> a.contains("teapot"));
    assertThat(StatusCodes.of(418).description()).contains("2324");
    assertThat(StatusCodes.of(306).standing()).isEqualTo(Standing.UNUSED);
    assertThat(StatusCodes.of(510).standing()).isEqualTo(Standing.OBSOLETE);
    assertThat(StatusCodes.of(104).standing()).isEqualTo(Standing.PROVISIONAL);
    assertThat(StatusCodes.of(422).aka()).contains("Unprocessable Entity");
    assertThat(StatusCodes.of(413).aka()).contains("Payload Too Large");
  }
}
