package org.fazhi.report.text;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import org.fazhi.report.emergency.EmergencyKind;
import org.fazhi.report.emergency.GeoPoint;
import org.fazhi.report.emergency.ResponseLevel;
import org.fazhi.report.outline.SectionId;
import org.fazhi.report.text.OutlineParser.Node;

/**
 * Reads emergencies: {@code 发生} after a date, then a kind ({@code 地震}, {@code 洪涝}, …), not negated
 * ({@code 未发生}); an earthquake's magnitude, focal depth and epicentre, the place, and a response
 * level stated later in the same section.
 */
final class EmergencyReader {
  /** An emergency being built. */
  static final class Draft {
    EmergencyKind kind;
    String description;
    OffsetDateTime occurredAt;
    String place;
    BigDecimal magnitude;
    BigDecimal depth;
    GeoPoint epicenter;
    ResponseLevel responseLevel;
    SectionId section;
    Node node;
  }

  final List<Draft> emergencies = new ArrayList<>();
  private final Placements placements;
  private final int reportingYear;

  EmergencyReader(Placements placements, int reportingYear) {
    this.placements = placements;
    this.reportingYear = reportingYear;
  }

  void read(Sentence s) {
    String text = s.text;
    int event = text.indexOf("发生");
    if (event < 0 && text.indexOf("响应") < 0) {
      return;
    }
    String digits = FigureScanner.asciiDigits(text);
    while (event >= 0) {
      boolean negated =
          event > 0
              && (text.startsWith("未", event - 1) || text.startsWith("没有", Math.max(0, event - 2)));
      String after = text.substring(event + 2);
      Optional<EmergencyKind> kind = Patterns.emergencyKind(after);
      FigureScanner.DateMention date = null;
      for (FigureScanner.DateMention d : s.scan.dates()) {
        if (d.end() <= event) {
          date = d;
        }
      }
      if (!negated && kind.isPresent() && date != null) {
        Draft draft = new Draft();
        draft.kind = kind.get();
        draft.section = s.section;
        draft.node = s.fragment.node();
        if (date.hour() >= 0) {
          try {
            draft.occurredAt =
                OffsetDateTime.of(
                    date.year() > 0 ? date.year() : reportingYear,
                    date.month(),
                    date.day(),
                    date.hour(),
                    Math.max(0, date.minute()),
                    0,
                    0,
                    ZoneOffset.ofHours(8));
          } catch (DateTimeException e) {
            draft.occurredAt = null;
          }
        }
        Matcher place = Patterns.PLACE.matcher(text);
        if (place.find(date.end())) {
          draft.place = place.group(1).replaceFirst("处$", "");
        }
        Matcher magnitude = Patterns.MAGNITUDE.matcher(digits);
        if (magnitude.find(event)) {
          draft.magnitude = new BigDecimal(magnitude.group(1));
          draft.description = text.substring(magnitude.start(), magnitude.end());
          placements.claim(
              s, magnitude.start(1), "/emergencies/" + emergencies.size() + "/magnitude");
        } else {
          draft.description = null;
        }
        Matcher depth = Patterns.DEPTH.matcher(digits);
        if (depth.find()) {
          draft.depth = new BigDecimal(depth.group(1));
          placements.claim(
              s, depth.start(1), "/emergencies/" + emergencies.size() + "/depthKilometres");
        }
        Matcher lat = Patterns.LATITUDE.matcher(digits);
        Matcher lon = Patterns.LONGITUDE.matcher(digits);
        if (lat.find() && lon.find()) {
          BigDecimal latitude = new BigDecimal(lat.group(2));
          BigDecimal longitude = new BigDecimal(lon.group(2));
          draft.epicenter =
              org.fazhi.report.emergency.ImmutableGeoPoint.builder()
                  .latitude(lat.group(1).equals("南纬") ? latitude.negate() : latitude)
                  .longitude(lon.group(1).equals("西经") ? longitude.negate() : longitude)
                  .build();
          placements.claim(
              s, lat.start(2), "/emergencies/" + emergencies.size() + "/epicenter/latitude");
          placements.claim(
              s, lon.start(2), "/emergencies/" + emergencies.size() + "/epicenter/longitude");
        }
        emergencies.add(draft);
      }
      event = text.indexOf("发生", event + 2);
    }
    Matcher response = Patterns.RESPONSE.matcher(text);
    if (response.find()) {
      for (int i = emergencies.size() - 1; i >= 0; i--) {
        Draft draft = emergencies.get(i);
        if (draft.node == s.fragment.node()) {
          if (draft.responseLevel == null) {
            draft.responseLevel = Patterns.responseLevel(response.group(1)).orElse(null);
          }
          break;
        }
      }
    }
  }
}
