package org.fazhi.report.accountability;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.fazhi.report.constraints.ReportRules;
import org.fazhi.report.figure.Count;
import org.fazhi.report.figure.Rate;
import org.fazhi.report.internal.Invariants;
import org.fazhi.report.internal.JsonModel;
import org.fazhi.report.internal.ModelStyle;
import org.fazhi.report.outline.Anchored;
import org.fazhi.report.outline.SectionId;
import org.immutables.value.Value;

/**
 * A duty list (责任清单, 职责清单): its kind, title and owner, its items where listed, and how far it
 * reaches — e.g. 22 township leaders who built their own lists after the county's.
 */
@Value.Immutable
@ReportRules
@ModelStyle
@JsonPropertyOrder({
  "kind",
  "title",
  "owner",
  "items",
  "itemCount",
  "holders",
  "coverageRate",
  "section"
})
@JsonModel
public abstract class DutyList implements WithDutyList, Anchored {

  /** What the list lists. */
  public abstract DutyListKind getKind();

  /** The title without book-title marks, if named. */
  public abstract Optional<String> getTitle();

  /** Whose duties the list sets out: {@code 县委、县政府主要负责人}. */
  public abstract Optional<String> getOwner();

  /** The items, where the report lists them. */
  public abstract List<String> getItems();

  /** The number of items, where stated. */
  public abstract Optional<@Valid Count> getItemCount();

  /** How many people or units hold such a list (22名党政主要负责人建立职责清单). */
  public abstract Optional<@Valid Count> getHolders();

  /** The published coverage rate, a share. */
  public abstract Optional<@Valid Rate> getCoverageRate();

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
    Invariants.noBlankElements(getItems(), "items");
  }

  /** Builds a {@link DutyList}. */
  public static final class Builder extends ImmutableDutyList.Builder {
    Builder() {}
  }
}
