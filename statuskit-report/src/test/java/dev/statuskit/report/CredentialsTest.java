package dev.statuskit.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.exchange.Exchange;
import dev.statuskit.exchange.Headers;
import dev.statuskit.rules.AuditResult;
import dev.statuskit.rules.Evidence;
import dev.statuskit.rules.RuleSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Credentials of an exchange never reach a report, in any format. */
class CredentialsTest {
  private static final String TOKEN = "eyJhbGciOiJIUzI1NiJ9.c2VjcmV0.sig42";
  private static final String SESSION = "sess-9f8e7d6c5b4a";
  private static final String SET_COOKIE = "refresh-0a1b2c3d4e5f";
  private static final String PASSWORD = "hunter2hunter2";
  private static final String API_KEY = "ak_live_1234567890";

  /**
   * A finding about an exchange that carries credentials in headers (request and response) and in
   * its URL, raised by a careless rule that quotes them in its message and evidence.
   */
  private static AuditResult leaky() {
    RuleSet rules = Fixture.rules();
    Exchange e =
        Exchange.builder()
            .method("POST")
            .target("https://ana:" + PASSWORD + "@api.example.com/orders?api_key=" + API_KEY)
            .requestHeader("Authorization", "Bearer " + TOKEN)
            .requestHeader("Cookie", "theme=dark; sid=" + SESSION)
            .status(201)
            .header("Set-Cookie", "rt=" + SET_COOKIE + "; HttpOnly")
            .source("probe: POST /orders?api_key=" + API_KEY)
            .build();
    return new AuditResult(
        "https://ana:" + PASSWORD + "@api.example.com/?api_key=" + API_KEY,
        rules,
        1,
        0,
        List.of(
            Fixture.finding(
                rules,
                Fixture.CREATED,
                e,
                "no Location, though we sent Bearer " + TOKEN + " and sid=" + SESSION,
                Evidence.header("Authorization", "Bearer " + TOKEN),
                Evidence.header("Cookie", "sid=" + SESSION),
                new Evidence("request", e.request().toString()),
                new Evidence("Set-Cookie (raw)", "rt=" + SET_COOKIE))),
        Map.of("SK901", 1L),
        Map.of(),
        Map.of("bad entry", 1L),
        List.of("https://ana:" + PASSWORD + "@api.example.com/x: bad entry"));
  }

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void neverShowsASecret(ReportFormat format) {
    String out = Reports.render(leaky(), format, Fixture.OPTIONS.withWidth(400));
    assertThat(out).doesNotContain(TOKEN, SESSION, SET_COOKIE, PASSWORD, API_KEY);
    // The redaction is visible, so a reader knows something was there.
    String redacted =
        format == ReportFormat.MARKDOWN
            ? Headers.REDACTED.replace("[", "\\[").replace("]", "\\]")
            : Headers.REDACTED;
    assertThat(out).contains(redacted);
  }
}
