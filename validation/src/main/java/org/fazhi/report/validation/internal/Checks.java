package org.fazhi.report.validation.internal;

import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.LeafNodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.LeafNodeContextBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeContextBuilder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.fazhi.report.figure.Count;
import org.fazhi.report.outline.SectionId;
import org.fazhi.report.validation.Discrepancy;
import org.fazhi.report.validation.FindingValue;
import org.fazhi.report.validation.Rule;
import org.fazhi.report.validation.Severity;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * Collects the findings of one validator call and raises each as a Hibernate Validator constraint
 * violation: message template {@code {org.fazhi.report.validation.<rule-id>}}, named message
 * parameters, a property path down to the offending value, and the {@link Evidence} as dynamic
 * payload. Only rules of the severities the call runs for are raised.
 */
final class Checks {
  /**
   * At most this many findings of one rule and root cause are raised as violations: the first and
   * the {@value org.fazhi.report.validation.Finding#MAX_REPEATS_LISTED} a finding lists as repeats;
   * the others are counted ({@link Repeats}).
   */
  static final int RAISED_PER_CAUSE = org.fazhi.report.validation.Finding.MAX_REPEATS_LISTED + 1;

  private final HibernateConstraintValidatorContext context;
  private final Set<Severity> severities;
  private final Map<List<Object>, Repeats> repeats = new java.util.HashMap<>();
  private boolean defaultDisabled;
  private boolean raised;

  Checks(HibernateConstraintValidatorContext context, Set<Severity> severities) {
    this.context = context;
    this.severities = severities;
  }

  /** Whether a finding was raised. */
  boolean raised() {
    return raised;
  }

  /** Whether this call raises findings of {@code rule}; rules may skip their work when not. */
  boolean wants(Rule rule) {
    return severities.contains(rule.severity());
  }

  /** Starts a finding of {@code rule}; nothing is raised unless {@link #wants} holds. */
  FindingBuilder finding(Rule rule) {
    return new FindingBuilder(rule);
  }

  /** A finding under construction. */
  final class FindingBuilder {
    private final Rule rule;
    private final List<Object> path = new ArrayList<>();
    private final Map<String, FindingValue> values = new LinkedHashMap<>();
    private final Map<String, String> parameters = new LinkedHashMap<>();
    private Discrepancy discrepancy;
    private SectionId section;
    private boolean sectionDecided;
    private String cause;

    private FindingBuilder(Rule rule) {
      this.rule = rule;
    }

    /**
     * The path from the validated object down to the offending value: property names, and list
     * indices ({@code Integer}) or map keys (any other object) after the property that holds them:
     * {@code at("items", 2, "commentPeriodDays")}.
     */
    FindingBuilder at(Object... elements) {
      path.addAll(List.of(elements));
      return this;
    }

    FindingBuilder value(String name, Count count) {
      return put(name, new FindingValue.CountValue(count), count.toString());
    }

    /**
     * A figure computed from the report's: a count as written, a sum as a number, a range as text
     * ({@code ≥14}).
     */
    FindingBuilder value(String name, CaseRates.Term term) {
      if (term.count().isPresent()) {
        return value(name, term.count().get());
      }
      if (term.bounds().isExact()) {
        return value(name, new BigDecimal(term.bounds().lo));
      }
      return value(name, term.text());
    }

    /** The count, or where the report gives none the text {@code absent} in the message only. */
    FindingBuilder value(String name, Count count, String absent) {
      return count != null ? value(name, count) : parameter(name, absent);
    }

    FindingBuilder value(String name, Optional<Count> count) {
      return count.isPresent() ? value(name, count.get()) : this;
    }

    FindingBuilder value(String name, BigDecimal decimal) {
      return put(name, new FindingValue.DecimalValue(decimal), Decimals.format(decimal));
    }

    FindingBuilder value(String name, LocalDate date) {
      return put(name, new FindingValue.DateValue(date), date.toString());
    }

    FindingBuilder value(String name, String text) {
      return put(name, new FindingValue.TextValue(text), text);
    }

    FindingBuilder value(String name, Enum<?> term) {
      values.put(name, new FindingValue.TermValue(term));
      parameters.put(name, Labels.chinese(term));
      parameters.put(name + "En", Labels.english(term));
      return this;
    }

    /** A message parameter that is no value of the finding (an English label). */
    FindingBuilder parameter(String name, String text) {
      parameters.put(name, text);
      return this;
    }

