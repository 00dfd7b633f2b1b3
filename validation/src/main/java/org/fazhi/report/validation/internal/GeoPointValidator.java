package org.fazhi.report.validation.internal;

import java.math.BigDecimal;
import java.util.Optional;
import org.fazhi.report.emergency.GeoPoint;
import org.fazhi.report.validation.Rule;

/** The rules of a point: latitude within ±90, longitude within ±180. */
public final class GeoPointValidator extends RulesValidator<GeoPoint> {
  static final BigDecimal MAX_LATITUDE = BigDecimal.valueOf(90);
  static final BigDecimal MAX_LONGITUDE = BigDecimal.valueOf(180);

  @Override
  void check(GeoPoint point, Checks checks) {
    Ranges.within(
        checks,
        Rule.EMERGENCY_LATITUDE_OUT_OF_RANGE,
        point.getLatitude(),
        MAX_LATITUDE.negate(),
        MAX_LATITUDE,
        Optional.empty(),
        "latitude");
    Ranges.within(
        checks,
        Rule.EMERGENCY_LONGITUDE_OUT_OF_RANGE,
        point.getLongitude(),
        MAX_LONGITUDE.negate(),
        MAX_LONGITUDE,
        Optional.empty(),
        "longitude");
  }
}
