package dev.statuskit.rules;

import dev.statuskit.exchange.Part;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One rule of the catalogue: a stable id, what it checks and why, and the check itself.
 *
 * @param id stable, "SK" and three digits; never reused
 * @param title what the rule flags, in a few words: "201 Created without Location"
 * @param severity the default severity; a config may change it
 * @param category the family
 * @param rationale why it matters, in a few sentences
 * @param link the spec section or practice it comes from
 * @param fix what to do about a finding, in general
 * @param needs the parts of an exchange the check reads; missing ones skip the rule
 * @param check the logic
 * @param examples what the rule flags and what it passes, shown to users and checked by tests
 */
public record Rule(
    String id,
    String title,
    Severity severity,
    Category category,
    String rationale,
    String link,
    String fix,
    Set<Part> needs,
    Check check,
    List<Example> examples) {

  public Rule {
    if (!id.matches("SK\\d{3}")) {
      throw new IllegalArgumentException("rule ids are SK and three digits, not " + id);
    }
    needs = Set.copyOf(needs);
    Objects.requireNonNull(check, "check");
    examples = List.copyOf(examples);
  }

  /** Starts a rule definition: {@code Rule.define("SK101").title(...)...check(...)}. */
  public static Builder define(String id) {
    return new Builder(id);
  }

  /** Runs the check; the caller has made sure the needed parts are there. */
  List<Problem> apply(Subject subject) {
    return check.apply(subject);
  }

  /** Fluent definition, so each rule reads as a small named block in its catalogue class. */
  public static final class Builder {
    private final String id;
    private String title;
    private Severity severity = Severity.WARNING;
    private Category category;
    private String rationale;
    private String link;
    private String fix;
    private Set<Part> needs = Set.of();
    private final List<Example> examples = new ArrayList<>();

    private Builder(String id) {
      this.id = id;
    }

    public Builder title(String title) {
      this.title = title;
      return this;
    }

    public Builder severity(Severity severity) {
      this.severity = severity;
      return this;
    }

    public Builder category(Category category) {
      this.category = category;
      return this;
    }

    public Builder rationale(String rationale) {
      this.rationale = rationale;
      return this;
    }

    public Builder link(String link) {
      this.link = link;
      return this;
    }

    public Builder fix(String fix) {
      this.fix = fix;
      return this;
    }

    public Builder needs(Part... parts) {
      this.needs = Set.of(parts);
      return this;
    }

    /** Adds a worked example; the catalogue gives each rule at least one of each kind. */
    public Builder example(Example example) {
      examples.add(Objects.requireNonNull(example, "example"));
      return this;
    }

    /** Adds worked examples, in order. */
    public Builder examples(List<Example> more) {
      more.forEach(this::example);
      return this;
    }

    /**
     * Ends a rule whose findings come from elsewhere (the prober's probes, the OpenAPI checks): on
     * one exchange alone it finds nothing, but the catalogue still lists, explains and configures
     * it.
     */
    public Rule judgedElsewhere() {
      return check(subject -> List.of());
    }

    public Rule check(Check check) {
      return new Rule(
          id,
          Objects.requireNonNull(title, id + " title"),
          severity,
          Objects.requireNonNull(category, id + " category"),
          Objects.requireNonNull(rationale, id + " rationale"),
          Objects.requireNonNull(link, id + " link"),
          Objects.requireNonNull(fix, id + " fix"),
          needs,
          check,
          examples);
    }
  }
}
