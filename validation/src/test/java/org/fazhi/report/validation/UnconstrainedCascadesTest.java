package org.fazhi.report.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/**
 * The facade's factory does not follow the cascades in {@link
 * ReportValidator#UNCONSTRAINED_CASCADES}; that loses nothing only while no constraint lives below
 * them. This fails the day one does.
 */
class UnconstrainedCascadesTest {
  private static final Validator PLAIN =
      Validation.byDefaultProvider()
          .configure()
          .messageInterpolator(new ParameterMessageInterpolator())
          .buildValidatorFactory()
          .getValidator();

  @Test
  void noConstraintLivesBelowASkippedCascade() throws ClassNotFoundException {
    assertThat(ReportValidator.UNCONSTRAINED_CASCADES).isNotEmpty();
    for (String cascade : ReportValidator.UNCONSTRAINED_CASCADES) {
      String type = cascade.substring(0, cascade.indexOf('.'));
      String property = cascade.substring(cascade.indexOf('.') + 1);
      Class<?> owner =
          Class.forName(
              type.equals("Report")
                  ? "org.fazhi.report.Report"
                  : "org.fazhi.report.outline." + type);
      PropertyDescriptor descriptor =
          PLAIN.getConstraintsForClass(owner).getConstraintsForProperty(property);
      assertThat(descriptor).as(cascade + " is a cascade").isNotNull();
      Set<Class<?>> below = new HashSet<>();
      for (ContainerElementTypeDescriptor element :
          descriptor.getConstrainedContainerElementTypes()) {
        assertThat(element.isCascaded()).as(cascade).isTrue();
        assertUnconstrained(element.getElementClass(), below);
      }
      assertThat(below).as(cascade + " reaches types").isNotEmpty();
    }
  }

  private static void assertUnconstrained(Class<?> type, Set<Class<?>> seen) {
    if (!seen.add(type)) {
      return;
    }
    BeanDescriptor bean = PLAIN.getConstraintsForClass(type);
    assertThat(bean.getConstraintDescriptors()).as(type.getName()).isEmpty();
    for (PropertyDescriptor property : bean.getConstrainedProperties()) {
      assertThat(property.getConstraintDescriptors()).as(type + "." + property).isEmpty();
      for (ContainerElementTypeDescriptor element :
          property.getConstrainedContainerElementTypes()) {
        assertThat(element.getConstraintDescriptors()).as(type + "." + property).isEmpty();
        if (element.isCascaded()) {
          assertUnconstrained(element.getElementClass(), seen);
        }
      }
      if (property.isCascaded()) {
        assertUnconstrained(property.getElementClass(), seen);
      }
    }
  }
}
