package org.fazhi.report.validation;

import jakarta.validation.ConstraintViolation;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.fazhi.report.outline.SectionId;
import org.fazhi.report.validation.internal.Evidence;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.immutables.value.Value;

/**
 * What a rule found in a report: the rule (with its stable id and severity), a JSON Pointer to the
 * offending value in the report's JSON form, the section concerned where there is one, the values
 * involved as typed values, the arithmetic for arithmetic rules, and a message rendered late, in
 * any locale, from the catalog's resource bundles.
 *
 * <p>Where one root cause repeats (many facts naming the same missing section), the findings are
 * grouped into one: it carries the first pointer, and {@link #getRepeats()} the others.
 *
 * <p>Immutable and thread-safe. No code should branch on the message: use the rule, the pointer and
 * the values.
 */
@Value.Immutable
@Value.Style(
    get = {"get*", "is*"},
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    jdkOnly = true,
    defaults = @Value.Immutable(copy = true))
public abstract class Finding {
  /** At most this many pointers of repeats are listed in {@link #getRepeats()}. */
  public static final int MAX_REPEATS_LISTED = 20;

  Finding() {}

  /** The rule. */
  public abstract Rule getRule();

  /** The rule's stable id: {@code reconsideration.accepted-exceeds-received}. */
  @Value.Derived
  public String getRuleId() {
    return getRule().id();
  }

  /** The rule's severity. */
  @Value.Derived
  public Severity getSeverity() {
    return getRule().severity();
  }

  /**
   * The JSON Pointer (RFC 6901) to the offending value in the report's JSON form: {@code
   * /statistics/reconsideration/closed}, {@code /emergencies/0/epicenter/latitude}. For a sum, the
   * figure it is compared with; for a missing part, where it would be.
   */
  public abstract String getPointer();

  /** The section the finding concerns, where there is one. */
  public abstract Optional<SectionId> getSection();

  /** The values involved, by name, in the order the rule names them. */
  public abstract Map<String, FindingValue> getValues();

  /** The arithmetic, for arithmetic rules. */
  public abstract Optional<Discrepancy> getDiscrepancy();

  /**
   * The pointers of the further findings this one groups (same rule, same root cause), at most
   * {@value #MAX_REPEATS_LISTED}.
   */
  public abstract List<String> getRepeats();

  /** How many further findings this one groups; may exceed the pointers listed. */
  @Value.Default
  public int getRepeatCount() {
    return getRepeats().size();
  }

  /** The suppression that acknowledges this finding, if one does. */
  public abstract Optional<Suppression> getSuppression();

  /** Whether a suppression acknowledges this finding. */
  @Value.Derived
  public boolean isSuppressed() {
    return getSuppression().isPresent();
  }

  /** What groups repeats: the rule's cause, or the pointer. */
  abstract Optional<String> cause();

  /** Repeats of the cause the rule found but did not raise as violations. */
  @Value.Default
  int unraised() {
    return 0;
  }

  /** The message parameters. */
  abstract Map<String, String> parameters();

  /** The locale {@link #getMessage()} renders in. */
  @Value.Default
  Locale locale() {
    return ReportValidator.DEFAULT_LOCALE;
  }

  /** The message in the locale of the validator that produced the finding (zh-CN by default). */
  public String getMessage() {
    return getMessage(locale());
  }

  /**
   * The message in {@code locale}: Chinese for zh, English for en; for another language, the
   * language of the JVM's default locale if it is one of those, else Chinese — Java's standard
   * resource-bundle fallback, which Hibernate Validator follows for the framework's messages too.
   */
  public String getMessage(Locale locale) {
    return Messages.render(getRule(), parameters(), locale);
  }

  /**
   * The finding a constraint violation carries, if it comes from this catalog: for applications
   * that validate with their own Jakarta validator (Spring's {@code @Valid}). Not grouped, not
   * suppressed.
   */
  public static Optional<Finding> of(ConstraintViolation<?> violation) {
    Evidence evidence;
    try {
      HibernateConstraintViolation<?> hibernate =
          violation.unwrap(HibernateConstraintViolation.class);
      evidence = hibernate.getDynamicPayload(Evidence.class);
    } catch (jakarta.validation.ValidationException notHibernate) {
      return Optional.empty();
    }
    if (evidence == null) {
      return Optional.empty();
    }
    Optional<SectionId> section =
        evidence.sectionDecided()
            ? evidence.section()
            : Pointers.sectionOf(violation.getPropertyPath());
    return Optional.of(of(Pointers.of(violation.getPropertyPath()), section, evidence));
  }

  /**
   * The finding of {@code evidence} at {@code path} (as {@link Pointers#of(List)} reads it), in
   * {@code innermost} section unless the rule decided one.
   */
  static Finding of(List<Object> path, Optional<SectionId> innermost, Evidence evidence) {
    return of(
        Pointers.of(path), evidence.sectionDecided() ? evidence.section() : innermost, evidence);
  }

  private static Finding of(String pointer, Optional<SectionId> section, Evidence evidence) {
    return ImmutableFinding.builder()
        .rule(evidence.rule())
        .pointer(pointer)
        .section(section)
        .values(evidence.values())
        .discrepancy(evidence.discrepancy())
        .cause(evidence.cause())
        .unraised(evidence.unraised())
        .parameters(evidence.parameters())
        .build();
  }

  /** {@code [ERROR] rule-id at /pointer: message}, in the finding's locale. */
  @Override
  public String toString() {
    return "["
        + getSeverity()
        + "] "
        + getRuleId()
        + " at "
        + (getPointer().isEmpty() ? "/" : getPointer())
        + (getRepeatCount() > 0 ? " (+" + getRepeatCount() + " more)" : "")
        + (isSuppressed() ? " (suppressed: " + getSuppression().get().reason() + ")" : "")
        + ": "
        + getMessage();
  }
}
