package org.fazhi.report.decision;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import java.util.Optional;
import org.fazhi.report.internal.JsonModel;
import org.fazhi.report.internal.ModelStyle;
import org.immutables.value.Value;

/**
 * Lawful decision-making (依法决策): the major-decision catalog, legality review, normative documents
 * and legal advisers; each present where reported.
 */
@Value.Immutable
@ModelStyle
@JsonPropertyOrder({"catalog", "legalityReview", "normativeDocuments", "legalAdvisers"})
@JsonModel
public abstract class DecisionMaking implements WithDecisionMaking {

  /** The major-decision catalog. */
  public abstract Optional<@Valid DecisionCatalog> getCatalog();

  /** Legality review. */
  public abstract Optional<@Valid LegalityReview> getLegalityReview();

  /** Normative documents. */
  public abstract Optional<@Valid NormativeDocuments> getNormativeDocuments();

  /** Legal advisers. */
  public abstract Optional<@Valid LegalAdvisers> getLegalAdvisers();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Nothing reported on decision-making. */
  public static DecisionMaking empty() {
    return builder().build();
  }

  /** Builds {@link DecisionMaking}. */
  public static final class Builder extends ImmutableDecisionMaking.Builder {
    Builder() {}
  }
}
