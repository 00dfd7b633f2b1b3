package org.fazhi.report.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.groups.Default;
import java.util.EnumSet;
import java.util.Set;
import org.fazhi.report.constraints.Information;
import org.fazhi.report.constraints.ReportRules;
import org.fazhi.report.constraints.Warnings;
import org.fazhi.report.validation.Severity;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * The validator of {@link ReportRules} for one model type: runs the type's rules of the severity
 * that the annotation's group carries (none or {@link Default}: ERROR; {@link Warnings}: WARNING;
 * {@link Information}: INFO) and raises a constraint violation per finding.
 *
 * <p>Stateless after {@link #initialize}; Hibernate Validator shares one instance per annotation
 * across threads.
 *
 * @param <T> the model type
 */
public abstract class RulesValidator<T> implements ConstraintValidator<ReportRules, T> {
  private Set<Severity> severities = EnumSet.of(Severity.ERROR);

  @Override
  public void initialize(ReportRules annotation) {
    severities = severitiesOf(annotation.groups());
  }

  static Set<Severity> severitiesOf(Class<?>[] groups) {
    if (groups.length == 0) {
      return EnumSet.of(Severity.ERROR);
    }
    Set<Severity> result = EnumSet.noneOf(Severity.class);
    for (Class<?> group : groups) {
      for (Severity severity : Severity.values()) {
        if (severity.group() == group) {
          result.add(severity);
        }
      }
    }
    return result;
  }

  @Override
  public final boolean isValid(T value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    Checks checks =
        new Checks(
            new Violations(context.unwrap(HibernateConstraintValidatorContext.class)), severities);
    check(value, checks);
    return !checks.raised();
  }

  /**
   * Runs the rules of {@code severities} on {@code value}, raising findings into {@code sink}: for
   * {@link RuleWalk}, which calls once for all the severities a type's annotations carry.
   */
  final void run(T value, Set<Severity> severities, Checks.Sink sink) {
    check(value, new Checks(sink, severities));
  }

  /** Applies the rules to {@code value}. */
  abstract void check(T value, Checks checks);
}
