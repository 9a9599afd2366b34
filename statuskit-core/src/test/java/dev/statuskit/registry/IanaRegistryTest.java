package dev.statuskit.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks the registry against an independent copy of the IANA HTTP Status Code Registry, kept in
 * the test resources in IANA's own CSV layout (Value, Description, Reference).
 */
class IanaRegistryTest {

  /** One row of IANA's CSV. */
  record Row(String value, String description, String reference) {
    boolean isRange() {
      return value.contains("-");
    }

    int code() {
      return Integer.parseInt(value);
    }
  }

  private static final Pattern ANNOTATION =
      Pattern.compile("^(.*?) \\((OBSOLETED|TEMPORARY.*)\\)$");
  private static final Pattern RFC = Pattern.compile("\\[RFC(\\d+)(?:, Section ([\\d.]+))?]");

  static List<Row> rows;

  @BeforeAll
  static void readCsv() throws IOException {
    rows = new ArrayList<>();
    try (var in =
        new BufferedReader(
            new InputStreamReader(
                IanaRegistryTest.class.getResourceAsStream("iana-http-status-codes.csv"),
                StandardCharsets.UTF_8))) {
      in.readLine(); // header
      for (String line; (line = in.readLine()) != null; ) {
        rows.add(parse(line));
      }
    }
  }

  /** Value and description never contain commas here; the reference may be quoted. */
  static Row parse(String line) {
    int first = line.indexOf(',');
    int second = line.indexOf(',', first + 1);
    String ref = line.substring(second + 1);
    if (ref.startsWith("\"")) {
      ref = ref.substring(1, ref.length() - 1);
    }
    return new Row(line.substring(0, first), line.substring(first + 1, second), ref);
  }

  @Test
  void everyRegisteredValueIsPresentWithItsExactDescription() {
    List<Row> assigned = rows.stream().filter(r -> !r.isRange() && !isUnassigned(r)).toList();
    assertThat(assigned).hasSizeGreaterThan(60);
    for (Row row : assigned) {
      StatusCode code = StatusCodes.find(row.code()).orElseThrow(() -> new AssertionError(row));
      Matcher annotated = ANNOTATION.matcher(row.description());
      String description = annotated.matches() ? annotated.group(1) : row.description();
      assertThat(code.phrase()).as("phrase of %s", row.value()).isEqualTo(description);
      assertThat(code.isRegistered()).as("%s registered", row.value()).isTrue();
      assertThat(code.standing()).as("standing of %s", row.value()).isEqualTo(standing(row));
    }
  }

  @Test
  void referencesNameTheRegisteredDocumentAndSection() {
    for (Row row : rows) {
      Matcher rfc = RFC.matcher(row.reference());
      if (row.isRange() || !rfc.find()) {
        continue;
      }
      Reference ref = StatusCodes.of(row.code()).reference();
      assertThat(ref.document()).as("document of %s", row.value()).isEqualTo("RFC " + rfc.group(1));
      if (rfc.group(2) != null) {
        assertThat(ref.section()).as("section of %s", row.value()).contains(rfc.group(2));
      }
      assertThat(ref.url()).as("url of %s", row.value()).contains("rfc" + rfc.group(1));
    }
  }

  @Test
  void registersNothingThatIanaDoesNot() {
    Set<Integer> iana = new TreeSet<>();
    rows.stream().filter(r -> !r.isRange() && !isUnassigned(r)).forEach(r -> iana.add(r.code()));
    Set<Integer> ours = new TreeSet<>();
    StatusCodes.registered().forEach(c -> ours.add(c.code()));
    assertThat(ours).isEqualTo(iana);
  }

  @Test
  void unassignedRangesMatchTheRegistry() {
    List<String> iana =
        rows.stream().filter(IanaRegistryTest::isUnassigned).map(Row::value).toList();
    List<String> ours =
        StatusCodes.unassignedRanges().stream()
            .map(r -> r.from() == r.to() ? String.valueOf(r.from()) : r.from() + "-" + r.to())
            .toList();
    assertThat(ours).isEqualTo(iana);
  }

  @Test
  void unofficialCodesNeverTakeARegisteredNumber() {
    for (StatusCode c : StatusCodes.all()) {
      if (c.standing() == Standing.UNOFFICIAL) {
        assertThat(
                rows.stream()
                    .anyMatch(r -> !r.isRange() && !isUnassigned(r) && r.code() == c.code()))
            .as("%s is registered at IANA", c.code())
            .isFalse();
      }
    }
  }

  private static boolean isUnassigned(Row r) {
    return r.description().equals("Unassigned");
  }

  private static Standing standing(Row row) {
    if (row.description().endsWith("(OBSOLETED)")) {
      return Standing.OBSOLETE;
    }
    if (row.description().contains("(TEMPORARY")) {
      return Standing.PROVISIONAL;
    }
    if (row.description().equals("(Unused)")) {
      return Standing.UNUSED;
    }
    // The registry lists these as current; their own specifications retire them.
    return Set.of(102, 305).contains(row.code()) ? Standing.DEPRECATED : Standing.STANDARD;
  }
}
