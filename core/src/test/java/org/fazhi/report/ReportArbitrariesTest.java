package org.fazhi.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Example;
import org.fazhi.report.facts.Fact;
import org.fazhi.report.facts.Facts;
import org.fazhi.report.facts.FigureType;
import org.fazhi.report.figure.Approximation;
import org.fazhi.report.figure.ChangeDirection;
import org.fazhi.report.figure.Indicator;
import org.fazhi.report.figure.Scale;
import org.fazhi.report.json.ReportJson;
import org.fazhi.report.outline.HeadingPlacement;
import org.fazhi.report.outline.LocatedSection;
import org.fazhi.report.outline.NumberingStyle;
import org.fazhi.report.outline.Section;
import org.fazhi.report.statistics.Breakdown;
import org.fazhi.report.statistics.BreakdownDimension;
import org.fazhi.report.statistics.BreakdownItem;
import org.fazhi.report.statistics.OutcomeGroup;
import org.fazhi.report.statistics.Reconsideration;

/**
 * {@link ReportArbitraries#reports()} generates what its documentation promises, in a sample of
 * {@value #SAMPLE} reports: every property of every model type set in some report, outlines of
 * every depth from 1 to 5 with every numbering style, several label spellings and both heading
 * placements, approximate counts, the largest count, decimals of every scale, counts with every
 * scale word, every shape of metadata, and the shapes of real reports in each variant.
 */
class ReportArbitrariesTest {
  private static final int SAMPLE = 300;

  private static List<Report> sample() {
    return ReportArbitraries.reports().sampleStream().limit(SAMPLE).collect(Collectors.toList());
  }

  @Example
  void everyPropertyOfEveryType_isSetInSomeReport() {
    Map<String, Set<String>> unsetInAll = null;
    for (Report report : sample()) {
      Map<String, Set<String>> unset = ModelTypes.unsetProperties(report);
      if (unsetInAll == null) {
        unsetInAll = unset;
        continue;
      }
      unsetInAll.keySet().retainAll(unset.keySet());
      for (Map.Entry<String, Set<String>> type : unsetInAll.entrySet()) {
        type.getValue().retainAll(unset.get(type.getKey()));
      }
      unsetInAll.values().removeIf(Set::isEmpty);
    }
    assertThat(unsetInAll).isEmpty();
  }

  @Example
  void outlines_nestOneToFiveDeep_withEveryStyleAndPlacement() {
    Set<Integer> depths = new HashSet<>();
    Set<NumberingStyle> styles = EnumSet.noneOf(NumberingStyle.class);
    Set<HeadingPlacement> placements = EnumSet.noneOf(HeadingPlacement.class);
    Set<String> labels = new HashSet<>();
    boolean unnumbered = false;
    boolean runIn = false;
    for (Report report : sample()) {
      List<LocatedSection> walked = report.getOutline().walk();
      walked.stream().mapToInt(LocatedSection::depth).max().ifPresent(depths::add);
      for (LocatedSection located : walked) {
        Section section = located.getSection();
        section.getNumbering().ifPresent(n -> styles.add(n.getStyle()));
        section.getNumbering().ifPresent(n -> labels.add(n.getLabel()));
        section.getHeading().ifPresent(h -> placements.add(h.getPlacement()));
        unnumbered |= section.getNumbering().isEmpty();
        runIn |= section.isRunIn();
      }
    }
    assertThat(depths).contains(1, 2, 3, 4, 5);
    assertThat(styles).containsExactlyInAnyOrder(NumberingStyle.values());
    assertThat(placements).containsExactlyInAnyOrder(HeadingPlacement.values());
    assertThat(labels)
        .contains(
            "一、",
            "\uFF08一\uFF09",
            "(一)",
            "1.",
            "1\u3001",
            "\uFF11\uFF0E",
            "\uFF081\uFF09",
            "(1)",
            "①",
            "一是");
    assertThat(unnumbered).isTrue();
    assertThat(runIn).isTrue();
  }

