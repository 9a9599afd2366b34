package dev.statuskit.report;

import dev.statuskit.rules.AuditResult;
import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every format, for the fixed audits of {@link Fixture}, against the reviewed golden files. */
class GoldenReportsTest {

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void rendersTheShopAuditAsReviewed(ReportFormat format) throws IOException {
    check("shop", Fixture.result(), format);
  }

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void rendersACleanAuditAsReviewed(ReportFormat format) throws IOException {
    check("clean", Fixture.clean(), format);
  }

  private static void check(String name, AuditResult result, ReportFormat format)
      throws IOException {
    GoldenFiles.assertMatches(
        name + "." + format.extension(), Reports.render(result, format, Fixture.OPTIONS));
  }
}
