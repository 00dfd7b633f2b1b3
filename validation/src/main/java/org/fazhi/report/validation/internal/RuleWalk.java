package org.fazhi.report.validation.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.fazhi.report.constraints.ReportRules;
import org.fazhi.report.outline.Anchored;
import org.fazhi.report.outline.SectionId;
import org.fazhi.report.validation.Severity;

/**
 * Runs the rule catalog over a report without Hibernate Validator's engine: the facade's own walk.
 * It follows the cascades the facade's engine follows (the model's {@code @Valid} cascades that
 * lead to a {@code @ReportRules} type, {@link Cascades}), and calls each annotated type's rules
 * once for all the severities its annotations carry, where the engine walks the graph once per
 * group. It finds exactly what the engine finds: the same findings at the same paths, with the
 * engine's folding of identical violations (ReportValidator's equivalence property).
 *
 * <p>What it reads of a model type (its annotations, getters and rules) is read once per class and
 * kept for the life of the class. Thread-safe: share one instance.
 */
public final class RuleWalk {
  /** Receives what a walk finds. */
  public interface Findings {
    /**
     * One finding: its path from the root (property names, and list indices or map keys after the
     * property that holds them), the section of the innermost typed fact on that path that names
     * one, and its evidence.
     */
    void found(List<Object> path, Optional<SectionId> section, Evidence evidence);
  }

  /** The rules of every {@code @ReportRules} type, as registered for Hibernate Validator. */
  static final List<Supplier<RulesValidator<?>>> VALIDATORS =
      List.of(
          AdministrativeDivisionValidator::new,
          AdministrativeEnforcementValidator::new,
          DecisionCatalogValidator::new,
          DecisionItemValidator::new,
          DelegatedPowersValidator::new,
          DutyListValidator::new,
          EmergencyValidator::new,
          GeoPointValidator::new,
          JudgmentPerformanceValidator::new,
          LegalAdvisersValidator::new,
          LegalAidValidator::new,
          LegalityReviewValidator::new,
          LitigationValidator::new,
          MediationValidator::new,
          NormativeDocumentsValidator::new,
          OutlineValidator::new,
          PublicLegalServicesValidator::new,
          RateValidator::new,
          ReconsiderationValidator::new,
          RectificationListValidator::new,
          ReportMetadataValidator::new,
          ReportRulesValidator::new);

  private final Set<Class<?>> reaching;
  private final ClassValue<WalkedType> types =
      new ClassValue<>() {
        @Override
        protected WalkedType computeValue(Class<?> type) {
          return WalkedType.of(type, reaching);
        }
      };

  private RuleWalk(Set<Class<?>> reaching) {
    this.reaching = reaching;
  }

  /** The walk of the graphs whose root is of type {@code root}. */
  public static RuleWalk from(Class<?> root) {
    return new RuleWalk(Set.copyOf(Cascades.reaching(root)));
  }

  /** Applies every rule below {@code root} and hands each finding to {@code findings}. */
  public void walk(Object root, Findings findings) {
    new Visit(findings).bean(root, Optional.empty());
  }

  /** The cascades the walk follows out of objects of class {@code type}: their property names. */
  public List<String> followedProperties(Class<?> type) {
    return types.get(type).cascades().stream().map(Cascade::property).toList();
  }

  /** The rules the walk runs on objects of class {@code type}, with their severities. */
  List<TypeRules> rulesOf(Class<?> type) {
    return types.get(type).rules();
  }

  /** One validator's rules on an annotated type, for the severities its annotations carry. */
  record TypeRules(RulesValidator<Object> validator, Set<Severity> severities) {}

  /** How a cascade reaches what it walks into. */
  enum Container {
    NONE,
    OPTIONAL,
    LIST,
    MAP
  }

  /** A followed cascade: the getter, the property name in paths, and its container. */
  record Cascade(Method getter, String property, Container container) {
    private static final Object[] NO_ARGUMENTS = {};

    Object read(Object bean) {
      try {
        return getter.invoke(bean, NO_ARGUMENTS); // not an empty array per call
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("cannot read " + property + " of " + bean.getClass(), e);
      }
    }
  }

