package dev.statuskit.probe.tester;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.exchange.Exchange;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RedirectsTest {
  static final URI BASE = URI.create("http://api.test/v1/users/42?x=1");

  @ParameterizedTest
  @CsvSource({
    "/orders,            http://api.test/orders",
    "orders/7,           http://api.test/v1/users/orders/7",
    "?page=2,            http://api.test/v1/users/42?page=2",
    "//cdn.test/a,       http://cdn.test/a",
    "https://other.test, https://other.test"
  })
  void resolvesLocationAgainstTheRequest(String location, String expected) {
    assertThat(Redirects.resolve(BASE, location)).contains(URI.create(expected));
  }

  @Test
  void resolvesAgainstAUrlWithoutAPath() {
    assertThat(Redirects.resolve(URI.create("http://api.test"), "login"))
        .contains(URI.create("http://api.test/login"));
  }

  @ParameterizedTest
  @CsvSource({"not a uri", "mailto:x@api.test", "ftp://api.test/file", "javascript:alert(1)"})
  void doesNotFollowWhatIsNotAnHttpUri(String location) {
    assertThat(Redirects.resolve(BASE, location)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "303, POST,   true",
    "303, PUT,    true",
    "303, GET,    false",
    "303, HEAD,   false",
    "301, POST,   true",
    "302, POST,   true",
    "302, PUT,    false",
    "307, POST,   false",
    "308, DELETE, false"
  })
  void changesTheMethodAsUserAgentsDo(int status, String method, boolean toGet) {
    assertThat(Redirects.becomesGet(status, method)).isEqualTo(toGet);
  }

  @Test
  void followsOnlyTheRedirectsAUserAgentMayFollow() {
    TesterRequest sent = TesterRequest.get(BASE);
    for (int status : List.of(300, 304, 305, 201)) {
      Exchange e = Exchange.builder().status(status).header("Location", "/x").build();
      assertThat(Redirects.next(sent, e)).as("status %d", status).isEmpty();
    }
    Exchange noLocation = Exchange.builder().status(302).build();
    assertThat(Redirects.next(sent, noLocation)).isEmpty();
  }

  @Test
  void aGetAfterAPostLeavesTheContentAndItsHeadersBehind() {
    TesterRequest post =
        new TesterRequest(
            "POST",
            BASE,
            List.of(
                new TesterRequest.Field("Content-Type", "application/json"),
                new TesterRequest.Field("Accept", "application/json")),
            Optional.of("{}"),
            true);
    Exchange seeOther = Exchange.builder().status(303).header("Location", "/done").build();
    TesterRequest next = Redirects.next(post, seeOther).orElseThrow();
    assertThat(next.method()).isEqualTo("GET");
    assertThat(next.body()).isEmpty();
    assertThat(next.headers()).extracting(TesterRequest.Field::name).containsExactly("Accept");
    assertThat(next.url()).isEqualTo(URI.create("http://api.test/done"));
  }

  @Test
  void sameOriginComparesSchemeHostAndPort() {
    assertThat(
            Redirects.sameOrigin(URI.create("http://A.test/x"), URI.create("http://a.test:80/y")))
        .isTrue();
    assertThat(Redirects.sameOrigin(URI.create("http://a.test/"), URI.create("https://a.test/")))
        .isFalse();
    assertThat(Redirects.sameOrigin(URI.create("http://a.test/"), URI.create("http://a.test:81/")))
        .isFalse();
  }
}