  @Example
  void figures_areExactAndApproximate_withDecimalsOfEveryScale() {
    Set<Approximation> approximations = EnumSet.noneOf(Approximation.class);
    Set<Integer> scales = new HashSet<>();
    boolean largestCount = false;
    for (Report report : sample()) {
      for (Indicator indicator : report.getIndicators()) {
        scales.add(indicator.getQuantity().getValue().scale());
        approximations.add(indicator.getQuantity().getApproximation());
      }
      largestCount |= ReportJson.create().write(report).contains(": " + Long.MAX_VALUE);
    }
    assertThat(approximations).containsExactlyInAnyOrder(Approximation.values());
    assertThat(scales).containsExactlyInAnyOrder(0, 1, 2, 3);
    assertThat(largestCount).isTrue();
  }

  @Example
  void counts_areWrittenWithEveryScaleWord_withDecimals_andEveryApproximation() {
    Set<Scale> scales = EnumSet.noneOf(Scale.class);
    Set<Approximation> scaledApproximations = EnumSet.noneOf(Approximation.class);
    boolean scaledWithDecimals = false;
    for (Report report : sample()) {
      for (Fact fact : Facts.of(report)) {
        if (fact.getConcept().type() != FigureType.COUNT || fact.getValue().isEmpty()) {
          continue;
        }
        scales.add(fact.getScale());
        if (fact.getScale() != Scale.ONE) {
          scaledApproximations.add(fact.getApproximation());
          scaledWithDecimals |= fact.getValue().get().scale() > 0;
        }
      }
    }
    assertThat(scales).containsExactlyInAnyOrder(Scale.values());
    assertThat(scaledApproximations).containsExactlyInAnyOrder(Approximation.values());
    assertThat(scaledWithDecimals).isTrue();
  }

  /** The shapes of metadata: the year only, a period only (within a year or not), both, neither. */
  @Example
  void metadata_hasTheYearOnly_aPeriodOnly_both_andNeither() {
    Set<String> shapes = new HashSet<>();
    for (Report report : sample()) {
      ReportMetadata metadata = report.getMetadata();
      if (metadata.getPeriod().isEmpty()) {
        shapes.add(
            metadata.getReportingYear().isEmpty()
                ? "neither"
                : "a year without its period, which the metadata derives");
        continue;
      }
      ReportingPeriod period = metadata.getPeriod().get();
      if (metadata.getReportingYear().isEmpty()) {
        shapes.add("several years, no year");
      } else if (period.equals(ReportingPeriod.ofYear(metadata.getReportingYear().getAsInt()))) {
        shapes.add("a whole year");
      } else if (period.getStart().getYear() == period.getEnd().getYear()) {
        shapes.add("part of a year");
      } else {
        shapes.add("a year and a period past it");
      }
    }
    assertThat(shapes)
        .containsExactlyInAnyOrder(
            "neither",
            "several years, no year",
            "a whole year",
            "part of a year",
            "a year and a period past it");
  }

  @Example
  void realReportShapes_occurInEveryVariant() {
    boolean openGroup = false;
    boolean closedGroup = false;
    Set<String> items = new HashSet<>();
    boolean otherDimension = false;
    Set<Integer> seriesSizes = new HashSet<>();
    Set<ChangeDirection> directions = EnumSet.noneOf(ChangeDirection.class);
    for (Report report : sample()) {
      Optional<Reconsideration> reconsideration = report.getStatistics().getReconsideration();
      for (OutcomeGroup group :
          reconsideration.map(Reconsideration::getOutcomeGroups).orElse(List.of())) {
        openGroup |= group.isOpen();
        closedGroup |= !group.isOpen();
      }
      for (Breakdown breakdown :
          reconsideration.map(Reconsideration::getBreakdowns).orElse(List.of())) {
        otherDimension |= breakdown.getDimension() == BreakdownDimension.OTHER;
        for (BreakdownItem item : breakdown.getItems()) {
          items.add(
              (item.getCount().isPresent() ? "count" : "")
                  + (item.getShare().isPresent() ? "share" : ""));
        }
      }
      report.getSeries().forEach(series -> seriesSizes.add(series.getPoints().size()));
      report.getChanges().forEach(change -> directions.add(change.getChange().getDirection()));
    }
    assertThat(openGroup).isTrue();
    assertThat(closedGroup).isTrue();
    assertThat(otherDimension).isTrue();
    assertThat(items).containsExactlyInAnyOrder("count", "share", "countshare");
    assertThat(seriesSizes).containsExactlyInAnyOrder(1, 2, 3);
    assertThat(directions).containsExactlyInAnyOrder(ChangeDirection.values());
  }
}