  /** What the walk does at objects of one class. */
  record WalkedType(List<TypeRules> rules, List<Cascade> cascades) {
    static WalkedType of(Class<?> type, Set<Class<?>> reaching) {
      return new WalkedType(WalkedTypes.rules(type), WalkedTypes.cascades(type, reaching));
    }
  }

  /** One walk: the path to where it stands. */
  private final class Visit {
    private final Findings findings;
    private final List<Object> path = new ArrayList<>();

    Visit(Findings findings) {
      this.findings = findings;
    }

    void bean(Object bean, Optional<SectionId> section) {
      WalkedType type = types.get(bean.getClass());
      // Indexed, not iterated: no iterator per list for every bean walked.
      List<TypeRules> typeRules = type.rules();
      for (int i = 0; i < typeRules.size(); i++) {
        TypeRules rules = typeRules.get(i);
        CallSink sink = new CallSink(section);
        rules.validator().run(bean, rules.severities(), sink);
        sink.handOver();
      }
      List<Cascade> cascades = type.cascades();
      for (int i = 0; i < cascades.size(); i++) {
        Cascade cascade = cascades.get(i);
        Object value = cascade.read(bean);
        if (value == null) {
          continue;
        }
        path.add(cascade.property());
        switch (cascade.container()) {
          case NONE -> into(value, section);
          case OPTIONAL -> {
            Optional<?> present = (Optional<?>) value;
            if (present.isPresent()) {
              into(present.get(), section);
            }
          }
          case LIST -> {
            int index = 0;
            for (Object element : (Iterable<?>) value) {
              at(index++, element, section);
            }
          }
          case MAP -> {
            for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
              at(entry.getKey(), entry.getValue(), section);
            }
          }
        }
        path.remove(path.size() - 1);
      }
    }

    private void at(Object position, Object element, Optional<SectionId> section) {
      path.add(position);
      into(element, section);
      path.remove(path.size() - 1);
    }

    private void into(Object value, Optional<SectionId> section) {
      if (value == null) {
        return;
      }
      Optional<SectionId> inner = section;
      if (value instanceof Anchored anchored && anchored.getSection().isPresent()) {
        inner = anchored.getSection();
      }
      bean(value, inner);
    }

    /**
     * Takes one validator call's findings onto the path where the walk stands, and hands them over
     * once the call has returned, when their evidence's count of repeats is final. Folds a finding
     * identical to one the same call raised before (same rule, path and message parameters), as the
     * engine's set of violations does.
     */
    private final class CallSink implements Checks.Sink {
      private final Optional<SectionId> section;
      private Map<List<Object>, Raised> raised;

      private record Raised(List<Object> path, Evidence evidence) {}

      CallSink(Optional<SectionId> section) {
        this.section = section;
      }

      @Override
      public void raise(List<Object> relative, Evidence evidence) {
        List<Object> full = new ArrayList<>(path.size() + relative.size());
        full.addAll(path);
        full.addAll(relative);
        if (raised == null) {
          raised = new LinkedHashMap<>();
        }
        raised.putIfAbsent(
            List.of(evidence.rule(), full, evidence.parameters()), new Raised(full, evidence));
      }

      void handOver() {
        if (raised == null) {
          return;
        }
        for (Raised finding : raised.values()) {
          findings.found(finding.path(), section, finding.evidence());
        }
      }
    }
  }

  /** The type argument of a validator's {@code RulesValidator<T>}. */
  static Class<?> validatedType(RulesValidator<?> validator) {
    ParameterizedType type = (ParameterizedType) validator.getClass().getGenericSuperclass();
    return (Class<?>) type.getActualTypeArguments()[0];
  }

  /** The severities of all of {@code annotations}. */
  static Set<Severity> severitiesOf(ReportRules[] annotations) {
    Set<Severity> severities = EnumSet.noneOf(Severity.class);
    for (ReportRules annotation : annotations) {
      severities.addAll(RulesValidator.severitiesOf(annotation.groups()));
    }
    return severities;
  }
}
