package org.fazhi.report.decision;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import org.fazhi.report.constraints.ReportRules;
import org.fazhi.report.constraints.Warnings;
import org.fazhi.report.figure.Count;
import org.fazhi.report.internal.JsonModel;
import org.fazhi.report.internal.ModelStyle;
import org.fazhi.report.outline.Anchored;
import org.fazhi.report.outline.SectionId;
import org.immutables.value.Value;

/**
 * The annual catalog of major administrative decisions (重大行政决策事项目录, regulation art. 3) and the
 * procedure behind it: whether the catalog was published and procedure rules issued (as the report
 * states it, yes or no), the number of items declared, items by status, the items where listed, the
 * hearings, expert reviews and risk assessments held, and the comment period committed to.
 */
@Value.Immutable
@ReportRules
@ReportRules(groups = Warnings.class)
@ModelStyle
@JsonPropertyOrder({
  "published",
  "procedureRulesIssued",
  "declared",
  "statusCounts",
  "items",
  "hearings",
  "expertReviews",
  "riskAssessments",
  "commentPeriodDays",
  "section"
})
@JsonModel
public abstract class DecisionCatalog implements WithDecisionCatalog, Anchored {

  /**
   * Whether the report says the catalog was made public (公开决策事项目录: true; 未公布目录: false); absent when
   * it says neither.
   */
  public abstract Optional<Boolean> getPublished();

  /**
   * Whether the report says procedure rules for major decisions were issued (出台重大行政决策程序规定: true);
   * absent when it says neither.
   */
  public abstract Optional<Boolean> getProcedureRulesIssued();

  /** The number of items the report says the catalog holds (公布目录4项). */
  public abstract Optional<@Valid Count> getDeclared();

  /** Items by status, where the report counts them (已作出决策3项, 正在推进1项). */
  @Value.NaturalOrder
  public abstract SortedMap<DecisionStatus, @Valid Count> getStatusCounts();

  /** The items, where the report lists them. */
  public abstract List<@Valid DecisionItem> getItems();

  /** Public hearings held on major decisions (听证会). */
  public abstract Optional<@Valid Count> getHearings();

  /** Expert reviews held (专家论证). */
  public abstract Optional<@Valid Count> getExpertReviews();

  /** Risk assessments carried out (风险评估). */
  public abstract Optional<@Valid Count> getRiskAssessments();

  /** The comment period the report commits to for all items (征求意见期限一般不少于30日 is 30, at least). */
  public abstract Optional<@Valid Count> getCommentPeriodDays();

  @Override
  public abstract Optional<SectionId> getSection();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DecisionCatalog}. */
  public static final class Builder extends ImmutableDecisionCatalog.Builder {
    Builder() {}
  }
}
