package dev.statuskit.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StatusCodesTest {

  @Test
  void looksUpByNumber() {
    StatusCode c = StatusCodes.of(429);
    assertThat(c.phrase()).isEqualTo("Too Many Requests");
    assertThat(c.statusClass()).isEqualTo(StatusClass.CLIENT_ERROR);
    assertThat(c.reference().toString()).isEqualTo("RFC 6585 §4");
    assertThat(c).hasToString("429 Too Many Requests");
  }

  @Test
  void unassignedNumbersStillClassifyByFirstDigit() {
    StatusCode c = StatusCodes.of(299);
    assertThat(c.standing()).isEqualTo(Standing.UNASSIGNED);
    assertThat(c.statusClass()).isEqualTo(StatusClass.SUCCESSFUL);
    assertThat(c.related()).containsExactly(200);
    assertThat(StatusCodes.isUnassigned(299)).isTrue();
    assertThat(StatusCodes.find(299)).isEmpty();
    assertThat(StatusCodes.of(597).retry()).isEqualTo(StatusCodes.of(500).retry());
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 42, 99, 600, 999, -1})
  void rejectsNumbersThatAreNotStatusCodes(int n) {
    assertThatThrownBy(() -> StatusCodes.of(n))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("100 to 599");
  }

  @ParameterizedTest(name = "\"{0}\" → {1}")
  @CsvSource({
    "Not Found, 404",
    "not_found, 404",
    "NOT FOUND, 404",
    "I'm a teapot, 418",
    "Payload Too Large, 413",
    "Unprocessable Entity, 422",
    "unprocessable content, 422",
    "Client Closed Request, 499",
  })
  void looksUpByNameOrAlias(String name, int code) {
    assertThat(StatusCodes.byName(name)).map(StatusCode::code).contains(code);
  }

  @Test
  void listsByClassInOrder() {
    var redirects = StatusCodes.inClass(StatusClass.REDIRECTION);
    assertThat(redirects)
        .extracting(StatusCode::code)
        .contains(301, 302, 303, 304, 307, 308)
        .isSorted();
    assertThat(redirects).allMatch(c -> c.statusClass() == StatusClass.REDIRECTION);
  }

  @Test
  void recognisesReasonPhrasesLoosely() {
    assertThat(StatusCodes.of(404).isKnownPhrase("Not found")).isTrue();
    assertThat(StatusCodes.of(404).isKnownPhrase("OK")).isFalse();
    assertThat(StatusCodes.of(418).name()).containsIgnoringCase("teapot");
  }

  @ParameterizedTest
  @CsvSource({
    "4xx, CLIENT_ERROR",
    "5XX, SERVER_ERROR",
    "2, SUCCESSFUL",
    "client-error, CLIENT_ERROR"
  })
  void parsesClassNames(String text, StatusClass expected) {
    assertThat(StatusClass.parse(text)).contains(expected);
  }
}
