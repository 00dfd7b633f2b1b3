package org.fazhi.report.decision;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.fazhi.report.constraints.ReportRules;
import org.fazhi.report.constraints.Warnings;
import org.fazhi.report.figure.Count;
import org.fazhi.report.internal.ModelStyle;
import org.fazhi.report.outline.Anchored;
import org.fazhi.report.outline.SectionId;
import org.immutables.value.Value;

/**
 * The annual catalog of major administrative decisions (重大行政决策事项目录, regulation art. 3): the
 * number of items the report declares, the items where it lists them, and the comment period it
 * commits to.
 */
@Value.Immutable
@ReportRules
@ReportRules(groups = Warnings.class)
@ModelStyle
@JsonPropertyOrder({"declared", "items", "commentPeriodDays", "section"})
@com.fasterxml.jackson.databind.annotation.JsonSerialize(as = ImmutableDecisionCatalog.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableDecisionCatalog.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableDecisionCatalog.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableDecisionCatalog.class)
public abstract class DecisionCatalog implements WithDecisionCatalog, Anchored {

  /** The number of items the report says the catalog holds (公布目录4项). */
  public abstract Optional<@Valid Count> getDeclared();

  /** The items, where the report lists them. */
  public abstract List<@Valid DecisionItem> getItems();

  /**
   * The comment period the report commits to for all items (征求意见期限一般不少于30日 is 30, at
   * least).
   */
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
