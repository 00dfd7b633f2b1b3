package org.fazhi.report.accountability;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.fazhi.report.DocumentReference;
import org.fazhi.report.constraints.ReportRules;
import org.fazhi.report.constraints.Warnings;
import org.fazhi.report.figure.Count;
import org.fazhi.report.figure.Rate;
import org.fazhi.report.internal.Invariants;
import org.fazhi.report.internal.JsonModel;
import org.fazhi.report.internal.ModelStyle;
import org.fazhi.report.outline.Anchored;
import org.fazhi.report.outline.SectionId;
import org.immutables.value.Value;

/**
 * A rectification list (整改清单) drawn up after an inspection (督察): the inspection it answers, the
 * document that required it, its items where listed, and how many problems were found and
 * rectified.
 */
@Value.Immutable
@ReportRules
@ReportRules(groups = Warnings.class)
@ModelStyle
@JsonPropertyOrder({
  "title",
  "owner",
  "origin",
  "basis",
  "items",
  "problems",
  "rectified",
  "rectificationRate",
  "section"
})
@JsonModel
public abstract class RectificationList implements WithRectificationList, Anchored {

  /** The title without book-title marks: {@code 全面依法治省督察阳高问题整改清单}. */
  public abstract String getTitle();

  /** Who drew it up or answers for it, if given. */
  public abstract Optional<String> getOwner();

  /** The inspection whose findings it answers, in the report's words, if given. */
  public abstract Optional<String> getOrigin();

  /** The document that required it, if cited: {@code 同法治办〔2024〕6号}. */
  public abstract Optional<@Valid DocumentReference> getBasis();

  /** The items, where the report lists them. */
  public abstract List<@Valid RectificationItem> getItems();

  /** Problems on the list, where counted. */
  public abstract Optional<@Valid Count> getProblems();

  /** Problems rectified, where counted. */
  public abstract Optional<@Valid Count> getRectified();

  /** The published rectification rate (整改率), a share. */
  public abstract Optional<@Valid Rate> getRectificationRate();

  @Override
  public abstract Optional<SectionId> getSection();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Invariants.notBlank(getTitle(), "title");
    Invariants.notBlank(getOwner(), "owner");
    Invariants.notBlank(getOrigin(), "origin");
  }

  /** Builds a {@link RectificationList}. */
  public static final class Builder extends ImmutableRectificationList.Builder {
    Builder() {}
  }
}
