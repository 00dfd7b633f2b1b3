package org.fazhi.report.statistics;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import java.util.Optional;
import java.util.SortedMap;
import org.fazhi.report.constraints.ReportRules;
import org.fazhi.report.figure.Count;
import org.fazhi.report.internal.Invariants;
import org.fazhi.report.internal.JsonModel;
import org.fazhi.report.internal.ModelStyle;
import org.fazhi.report.outline.Anchored;
import org.fazhi.report.outline.SectionId;
import org.immutables.value.Value;

/**
 * How the government and its agencies performed effective court judgments (履行法院生效裁判): the cases,
 * those concluded, the judgments, and those performed.
 */
@Value.Immutable
@ReportRules
@ModelStyle
@JsonPropertyOrder({
  "cases",
  "concluded",
  "judgments",
  "judgmentsComplete",
  "performed",
  "statement",
  "section"
})
@JsonModel
public abstract class JudgmentPerformance implements WithJudgmentPerformance, Anchored {

  /** Cases in which an agency was the defendant (应诉案件). */
  public abstract Optional<@Valid Count> getCases();

  /** Cases concluded (审理终结). */
  public abstract Optional<@Valid Count> getConcluded();

  /** Concluded cases by the court's decision, as far as the report breaks them down. */
  @Value.NaturalOrder
  public abstract SortedMap<JudgmentType, @Valid Count> getJudgments();

  /** Whether the report says its breakdown of judgments covers every concluded case. */
  @Value.Default
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  public boolean isJudgmentsComplete() {
    return false;
  }

  /** Judgments performed (已履行), where counted. */
  public abstract Optional<@Valid Count> getPerformed();

  /** The sentence as written when it states the performance without figures (均已自觉主动履行). */
  public abstract Optional<String> getStatement();

  @Override
  public abstract Optional<SectionId> getSection();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Invariants.notBlank(getStatement(), "statement");
  }

  /** Builds a {@link JudgmentPerformance}. */
  public static final class Builder extends ImmutableJudgmentPerformance.Builder {
    Builder() {}
  }
}
