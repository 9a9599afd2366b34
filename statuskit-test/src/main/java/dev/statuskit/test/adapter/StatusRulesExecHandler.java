package dev.statuskit.test.adapter;

import dev.statuskit.test.RulePolicy;
import dev.statuskit.test.StatusRecorder;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.apache.hc.client5.http.classic.ExecChain;
import org.apache.hc.client5.http.classic.ExecChainHandler;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.HttpException;

/** Reports each exchange passing through an HttpClient's exec chain to {@link StatusRecorder}. */
final class StatusRulesExecHandler implements ExecChainHandler {
  private final RulePolicy policy;

  StatusRulesExecHandler(RulePolicy policy) {
    this.policy = policy;
  }

  @Override
  public ClassicHttpResponse execute(
      ClassicHttpRequest request, ExecChain.Scope scope, ExecChain chain)
      throws IOException, HttpException {
    long start = System.nanoTime();
    ClassicHttpResponse response = chain.proceed(request, scope);
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
    try {
      StatusRecorder.report(
          ApacheHttpClientAssertions.exchange(request, response, Optional.of(elapsed)), policy);
    } catch (RuntimeException | AssertionError e) {
      response.close(); // give the connection back before failing
      throw e;
    }
    return response;
  }
}
