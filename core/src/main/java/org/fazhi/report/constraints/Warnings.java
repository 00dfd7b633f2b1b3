package org.fazhi.report.constraints;

/**
 * The validation group of WARNING rules: figures against the regulations or very likely wrong,
 * which a real report may still explain. Not part of the {@link jakarta.validation.groups.Default
 * Default} group: validate with {@code validator.validate(report, Warnings.class)} to see them, or
 * use {@code fazhi-validation}'s {@code ReportValidator}, which runs every group.
 */
public interface Warnings {}
