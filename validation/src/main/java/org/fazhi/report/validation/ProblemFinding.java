package org.fazhi.report.validation;

import java.util.Objects;

/**
 * One entry of a {@link ReportProblem}: what is wrong, how seriously, where, and in words.
 *
 * @param ruleId the catalog's rule id ({@code reconsideration.accepted-exceeds-received}); for a
 *     document that could not be read, {@code json.} and the {@link
 *     org.fazhi.report.json.ReportJsonException.Problem} in kebab case ({@code
 *     json.unknown-property}); for a constraint not of this catalog (an application's own
 *     {@code @NotNull}), the constraint annotation's class name
 * @param severity how serious it is
 * @param pointer the JSON Pointer (RFC 6901) of the value: {@code
 *     /statistics/reconsideration/accepted}; empty for the whole document
 * @param message the message in the problem's locale
 */
public record ProblemFinding(String ruleId, Severity severity, String pointer, String message) {
  /** Checks that no part is null. */
  public ProblemFinding {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(message, "message");
  }

  /** {@code finding} in {@code locale}. */
  public static ProblemFinding of(Finding finding, java.util.Locale locale) {
    return new ProblemFinding(
        finding.getRuleId(),
        finding.getSeverity(),
        finding.getPointer(),
        finding.getMessage(locale));
  }
}
