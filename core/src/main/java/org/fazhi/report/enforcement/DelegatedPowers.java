package org.fazhi.report.enforcement;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import java.util.Optional;
import org.fazhi.report.MeetingReference;
import org.fazhi.report.constraints.ReportRules;
import org.fazhi.report.constraints.Warnings;
import org.fazhi.report.figure.Count;
import org.fazhi.report.figure.Rate;
import org.fazhi.report.internal.JsonModel;
import org.fazhi.report.internal.ModelStyle;
import org.fazhi.report.outline.Anchored;
import org.fazhi.report.outline.SectionId;
import org.immutables.value.Value;

/**
 * Enforcement powers delegated to townships (乡镇赋权) and their review: the powers granted, the
 * proposals to remove or make them optional, how many were cut and kept, the published cut rate,
 * and the meeting that approved the adjustment. Yanggao 2024: 55 granted, on average 32 cut and 23
 * kept, 58% cut, approved at the county government's 37th executive meeting.
 */
@Value.Immutable
@ReportRules
@ReportRules(groups = Warnings.class)
@ModelStyle
@JsonPropertyOrder({
  "granted",
  "removalProposals",
  "optionalProposals",
  "townships",
  "cut",
  "kept",
  "perTownshipAverage",
  "cutRate",
  "approvedAt",
  "section"
})
@JsonModel
public abstract class DelegatedPowers implements WithDelegatedPowers, Anchored {

  /** Enforcement powers granted to townships (赋权的行政执法职权). */
  public abstract Optional<@Valid Count> getGranted();

  /** Powers proposed for removal (取消建议). */
  public abstract Optional<@Valid Count> getRemovalProposals();

  /** Powers proposed as optional (任意选取建议). */
  public abstract Optional<@Valid Count> getOptionalProposals();

  /** Townships concerned, where stated. */
  public abstract Optional<@Valid Count> getTownships();

  /** Powers cut by the adjustment (减少). */
  public abstract Optional<@Valid Count> getCut();

  /** Powers kept after the adjustment (保留). */
  public abstract Optional<@Valid Count> getKept();

  /** Whether cut and kept are averages per township (平均减少, 平均保留). */
  @Value.Default
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  public boolean isPerTownshipAverage() {
    return false;
  }

  /** The published cut rate (压减率): cut over granted, a share. */
  public abstract Optional<@Valid Rate> getCutRate();

  /** The meeting that approved the adjustment, if given. */
  public abstract Optional<@Valid MeetingReference> getApprovedAt();

  @Override
  public abstract Optional<SectionId> getSection();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link DelegatedPowers}. */
  public static final class Builder extends ImmutableDelegatedPowers.Builder {
    Builder() {}
  }
}
