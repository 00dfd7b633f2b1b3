package org.fazhi.report.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.fazhi.report.Report;
import org.fazhi.report.figure.Count;
import org.fazhi.report.statistics.Reconsideration;
import org.fazhi.report.validation.internal.RuleWalk;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/**
 * {@link ReportValidator}'s engine follows a cascade only where it leads to a constraint: it walks
 * no count, section or indicator for nothing, and still reaches every type with a constraint that a
 * plain Jakarta validator reaches. A plain validator keeps following every cascade of the model, so
 * that a constraint an application maps onto a count is found.
 */
class CascadesReachConstraintsTest {
  private static final Validator PLAIN =
      Validation.byDefaultProvider()
          .configure()
          .messageInterpolator(new ParameterMessageInterpolator())
          .buildValidatorFactory()
          .getValidator();

  @Test
  void everyCascadeTheEngineFollows_leadsToAConstraint() {
    Graph engine = Graph.from(ReportValidator.engine());
    assertThat(engine.cascades).as("cascades the engine follows").isNotEmpty();
    Map<String, String> pointless = new LinkedHashMap<>();
    engine.cascades.forEach(
        (cascade, target) -> {
          if (!engine.reaching.contains(target)) {
            pointless.put(cascade, target.getName());
          }
        });
    assertThat(pointless).as("cascades into types without constraints").isEmpty();
  }

  @Test
  void theEngine_reachesEveryConstrainedTypeAPlainValidatorReaches() {
    Set<Class<?>> plain = Graph.from(PLAIN).constrained;
    assertThat(plain).as("constrained types a plain validator reaches").hasSizeGreaterThan(10);
    assertThat(Graph.from(ReportValidator.engine()).constrained).isEqualTo(plain);
  }

  @Test
  void theFacadesWalk_followsExactlyTheCascadesTheEngineFollows() throws ClassNotFoundException {
    RuleWalk walk = RuleWalk.from(Report.class);
    Graph engine = Graph.from(ReportValidator.engine());
    for (Class<?> type : engine.targets.keySet()) {
      Set<String> followed = new TreeSet<>();
      for (PropertyDescriptor property :
          ReportValidator.engine().getConstraintsForClass(type).getConstrainedProperties()) {
        if (property.isCascaded()
            || property.getConstrainedContainerElementTypes().stream()
                .anyMatch(ContainerElementTypeDescriptor::isCascaded)) {
          followed.add(property.getPropertyName());
        }
      }
      Class<?> built = Class.forName(type.getPackageName() + ".Immutable" + type.getSimpleName());
      assertThat(new TreeSet<>(walk.followedProperties(built)))
          .as("cascades the walk follows out of %s", type.getSimpleName())
          .isEqualTo(followed);
    }
  }

  @Test
  void aPlainValidator_stillCascadesIntoCounts() {
    PropertyDescriptor received =
        PLAIN.getConstraintsForClass(Reconsideration.class).getConstraintsForProperty("received");
    assertThat(received.getConstrainedContainerElementTypes())
        .anySatisfy(
            element -> {
              assertThat(element.isCascaded()).isTrue();
              assertThat(element.getElementClass()).isEqualTo(Count.class);
            });
    assertThat(
            ReportValidator.engine()
                .getConstraintsForClass(Reconsideration.class)
                .getConstraintsForProperty("received"))
        .isNull();
  }

  /** The cascades a validator follows from {@link Report}, and the types they reach. */
  private static final class Graph {
    final Validator validator;
    final Map<String, Class<?>> cascades = new LinkedHashMap<>();
    final Map<Class<?>, Set<Class<?>>> targets = new LinkedHashMap<>();
    final Set<Class<?>> constrained = new HashSet<>();
    final Set<Class<?>> reaching = new HashSet<>();

    private Graph(Validator validator) {
      this.validator = validator;
    }

    static Graph from(Validator validator) {
      Graph graph = new Graph(validator);
      graph.collect(Report.class);
      for (Class<?> type : graph.targets.keySet()) {
        if (graph.carriesConstraint(type)) {
          graph.constrained.add(type);
        }
      }
      graph.reaching.addAll(graph.constrained);
      for (boolean grew = true; grew; ) {
        grew = false;
        for (Map.Entry<Class<?>, Set<Class<?>>> type : graph.targets.entrySet()) {
          if (!graph.reaching.contains(type.getKey())
              && type.getValue().stream().anyMatch(graph.reaching::contains)) {
            grew |= graph.reaching.add(type.getKey());
          }
        }
      }
      return graph;
    }

    private void collect(Class<?> type) {
      if (targets.containsKey(type)) {
        return;
      }
      Set<Class<?>> next = new HashSet<>();
      targets.put(type, next);
      for (PropertyDescriptor property :
          validator.getConstraintsForClass(type).getConstrainedProperties()) {
        String name = type.getSimpleName() + "." + property.getPropertyName();
        if (property.isCascaded()) {
          cascades.put(name, property.getElementClass());
          next.add(property.getElementClass());
        }
        for (ContainerElementTypeDescriptor element :
            property.getConstrainedContainerElementTypes()) {
          if (element.isCascaded()) {
            cascades.put(name + "[]", element.getElementClass());
            next.add(element.getElementClass());
          }
        }
      }
      next.forEach(this::collect);
    }

    /** Whether {@code type} itself carries a constraint, on the class or on a property. */
    private boolean carriesConstraint(Class<?> type) {
      BeanDescriptor bean = validator.getConstraintsForClass(type);
      if (!bean.getConstraintDescriptors().isEmpty()) {
        return true;
      }
      for (PropertyDescriptor property : bean.getConstrainedProperties()) {
        if (!property.getConstraintDescriptors().isEmpty()) {
          return true;
        }
        for (ContainerElementTypeDescriptor element :
            property.getConstrainedContainerElementTypes()) {
          if (!element.getConstraintDescriptors().isEmpty()) {
            return true;
          }
        }
      }
      return false;
    }
  }
}
