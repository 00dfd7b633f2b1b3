package org.fazhi.report.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.groups.Default;
import java.lang.annotation.ElementType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.fazhi.report.Report;
import org.fazhi.report.constraints.Information;
import org.fazhi.report.constraints.Warnings;
import org.fazhi.report.validation.internal.Cascades;
import org.fazhi.report.validation.internal.RuleWalk;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.cfg.context.TypeConstraintMappingContext;
import org.hibernate.validator.messageinterpolation.HibernateMessageInterpolatorContext;

/**
 * Validates reports against the whole rule catalog — ERROR, WARNING and INFO rules — and returns
 * every finding, grouped and ordered, with messages in a chosen locale and known findings
 * acknowledged by {@link Suppression suppressions}.
 *
 * <pre>{@code
 * ReportValidator validator = ReportValidator.builder()
 *     .locale(Locale.ENGLISH)
 *     .suppress(Suppression.of("reconsideration.closed-exceeds-accepted-and-carried-over",
 *         "/statistics/reconsideration/closed", "the issuer confirms 3 cases carried over"))
 *     .build();
 * ValidationResult result = validator.validate(report);
 * result.isValid();          // no active ERROR
 * result.getWarnings();      // the active WARNINGs
 * }</pre>
 *
 * <p>Immutable and thread-safe: share one instance. The rules run in the facade's own walk of the
 * report, not in Hibernate Validator's engine: one walk for all severities, where the engine walks
 * the graph once per group, and no validator factory to start. It finds exactly what the engine
 * finds (a property test holds them equal), so a plain Jakarta validator ({@code @Valid}) still
 * rejects exactly the ERRORs {@link #validate} finds.
 *
 * <p>{@link #validate} never throws for a report the model can hold.
 */
public final class ReportValidator {
  /** The locale messages render in unless one is chosen: zh-CN. */
  public static final Locale DEFAULT_LOCALE = Locale.SIMPLIFIED_CHINESE;

  private static final Class<?>[] ALL_GROUPS = {Default.class, Warnings.class, Information.class};

  /** The rules, run without Hibernate Validator's engine: one walk for all severities. */
  private static final RuleWalk WALK = RuleWalk.from(Report.class);

  private final Locale locale;
  private final List<Suppression> suppressions;

  private ReportValidator(Locale locale, List<Suppression> suppressions) {
    this.locale = locale;
    this.suppressions = List.copyOf(suppressions);
  }

  /** A validator with messages in zh-CN and no suppressions. */
  public static ReportValidator create() {
    return new ReportValidator(DEFAULT_LOCALE, List.of());
  }

  /** A builder, starting from zh-CN and no suppressions. */
  public static Builder builder() {
    return new Builder();
  }

  /** The locale findings render their messages in by default. */
  public Locale getLocale() {
    return locale;
  }

  /** The suppressions applied. */
  public List<Suppression> getSuppressions() {
    return suppressions;
  }

  /** All findings of {@code report}; never throws for a report the model can hold. */
  public ValidationResult validate(Report report) {
    return validate(report, WALK);
  }

  /**
   * What {@link #validate} finds, found by {@code walk}: for tests that read the model's
   * annotations afresh rather than trust the shared walk's.
   */
  ValidationResult validate(Report report, RuleWalk walk) {
    Objects.requireNonNull(report, "report");
    List<Finding> raw = new ArrayList<>();
    walk.walk(
        report, (path, section, evidence) -> raw.add(finish(Finding.of(path, section, evidence))));
    return result(raw);
  }

  /**
   * What {@link #validate} finds, found by Hibernate Validator's engine rather than the facade's
   * own walk: for the property that they find the same.
   */
  ValidationResult validateByEngine(Report report) {
    Set<ConstraintViolation<Report>> violations = Holder.VALIDATOR.validate(report, ALL_GROUPS);
    List<Finding> raw = new ArrayList<>(violations.size());
    for (ConstraintViolation<Report> violation : violations) {
      Finding.of(violation).map(this::finish).ifPresent(raw::add);
    }
    return result(raw);
  }

  private static ValidationResult result(List<Finding> raw) {
    raw.sort(ORDER);
    return new ValidationResult(group(raw));
  }

  private Finding finish(Finding finding) {
    // Copied by withers, which share the finding's maps, not by a builder, which copies them.
    ImmutableFinding finished = ImmutableFinding.copyOf(finding).withLocale(locale);
    for (Suppression suppression : suppressions) {
      if (suppression.matches(finding.getRule(), finding.getPointer())) {
        return finished.withSuppression(suppression);
      }
    }
    return finished;
  }

  /**
   * Folds findings of one rule with the same root cause and suppression into the first of them. A
   * rule names the cause where different values repeat one (facts naming the same missing section);
   * otherwise only identical findings fold.
   */
  private static List<Finding> group(List<Finding> sorted) {
    Map<List<Object>, List<Finding>> groups = new LinkedHashMap<>();
    for (Finding finding : sorted) {
      List<Object> key =
          List.of(
              finding.getRule(),
              finding
                  .cause()
                  .map(Object.class::cast)
                  .orElse(List.of(finding.getPointer(), finding.getValues())),
              finding.getSuppression().map(Object.class::cast).orElse(""));
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(finding);
    }
    List<Finding> grouped = new ArrayList<>(groups.size());
    for (List<Finding> members : groups.values()) {
      Finding first = members.get(0);
      if (members.size() == 1) {
        grouped.add(first);
        continue;
      }
      List<String> repeats = new ArrayList<>();
      for (Finding member : members.subList(1, members.size())) {
        if (repeats.size() < Finding.MAX_REPEATS_LISTED) {
          repeats.add(member.getPointer());
        }
      }
      grouped.add(
          ImmutableFinding.builder()
              .from(first)
              .repeats(repeats)
              .repeatCount(members.size() - 1 + first.unraised())
              .build());
    }
    return grouped;
  }

