package org.fazhi.report.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The annotated model type is checked against the consistency rules of the Fazhi rule catalog
 * (accepted ≤ received, rates against their counts, dates, numbering, …).
 *
 * <p>The rules themselves live in {@code fazhi-validation}, which registers a validator for every
 * annotated type through {@code META-INF/services/jakarta.validation.ConstraintValidator}.
 * <strong>A Jakarta validator that validates a report needs {@code fazhi-validation} on its class
 * path</strong>; without it, validation fails with Hibernate Validator's HV000030 ("no validator
 * could be found").
 *
 * <p>The severity of a rule decides the group it runs in: rules of severity ERROR — figures that
 * cannot be true under any reading — run in the {@link jakarta.validation.groups.Default Default}
 * group, so that a plain {@code @Valid} rejects only reports that cannot be true; WARNING rules run
 * in {@link Warnings}, INFO rules in {@link Information}. A type carries one annotation per group
 * it has rules for.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = {})
@Repeatable(ReportRules.List.class)
public @interface ReportRules {

  /** Not used for findings, each of which has a message of its own; kept for the specification. */
  String message() default "{org.fazhi.report.validation.rules}";

  /** The group: empty for ERROR rules, {@link Warnings} or {@link Information}. */
  Class<?>[] groups() default {};

  /** Not used. */
  Class<? extends Payload>[] payload() default {};

  /** Holds the {@link ReportRules} of one type, one per group. */
  @Documented
  @Target(ElementType.TYPE)
  @Retention(RetentionPolicy.RUNTIME)
  @interface List {
    /** The annotations. */
    ReportRules[] value();
  }
}
