package org.fazhi.report.emergency;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import org.fazhi.report.constraints.ReportRules;
import org.fazhi.report.internal.Decimals;
import org.fazhi.report.internal.JsonModel;
import org.fazhi.report.internal.ModelStyle;
import org.immutables.value.Value;

/**
 * A point in decimal degrees as written (北纬40.35度、东经113.78度): north and east positive. Any decimal
 * is held; whether it lies on the globe is validation's business.
 */
@Value.Immutable
@ReportRules
@ModelStyle
@JsonPropertyOrder({"latitude", "longitude"})
@JsonModel
public abstract class GeoPoint implements WithGeoPoint {

  /** Degrees north (negative: south). */
  public abstract BigDecimal getLatitude();

  /** Degrees east (negative: west). */
  public abstract BigDecimal getLongitude();

  /**
   * Refuses degrees beyond the model's bounds (more than 30 digits before the decimal point or 30
   * after) before expanding them; holds decimals with a negative scale (1E+2) in their plain form
   * (100).
   */
  @Value.Check
  GeoPoint normalize() {
    BigDecimal latitude = Decimals.bounded(getLatitude(), "latitude", "latitude");
    BigDecimal longitude = Decimals.bounded(getLongitude(), "longitude", "longitude");
    return latitude == getLatitude() && longitude == getLongitude()
        ? this
        : ImmutableGeoPoint.copyOf(this).withLatitude(latitude).withLongitude(longitude);
  }

  /** The point at {@code latitude}, {@code longitude}: {@code GeoPoint.of("40.35", "113.78")}. */
  public static GeoPoint of(String latitude, String longitude) {
    return ImmutableGeoPoint.builder()
        .latitude(new BigDecimal(latitude))
        .longitude(new BigDecimal(longitude))
        .build();
  }
}