  /**
   * Severity, then pointer in document order (see {@link DocumentOrder}), then rule id, then values
   * (terms in their enum's order: the statutory parts in statutory order).
   */
  static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::getSeverity)
          .thenComparing(Finding::getPointer, DocumentOrder::compare)
          .thenComparing(Finding::getRuleId)
          .thenComparing(Finding::getValues, ReportValidator::compareValues);

  private static int compareValues(Map<String, FindingValue> a, Map<String, FindingValue> b) {
    var left = a.values().iterator();
    var right = b.values().iterator();
    while (left.hasNext() && right.hasNext()) {
      int order = compareValue(left.next(), right.next());
      if (order != 0) {
        return order;
      }
    }
    return Boolean.compare(left.hasNext(), right.hasNext());
  }

  private static int compareValue(FindingValue a, FindingValue b) {
    if (a instanceof FindingValue.TermValue && b instanceof FindingValue.TermValue) {
      Enum<?> x = ((FindingValue.TermValue) a).term();
      Enum<?> y = ((FindingValue.TermValue) b).term();
      if (x.getDeclaringClass() == y.getDeclaringClass()) {
        return Integer.compare(x.ordinal(), y.ordinal());
      }
    }
    return a.toString().compareTo(b.toString());
  }

  /** Builds a {@link ReportValidator}. */
  public static final class Builder {
    private Locale locale = DEFAULT_LOCALE;
    private final List<Suppression> suppressions = new ArrayList<>();

    private Builder() {}

    /** The locale findings render their messages in by default. */
    public Builder locale(Locale locale) {
      this.locale = Objects.requireNonNull(locale, "locale");
      return this;
    }

    /** Acknowledges the findings {@code suppression} matches; the first matching one applies. */
    public Builder suppress(Suppression suppression) {
      suppressions.add(Objects.requireNonNull(suppression, "suppression"));
      return this;
    }

    /** Acknowledges the findings of rule {@code ruleId} at pointers matching {@code pattern}. */
    public Builder suppress(String ruleId, String pointerPattern, String reason) {
      return suppress(Suppression.of(ruleId, pointerPattern, reason));
    }

    /** The validator. */
    public ReportValidator build() {
      return new ReportValidator(locale, suppressions);
    }
  }

  /**
   * The engine's validator, for tests that read what it follows and compare it with the walk: one
   * factory, built on first use (about half a second), that ignores any {@code
   * META-INF/validation.xml} and renders no messages, so that no Expression Language implementation
   * is needed.
   */
  static Validator engine() {
    return Holder.VALIDATOR;
  }

  /** The one factory, built on first use. */
  private static final class Holder {
    static final ValidatorFactory FACTORY = factory();
    static final Validator VALIDATOR = FACTORY.getValidator();

    private static ValidatorFactory factory() {
      HibernateValidatorConfiguration configuration =
          Validation.byProvider(HibernateValidator.class).configure();
      // Follow no cascade below which no constraint lives: no count, section or indicator is
      // walked for nothing (CascadesReachConstraintsTest).
      ConstraintMapping mapping = configuration.createConstraintMapping();
      Map<Class<?>, TypeConstraintMappingContext<?>> types = new LinkedHashMap<>();
      for (Cascades.Cascade cascade : Cascades.unconstrained(Report.class)) {
        types
            .computeIfAbsent(cascade.owner(), owner -> mapping.type(owner))
            .getter(cascade.property())
            .ignoreAnnotations(true);
      }
      return configuration
          .ignoreXmlConfiguration()
          .addMapping(mapping)
          .messageInterpolator(new ParametersOnly())
          .traversableResolver(new EverythingTraversable())
          // Its answer is always yes: caching it would cost a hash map entry per node walked.
          .enableTraversableResolverResultCache(false)
          .buildValidatorFactory();
    }
  }

  /**
   * Renders no message — findings render theirs late — but keeps violations that differ in their
   * parameters apart: Hibernate Validator collects violations in a set whose equality includes the
   * message, so two findings of one rule at one pointer (two missing parts) need distinct texts.
   */
  private static final class ParametersOnly implements MessageInterpolator {
    @Override
    public String interpolate(String template, Context context) {
      Map<String, Object> parameters =
          context.unwrap(HibernateMessageInterpolatorContext.class).getMessageParameters();
      return parameters.isEmpty() ? template : template + new TreeMap<>(parameters);
    }

    @Override
    public String interpolate(String template, Context context, Locale locale) {
      return interpolate(template, context);
    }
  }

  /** The model is plain values: every property is reachable and cascadable (no JPA lookups). */
  private static final class EverythingTraversable implements TraversableResolver {
    @Override
    public boolean isReachable(
        Object bean, Path.Node property, Class<?> rootBeanType, Path path, ElementType type) {
      return true;
    }

    @Override
    public boolean isCascadable(
        Object bean, Path.Node property, Class<?> rootBeanType, Path path, ElementType type) {
      return true;
    }
  }
}
