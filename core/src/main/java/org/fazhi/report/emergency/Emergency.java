package org.fazhi.report.emergency;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.fazhi.report.constraints.ReportRules;
import org.fazhi.report.constraints.Warnings;
import org.fazhi.report.internal.Decimals;
import org.fazhi.report.internal.Invariants;
import org.fazhi.report.internal.JsonModel;
import org.fazhi.report.internal.ModelStyle;
import org.fazhi.report.outline.Anchored;
import org.fazhi.report.outline.SectionId;
import org.immutables.value.Value;

/**
 * An emergency the report describes and how it was handled: its kind, when (with the offset it was
 * reported in, +08:00 for Beijing time) and where, magnitude and focal depth for an earthquake, the
 * epicentre, and the response level activated. Yanggao 2024: an M3.9 earthquake on 2024-05-19 at
 * 03:35 (UTC+8), 13 km deep, at 40.35°N 113.78°E, level Ⅳ response.
 *
 * <p>Values outside their physical ranges are held as written; validation reports them.
 */
@Value.Immutable
@ReportRules
@ReportRules(groups = Warnings.class)
@ModelStyle
@JsonPropertyOrder({
  "kind",
  "description",
  "occurredAt",
  "place",
  "magnitude",
  "depthKilometres",
  "epicenter",
  "responseLevel",
  "section"
})
@JsonModel
public abstract class Emergency implements WithEmergency, Anchored {

  /** The kind of emergency. */
  public abstract EmergencyKind getKind();

  /** A short description in the report's words, if useful: {@code 3.9级地震}. */
  public abstract Optional<String> getDescription();

  /** When it happened, with the offset the report's local time has. */
  @JsonFormat(
      shape = JsonFormat.Shape.STRING,
      without = JsonFormat.Feature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
  public abstract Optional<OffsetDateTime> getOccurredAt();

  /** Where, in the report's words: {@code 阳高县}. */
  public abstract Optional<String> getPlace();

  /** The earthquake magnitude (震级), as written: 3.9. */
  public abstract Optional<BigDecimal> getMagnitude();

  /** The focal depth in kilometres (震源深度), as written: 13. */
  public abstract Optional<BigDecimal> getDepthKilometres();

  /** The epicentre or location, if given in degrees. */
  public abstract Optional<@Valid GeoPoint> getEpicenter();

  /** The response level activated, if any. */
  public abstract Optional<ResponseLevel> getResponseLevel();

  @Override
  public abstract Optional<SectionId> getSection();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Rejects a blank description or place and decimals beyond the model's bounds (more than 30
   * digits before the decimal point or 30 after); holds decimals with a negative scale as plain
   * ones.
   */
  @Value.Check
  Emergency check() {
    Invariants.notBlank(getDescription(), "description");
    Invariants.notBlank(getPlace(), "place");
    Optional<BigDecimal> magnitude =
        getMagnitude().map(m -> Decimals.bounded(m, "magnitude", "magnitude"));
    Optional<BigDecimal> depth =
        getDepthKilometres().map(d -> Decimals.bounded(d, "depthKilometres", "depthKilometres"));
    return magnitude.equals(getMagnitude()) && depth.equals(getDepthKilometres())
        ? this
        : ImmutableEmergency.copyOf(this).withMagnitude(magnitude).withDepthKilometres(depth);
  }

  /** Builds an {@link Emergency}. */
  public static final class Builder extends ImmutableEmergency.Builder {
    Builder() {}
  }
}
