package org.fazhi.report.decision;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import java.util.Optional;
import org.fazhi.report.constraints.ReportRules;
import org.fazhi.report.figure.Count;
import org.fazhi.report.figure.Rate;
import org.fazhi.report.internal.JsonModel;
import org.fazhi.report.internal.ModelStyle;
import org.fazhi.report.outline.Anchored;
import org.fazhi.report.outline.SectionId;
import org.immutables.value.Value;

/**
 * Legality review (合法性审查, 合法性审核) of documents, agreements and decisions before they are adopted:
 * what was reviewed, the opinions given, and the published review rate.
 */
@Value.Immutable
@ReportRules
@ModelStyle
@JsonPropertyOrder({
  "documents",
  "agreements",
  "decisions",
  "enforcementDecisions",
  "opinions",
  "reviewRate",
  "section"
})
@JsonModel
public abstract class LegalityReview implements WithLegalityReview, Anchored {

  /** Documents reviewed (文件); where the report counts documents and agreements together, here. */
  public abstract Optional<@Valid Count> getDocuments();

  /** Agreements and contracts reviewed (协议, 合同), where counted apart. */
  public abstract Optional<@Valid Count> getAgreements();

  /** Major decisions reviewed (重大行政决策). */
  public abstract Optional<@Valid Count> getDecisions();

  /** Major enforcement decisions reviewed (重大执法决定法制审核). */
  public abstract Optional<@Valid Count> getEnforcementDecisions();

  /** Opinions and problems raised by the review (提出意见建议). */
  public abstract Optional<@Valid Count> getOpinions();

  /** The published review rate (合法性审核率), a share. */
  public abstract Optional<@Valid Rate> getReviewRate();

  @Override
  public abstract Optional<SectionId> getSection();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link LegalityReview}. */
  public static final class Builder extends ImmutableLegalityReview.Builder {
    Builder() {}
  }
}
