/**
 * The rules themselves: one Hibernate Validator constraint validator per model type, registered in
 * {@code META-INF/services/jakarta.validation.ConstraintValidator}. Not part of the API.
 */
package org.fazhi.report.validation.internal;
