package dev.statuskit.report;

import dev.statuskit.rules.Evidence;
import dev.statuskit.rules.Rule;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML for CI dashboards: one {@code <testsuite name="statuskit">} with one test case per rule
 * that ran. A rule with findings fails (its failure lists them, the type is the severity); a rule
 * that could run on no exchange for lack of data is skipped; every other rule passes. Text from the
 * audited API is cleaned to what XML 1.0 can carry.
 */
final class JunitReport implements Renderer {
  private static final int MAX_MESSAGE = 200;

  @Override
  public void write(ReportModel model, ReportOptions options, Writer out) throws IOException {
    List<Case> cases = cases(model);
    long failures = cases.stream().filter(c -> c.group.isPresent()).count();
    long skipped = cases.stream().filter(c -> c.skipped.isPresent()).count();
    try {
      XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("testsuite");
      xml.writeAttribute("name", "statuskit");
      xml.writeAttribute("tests", Integer.toString(cases.size()));
      xml.writeAttribute("failures", Long.toString(failures));
      xml.writeAttribute("errors", "0");
      xml.writeAttribute("skipped", Long.toString(skipped));
      xml.writeCharacters("\n  ");
      xml.writeStartElement("properties");
      property(xml, "statuskit.version", options.toolVersion());
      property(xml, "target", model.target());
      property(xml, model.unit() + "s", Long.toString(model.exchanges()));
      property(xml, "ignored", Long.toString(model.ignored()));
      xml.writeCharacters("\n  ");
      xml.writeEndElement();
      for (Case c : cases) {
        testcase(xml, c);
      }
      xml.writeCharacters("\n");
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.flush();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IOException("cannot write JUnit XML: " + e.getMessage(), e);
    }
    out.flush();
  }

  /**
   * A rule's test case: failed (with its findings), skipped (with why), or passed, possibly with a
   * note that it could not run on some exchanges.
   */
  private record Case(
      Rule rule, Optional<RuleGroup> group, Optional<String> skipped, Optional<String> note) {}

  private static List<Case> cases(ReportModel model) {
    Map<String, Rule> rules = new LinkedHashMap<>();
    model.enabled().forEach(r -> rules.put(r.id(), r));
    model.groups().forEach(g -> rules.putIfAbsent(g.rule().id(), g.rule()));
    List<Case> cases = new ArrayList<>();
    for (Rule r : rules.values()) {
      Optional<RuleGroup> group =
          model.groups().stream().filter(g -> g.rule().id().equals(r.id())).findFirst();
      Optional<String> skipped =
          group.isPresent() || !model.skippedEverywhere(r.id())
              ? Optional.empty()
              : Optional.of(skipReason(model, r));
      Optional<String> note =
          skipped.isPresent()
              ? Optional.empty()
              : model.skippedRules().stream()
                  .filter(sr -> sr.id().equals(r.id()))
                  .findFirst()
                  .map(
                      sr ->
                          "skipped on "
                              + Words.grouped(sr.exchanges())
                              + " of "
                              + Words.count(model.checked(), model.unit())
                              + ": "
                              + sr.reason());
      cases.add(new Case(r, group, skipped, note));
    }
    cases.sort(Comparator.comparing(c -> c.rule.id()));
    return cases;
  }

  private static String skipReason(ReportModel model, Rule r) {
    if (model.checked() == 0) {
      return "no " + model.unit() + "s were checked";
    }
    return model.skippedRules().stream()
        .filter(s -> s.id().equals(r.id()))
        .findFirst()
        .map(SkippedRule::reason)
        .orElse("no " + model.unit() + "s were checked");
  }

  private static void property(XMLStreamWriter xml, String name, String value)
      throws XMLStreamException {
    xml.writeCharacters("\n    ");
    xml.writeEmptyElement("property");
    xml.writeAttribute("name", name);
    xml.writeAttribute("value", Clean.line(value));
  }

  private static void testcase(XMLStreamWriter xml, Case c) throws XMLStreamException {
    Rule r = c.rule;
    xml.writeCharacters("\n  ");
    boolean empty = c.group.isEmpty() && c.skipped.isEmpty() && c.note.isEmpty();
    if (empty) {
      xml.writeEmptyElement("testcase");
    } else {
      xml.writeStartElement("testcase");
    }
    xml.writeAttribute("classname", "statuskit." + r.category().id());
    xml.writeAttribute("name", r.id() + " " + Clean.line(r.title()));
    if (empty) {
      return;
    }
    if (c.group.isPresent()) {
      RuleGroup g = c.group.get();
      xml.writeCharacters("\n    ");
      xml.writeStartElement("failure");
      xml.writeAttribute("message", failureMessage(g));
      xml.writeAttribute("type", g.severity().label());
      xml.writeCharacters(failureText(g));
      xml.writeEndElement();
    }
    if (c.skipped.isPresent()) {
      xml.writeCharacters("\n    ");
      xml.writeEmptyElement("skipped");
      xml.writeAttribute("message", c.skipped.get());
    }
    if (c.note.isPresent()) {
      xml.writeCharacters("\n    ");
      xml.writeStartElement("system-out");
      xml.writeCharacters(c.note.get());
      xml.writeEndElement();
    }
    xml.writeCharacters("\n  ");
    xml.writeEndElement();
  }

  private static String failureMessage(RuleGroup g) {
    String first = g.shown().isEmpty() ? g.rule().title() : Clean.line(g.shown().get(0).message());
    String message = Words.count(g.total(), "finding") + ": " + first;
    return message.length() <= MAX_MESSAGE ? message : message.substring(0, MAX_MESSAGE - 1) + "…";
  }

  private static String failureText(RuleGroup g) {
    List<String> lines = new ArrayList<>();
    lines.add("");
    for (FindingView f : g.shown()) {
      lines.add(f.headline());
      lines.add("  " + Clean.line(f.message()));
      for (Evidence e : f.evidence()) {
        lines.add("  " + Clean.line(e.label()) + ": " + Clean.line(e.value()));
      }
      lines.add("  Fix: " + Clean.line(f.fix()));
    }
    if (g.notShown() > 0) {
      lines.add("... and " + Words.grouped(g.notShown()) + " more like this");
    }
    lines.add("See: " + g.rule().link());
    return lines.stream().collect(Collectors.joining("\n      ")) + "\n    ";
  }
}
