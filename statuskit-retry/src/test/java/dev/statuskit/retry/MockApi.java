package dev.statuskit.retry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.server.mock.MockServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The mock server of {@code statuskit serve} on 127.0.0.1, with its admin API at hand. */
final class MockApi implements AutoCloseable {
  private static final Pattern TOTAL = Pattern.compile("\"total\"\\s*:\\s*(\\d+)");

  private final MockServer server = MockServer.builder().port(0).threads(1).build().start();
  private final HttpClient admin = HttpClient.newHttpClient();

  URI uri(String pathAndQuery) {
    return server.baseUri().resolve(pathAndQuery);
  }

  /** Clears the journal, flaky counters and rate limits. */
  void reset() throws IOException, InterruptedException {
    var response =
        admin.send(
            HttpRequest.newBuilder(uri("/__admin/reset"))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(),
            BodyHandlers.discarding());
    assertThat(response.statusCode()).isEqualTo(200);
  }

  /** How many requests the server has answered since the last reset (admin ones aside). */
  long requestsSeen() throws IOException, InterruptedException {
    String journal =
        admin
            .send(
                HttpRequest.newBuilder(uri("/__admin/requests?limit=0")).build(),
                BodyHandlers.ofString())
            .body();
    Matcher m = TOTAL.matcher(journal);
    assertThat(m.find()).as("journal total in %s", journal).isTrue();
    return Long.parseLong(m.group(1));
  }

  @Override
  public void close() {
    server.close();
  }
}
