package org.fazhi.report;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.Optional;
import org.fazhi.report.constraints.ReportRules;
import org.fazhi.report.constraints.Warnings;
import org.fazhi.report.internal.Invariants;
import org.fazhi.report.internal.JsonModel;
import org.fazhi.report.internal.ModelStyle;
import org.immutables.value.Value;

/**
 * The administrative division a report speaks for: its name, its level, and — where known — its
 * code with the date the code was valid on (codes are renumbered: Datong's districts were in 2018).
 */
@Value.Immutable
@ReportRules
@ReportRules(groups = Warnings.class)
@ModelStyle
@JsonPropertyOrder({"name", "level", "code", "codeValidOn"})
@JsonModel
public abstract class AdministrativeDivision implements WithAdministrativeDivision {

  /** The name: {@code 阳高县}. */
  public abstract String getName();

  /** The declared level. */
  public abstract DivisionLevel getLevel();

  /** The division code, if known. */
  public abstract Optional<DivisionCode> getCode();

  /** The date the code is valid on, if known. */
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  public abstract Optional<LocalDate> getCodeValidOn();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Invariants.notBlank(getName(), "name");
  }

  /** Builds an {@link AdministrativeDivision}. */
  public static final class Builder extends ImmutableAdministrativeDivision.Builder {
    Builder() {}
  }
}
