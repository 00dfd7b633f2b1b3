/**
 * Validation of reports against the Fazhi rule catalog: {@link
 * org.fazhi.report.validation.ReportValidator} returns {@link org.fazhi.report.validation.Finding
 * findings} — rule, severity, JSON Pointer, section, typed values, arithmetic, and a message
 * rendered late in Chinese or English — that a caller can {@link
 * org.fazhi.report.validation.Suppression acknowledge}. {@link org.fazhi.report.validation.Rule} is
 * the catalog.
 *
 * <p>On the class path, this module also makes a plain Jakarta validator (Spring's {@code @Valid})
 * enforce the catalog's ERROR rules on the model's {@code @ReportRules} constraint.
 */
package org.fazhi.report.validation;
