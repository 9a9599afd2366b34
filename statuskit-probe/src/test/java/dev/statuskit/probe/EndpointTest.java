package dev.statuskit.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.statuskit.input.InputException;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EndpointTest {

  @ParameterizedTest
  @CsvSource({
    "https://api.test/v1, /users/42, https://api.test/v1/users/42",
    "https://api.test/v1/, /users/42, https://api.test/v1/users/42",
    "https://api.test/v1, users/42, https://api.test/v1/users/42",
    "https://api.test, /users?page=2, https://api.test/users?page=2",
    "http://127.0.0.1:8080, /a%20b, http://127.0.0.1:8080/a%20b",
  })
  void appendsPathsToTheBasePath(String base, String path, String expected) {
    List<Endpoint> e = Endpoint.resolve(URI.create(base), List.of(path));

    assertThat(e.get(0).uri()).isEqualTo(URI.create(expected));
  }

  @Test
  void noPathsMeansTheBaseItself() {
    List<Endpoint> e = Endpoint.resolve(URI.create("https://api.test/v1/"), List.of());

    assertThat(e)
        .singleElement()
        .satisfies(x -> assertThat(x.uri()).hasToString("https://api.test/v1/"));
    assertThat(Endpoint.resolve(URI.create("https://api.test"), List.of()).get(0).uri())
        .hasToString("https://api.test/");
  }

  @Test
  void templatesAreCheckedWithTheirPlaceholdersFilledIn() {
    Endpoint e = Endpoint.resolve(URI.create("https://api.test"), List.of("/users/{id}")).get(0);

    assertThat(e.isTemplate()).isTrue();
  }

  @Test
  void rejectsABaseThatIsNotHttp() {
    assertThatThrownBy(() -> Endpoint.resolve(URI.create("ftp://api.test"), List.of()))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("http:// or https://");
    assertThatThrownBy(() -> Endpoint.resolve(URI.create("api.test/v1"), List.of()))
        .isInstanceOf(InputException.class);
    assertThatThrownBy(() -> Endpoint.resolve(URI.create("https://api.test/?x=1"), List.of()))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("query");
  }

  @Test
  void rejectsPathsThatAreUrlsOrNotUrlPaths() {
    URI base = URI.create("https://api.test");

    assertThatThrownBy(() -> Endpoint.resolve(base, List.of("https://evil.test/x")))
        .isInstanceOfSatisfying(
            InputException.class,
            e -> {
              assertThat(e.where()).isEqualTo("https://evil.test/x");
              assertThat(e.getMessage()).contains("relative to the base URL");
            });
    assertThatThrownBy(() -> Endpoint.resolve(base, List.of("/ok", "/a b")))
        .isInstanceOfSatisfying(
            InputException.class,
            e -> {
              assertThat(e.where()).isEqualTo("/a b");
              assertThat(e.getMessage()).contains("' '").contains("percent-encode");
            });
  }
}
