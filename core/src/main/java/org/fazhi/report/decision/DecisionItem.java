package org.fazhi.report.decision;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import java.util.Optional;
import java.util.SortedMap;
import org.fazhi.report.constraints.ReportRules;
import org.fazhi.report.constraints.Warnings;
import org.fazhi.report.figure.Count;
import org.fazhi.report.internal.Invariants;
import org.fazhi.report.internal.JsonModel;
import org.fazhi.report.internal.ModelStyle;
import org.immutables.value.Value;

/**
 * One major administrative decision in the annual catalog: its title, sponsor, the statutory
 * procedures carried out, the public comment period, and where it stands.
 */
@Value.Immutable
@ReportRules(groups = Warnings.class)
@ModelStyle
@JsonPropertyOrder({"title", "sponsor", "procedures", "commentPeriodDays", "status"})
@JsonModel
public abstract class DecisionItem implements WithDecisionItem {

  /** The decision's title as listed. */
  public abstract String getTitle();

  /** The sponsoring body (承办单位), if listed. */
  public abstract Optional<String> getSponsor();

  /** The statutory procedures whose status the report gives. */
  @Value.NaturalOrder
  public abstract SortedMap<DecisionProcedure, ProcedureStatus> getProcedures();

  /** The public comment period in days (征求意见期限), if given; the regulation says generally ≥ 30. */
  public abstract Optional<@Valid Count> getCommentPeriodDays();

  /** Where the decision stands, if the report says. */
  public abstract Optional<DecisionStatus> getStatus();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Invariants.notBlank(getTitle(), "title");
    Invariants.notBlank(getSponsor(), "sponsor");
  }

  /** Builds a {@link DecisionItem}. */
  public static final class Builder extends ImmutableDecisionItem.Builder {
    Builder() {}
  }
}