    /** The term, as a value where {@code asValue} holds, else only in the message. */
    FindingBuilder value(String name, Enum<?> term, boolean asValue) {
      if (asValue) {
        return value(name, term);
      }
      parameters.put(name, Labels.chinese(term));
      parameters.put(name + "En", Labels.english(term));
      return this;
    }

    /** The rate the finding is about, named in the message. */
    FindingBuilder figure(Figure figure) {
      parameters.put("figure", figure.chinese);
      parameters.put("figureEn", figure.english);
      return this;
    }

    FindingBuilder discrepancy(Discrepancy discrepancy) {
      this.discrepancy = discrepancy;
      parameters.put("reported", Decimals.format(discrepancy.reported()));
      parameters.put("computed", Decimals.format(discrepancy.computed()));
      parameters.put("difference", Decimals.format(discrepancy.difference()));
      parameters.put("tolerance", Decimals.format(discrepancy.tolerance()));
      return this;
    }

    FindingBuilder section(Optional<SectionId> section) {
      this.section = section.orElse(null);
      this.sectionDecided = true;
      return this;
    }

    FindingBuilder section(SectionId section) {
      return section(Optional.of(section));
    }

    /** Marks findings of this rule with the same {@code cause} as repeats of one root cause. */
    FindingBuilder cause(String cause) {
      this.cause = cause;
      return this;
    }

    private FindingBuilder put(String name, FindingValue value, String text) {
      values.put(name, value);
      parameters.put(name, text);
      return this;
    }

    /** Raises the finding, if this call runs the rule's severity. */
    void report() {
      if (!wants(rule)) {
        return;
      }
      if (!defaultDisabled) {
        context.disableDefaultConstraintViolation();
        defaultDisabled = true;
      }
      Repeats ofCause =
          cause == null ? null : repeats.computeIfAbsent(List.of(rule, cause), k -> new Repeats());
      if (ofCause != null && !ofCause.raise()) {
        return;
      }
      raised = true;
      Evidence evidence =
          new Evidence(
              rule, values, discrepancy, section, sectionDecided, cause, ofCause, parameters);
      context.withDynamicPayload(evidence);
      parameters.forEach(context::addMessageParameter);
      ConstraintViolationBuilder builder =
          context.buildConstraintViolationWithTemplate("{" + rule.messageKey() + "}");
      addPath(builder);
    }

    private void addPath(ConstraintViolationBuilder builder) {
      Object current = builder;
      Object pending = null;
      for (Object element : path) {
        if (element instanceof String) {
          NodeBuilderCustomizableContext node = property(current, (String) element);
          current = pending == null ? node : positioned(node.inIterable(), pending);
          pending = null;
        } else {
          pending = element;
        }
      }
      if (pending != null) {
        LeafNodeContextBuilder leaf = bean(current).inIterable();
        if (pending instanceof Integer) {
          leaf.atIndex((Integer) pending).addConstraintViolation();
        } else {
          leaf.atKey(pending).addConstraintViolation();
        }
      } else if (current instanceof ConstraintViolationBuilder) {
        ((ConstraintViolationBuilder) current).addConstraintViolation();
      } else if (current instanceof NodeBuilderCustomizableContext) {
        ((NodeBuilderCustomizableContext) current).addConstraintViolation();
      } else {
        ((NodeBuilderDefinedContext) current).addConstraintViolation();
      }
    }

    private NodeBuilderCustomizableContext property(Object context, String name) {
      if (context instanceof ConstraintViolationBuilder) {
        return ((ConstraintViolationBuilder) context).addPropertyNode(name);
      }
      if (context instanceof NodeBuilderCustomizableContext) {
        return ((NodeBuilderCustomizableContext) context).addPropertyNode(name);
      }
      return ((NodeBuilderDefinedContext) context).addPropertyNode(name);
    }

    private LeafNodeBuilderCustomizableContext bean(Object context) {
      if (context instanceof ConstraintViolationBuilder) {
        return ((ConstraintViolationBuilder) context).addBeanNode();
      }
      if (context instanceof NodeBuilderCustomizableContext) {
        return ((NodeBuilderCustomizableContext) context).addBeanNode();
      }
      return ((NodeBuilderDefinedContext) context).addBeanNode();
    }

    private NodeBuilderDefinedContext positioned(NodeContextBuilder node, Object position) {
      return position instanceof Integer ? node.atIndex((Integer) position) : node.atKey(position);
    }
  }
}
