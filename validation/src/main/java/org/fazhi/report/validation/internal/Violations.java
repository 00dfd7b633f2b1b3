package org.fazhi.report.validation.internal;

import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.LeafNodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.LeafNodeContextBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeContextBuilder;
import java.util.List;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * Raises findings as Hibernate Validator constraint violations: message template {@code
 * {org.fazhi.report.validation.<rule-id>}}, named message parameters, a property path down to the
 * offending value, and the {@link Evidence} as dynamic payload. One per validator call.
 */
final class Violations implements Checks.Sink {
  private final HibernateConstraintValidatorContext context;
  private boolean defaultDisabled;

  Violations(HibernateConstraintValidatorContext context) {
    this.context = context;
  }

  @Override
  public void raise(List<Object> path, Evidence evidence) {
    if (!defaultDisabled) {
      context.disableDefaultConstraintViolation();
      defaultDisabled = true;
    }
    context.withDynamicPayload(evidence);
    evidence.parameters().forEach(context::addMessageParameter);
    addPath(
        context.buildConstraintViolationWithTemplate("{" + evidence.rule().messageKey() + "}"),
        path);
  }

  private static void addPath(ConstraintViolationBuilder builder, List<Object> path) {
    Object current = builder;
    Object pending = null;
    for (Object element : path) {
      if (element instanceof String name) {
        NodeBuilderCustomizableContext node = property(current, name);
        current = pending == null ? node : positioned(node.inIterable(), pending);
        pending = null;
      } else {
        pending = element;
      }
    }
    if (pending != null) {
      LeafNodeContextBuilder leaf = bean(current).inIterable();
      if (pending instanceof Integer index) {
        leaf.atIndex(index).addConstraintViolation();
      } else {
        leaf.atKey(pending).addConstraintViolation();
      }
    } else if (current instanceof ConstraintViolationBuilder violation) {
      violation.addConstraintViolation();
    } else if (current instanceof NodeBuilderCustomizableContext node) {
      node.addConstraintViolation();
    } else {
      ((NodeBuilderDefinedContext) current).addConstraintViolation();
    }
  }

  private static NodeBuilderCustomizableContext property(Object context, String name) {
    if (context instanceof ConstraintViolationBuilder violation) {
      return violation.addPropertyNode(name);
    }
    if (context instanceof NodeBuilderCustomizableContext node) {
      return node.addPropertyNode(name);
    }
    return ((NodeBuilderDefinedContext) context).addPropertyNode(name);
  }

  private static LeafNodeBuilderCustomizableContext bean(Object context) {
    if (context instanceof ConstraintViolationBuilder violation) {
      return violation.addBeanNode();
    }
    if (context instanceof NodeBuilderCustomizableContext node) {
      return node.addBeanNode();
    }
    return ((NodeBuilderDefinedContext) context).addBeanNode();
  }

  private static NodeBuilderDefinedContext positioned(NodeContextBuilder node, Object position) {
    return position instanceof Integer index ? node.atIndex(index) : node.atKey(position);
  }
}
