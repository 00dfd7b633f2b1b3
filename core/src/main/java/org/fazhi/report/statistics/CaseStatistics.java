package org.fazhi.report.statistics;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import java.util.Optional;
import org.fazhi.report.internal.JsonModel;
import org.fazhi.report.internal.ModelStyle;
import org.immutables.value.Value;

/** The case statistics of a report, one block per kind of case; each present where reported. */
@Value.Immutable
@ModelStyle
@JsonPropertyOrder({
  "reconsideration",
  "litigation",
  "judgmentPerformance",
  "legalAid",
  "mediation",
  "publicLegalServices"
})
@JsonModel
public abstract class CaseStatistics implements WithCaseStatistics {

  /** Administrative reconsideration (行政复议). */
  public abstract Optional<@Valid Reconsideration> getReconsideration();

  /** Administrative litigation (行政诉讼). */
  public abstract Optional<@Valid Litigation> getLitigation();

  /** Performance of effective court judgments (履行法院生效裁判). */
  public abstract Optional<@Valid JudgmentPerformance> getJudgmentPerformance();

  /** Legal aid (法律援助). */
  public abstract Optional<@Valid LegalAid> getLegalAid();

  /** People's mediation (人民调解). */
  public abstract Optional<@Valid Mediation> getMediation();

  /** Public legal services (公共法律服务). */
  public abstract Optional<@Valid PublicLegalServices> getPublicLegalServices();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** No case statistics. */
  public static CaseStatistics empty() {
    return builder().build();
  }

  /** Builds {@link CaseStatistics}. */
  public static final class Builder extends ImmutableCaseStatistics.Builder {
    Builder() {}
  }
}
