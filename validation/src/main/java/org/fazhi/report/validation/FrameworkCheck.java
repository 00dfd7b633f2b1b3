package org.fazhi.report.validation;

import jakarta.validation.ValidationException;
import jakarta.validation.Validator;
import jakarta.validation.metadata.BeanDescriptor;
import org.fazhi.report.Report;

/**
 * A startup check that an application's own Jakarta validator — the one behind Spring's or
 * Quarkus's {@code @Valid} — sees the report's rules.
 *
 * <p>A validator that does not know the model validates nothing and says nothing: Quarkus builds
 * its validator at build time from the Jandex index and ignores constraints of a jar it has no
 * index of (fazhi jars ship {@code META-INF/jandex.idx}; repackaging can lose it), and a validator
 * configured with a fixed set of classes ({@code PredefinedScopeHibernateValidator}) ignores every
 * other class. Call {@link #requireReportRules} once at startup, so such a build fails loudly
 * instead of accepting every report.
 */
public final class FrameworkCheck {
  private FrameworkCheck() {}

  /**
   * Returns normally if {@code validator} sees the report's constraints.
   *
   * @throws IllegalStateException if it sees none, with what to check
   */
  public static void requireReportRules(Validator validator) {
    boolean constrained;
    try {
      BeanDescriptor report = validator.getConstraintsForClass(Report.class);
      constrained = report.isBeanConstrained() && !report.getConstraintDescriptors().isEmpty();
    } catch (ValidationException unknownClass) {
      constrained = false;
    }
    if (!constrained) {
      throw new IllegalStateException(
          "this Jakarta validator sees no constraint on "
              + Report.class.getName()
              + ", so @Valid would accept every report. In Quarkus, the fazhi-core and"
              + " fazhi-validation jars must keep their META-INF/jandex.idx (or be listed in"
              + " quarkus.index-dependency); a validator built with a fixed set of classes must"
              + " include the model's Immutable* classes.");
    }
  }
}
