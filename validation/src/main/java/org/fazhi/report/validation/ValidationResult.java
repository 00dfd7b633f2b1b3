package org.fazhi.report.validation;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The findings of one validation, in a stable order: by severity (ERROR first), then by pointer in
 * document order (properties in the order of the JSON form, list items by index), then by rule id.
 * Suppressed findings stay in, marked.
 *
 * <p>"Valid" is derived, never stored: a report is valid when no active (unsuppressed) finding is
 * an ERROR. Immutable and thread-safe.
 */
public final class ValidationResult {
  private final List<Finding> findings;

  ValidationResult(List<Finding> findings) {
    this.findings = List.copyOf(findings);
  }

  /** Every finding, suppressed ones included. */
  public List<Finding> getFindings() {
    return findings;
  }

  /** The findings no suppression acknowledges. */
  public List<Finding> getActive() {
    return findings.stream()
        .filter(f -> !f.isSuppressed())
        .collect(Collectors.toUnmodifiableList());
  }

  /** The findings a suppression acknowledges. */
  public List<Finding> getSuppressed() {
    return findings.stream().filter(Finding::isSuppressed).collect(Collectors.toUnmodifiableList());
  }

  /** The active findings of {@code severity}. */
  public List<Finding> getActive(Severity severity) {
    return findings.stream()
        .filter(f -> !f.isSuppressed() && f.getSeverity() == severity)
        .collect(Collectors.toUnmodifiableList());
  }

  /** The active ERRORs. */
  public List<Finding> getErrors() {
    return getActive(Severity.ERROR);
  }

  /** The active WARNINGs. */
  public List<Finding> getWarnings() {
    return getActive(Severity.WARNING);
  }

  /** The active INFOs. */
  public List<Finding> getInfos() {
    return getActive(Severity.INFO);
  }

  /** The findings, suppressed or not, of {@code rule}. */
  public List<Finding> getFindings(Rule rule) {
    return findings.stream()
        .filter(f -> f.getRule() == rule)
        .collect(Collectors.toUnmodifiableList());
  }

  /** Whether no active finding is an ERROR: the report's figures can all be true. */
  public boolean isValid() {
    return getErrors().isEmpty();
  }

  /** One line per finding. */
  @Override
  public String toString() {
    if (findings.isEmpty()) {
      return "no findings";
    }
    return findings.stream().map(Finding::toString).collect(Collectors.joining("\n"));
  }
}
