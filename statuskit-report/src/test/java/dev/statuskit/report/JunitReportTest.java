package dev.statuskit.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.exchange.Exchange;
import dev.statuskit.rules.AuditResult;
import dev.statuskit.rules.Evidence;
import dev.statuskit.rules.RuleSet;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class JunitReportTest {

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
  }

  private static List<Element> testcases(Document doc) {
    NodeList nodes = doc.getElementsByTagName("testcase");
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add((Element) nodes.item(i));
    }
    return out;
  }

  @Test
  void hasOneTestCasePerRuleWithTheRightCounts() throws Exception {
    Document doc = parse(Reports.render(Fixture.result(), ReportFormat.JUNIT, Fixture.OPTIONS));
    Element suite = doc.getDocumentElement();
    assertThat(suite.getTagName()).isEqualTo("testsuite");
    assertThat(suite.getAttribute("name")).isEqualTo("statuskit");
    assertThat(suite.getAttribute("tests")).isEqualTo("5");
    assertThat(suite.getAttribute("failures")).isEqualTo("3");
    assertThat(suite.getAttribute("skipped")).isEqualTo("1");
    assertThat(suite.getAttribute("errors")).isEqualTo("0");
    List<Element> cases = testcases(doc);
    assertThat(cases)
        .extracting(c -> c.getAttribute("name").substring(0, 5))
        .containsExactly("SK901", "SK902", "SK903", "SK904", "SK905");
    assertThat(doc.getElementsByTagName("failure").getLength()).isEqualTo(3);
    assertThat(doc.getElementsByTagName("skipped").getLength()).isEqualTo(1);
  }

  @Test
  void failureCarriesSeverityAndFindings() throws Exception {
    Document doc = parse(Reports.render(Fixture.result(), ReportFormat.JUNIT, Fixture.OPTIONS));
    Element failure = (Element) testcases(doc).get(0).getElementsByTagName("failure").item(0);
    assertThat(failure.getAttribute("type")).isEqualTo("error");
    assertThat(failure.getAttribute("message")).startsWith("4 findings: 201 Created has no");
    assertThat(failure.getTextContent())
        .contains("POST https://api.example.com/orders -> 201 Created (shop.har entry 3)")
        .contains("... and 2 more like this");
  }

  @Test
  void cleanAuditPassesEveryRule() throws Exception {
    Document doc = parse(Reports.render(Fixture.clean(), ReportFormat.JUNIT, Fixture.OPTIONS));
    assertThat(doc.getDocumentElement().getAttribute("tests")).isEqualTo("5");
    assertThat(doc.getDocumentElement().getAttribute("failures")).isEqualTo("0");
    assertThat(testcases(doc)).allMatch(c -> !c.hasChildNodes());
  }

  @Test
  void staysWellFormedWhateverTheApiSends() throws Exception {
    RuleSet rules = Fixture.rules();
    Exchange e =
        Exchange.builder().target("/x?a=1&b=<2>").status(201).source("odd.har entry \"1\"").build();
    String nasty = "nul\u0000 esc\u001b ffff\uffff lone\ud800 ]]> <script>&amp; \"quoted\"";
    AuditResult result =
        new AuditResult(
            "odd.har",
            rules,
            1,
            0,
            List.of(Fixture.finding(rules, Fixture.CREATED, e, nasty, new Evidence("body", nasty))),
            Map.of("SK901", 1L),
            Map.of(),
            Map.of(),
            List.of());
    Document doc = parse(Reports.render(result, ReportFormat.JUNIT, Fixture.OPTIONS));
    Element failure = (Element) doc.getElementsByTagName("failure").item(0);
    assertThat(failure.getAttribute("message"))
        .isEqualTo("1 finding: nul? esc? ffff? lone? ]]> <script>&amp; \"quoted\"");
    assertThat(failure.getTextContent()).contains("GET /x?a=1&b=<2> -> 201 Created");
  }
}
