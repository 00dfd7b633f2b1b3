package org.fazhi.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Example;
import org.fazhi.report.figure.Approximation;
import org.fazhi.report.figure.Indicator;
import org.fazhi.report.json.ReportJson;
import org.fazhi.report.outline.HeadingPlacement;
import org.fazhi.report.outline.LocatedSection;
import org.fazhi.report.outline.NumberingStyle;
import org.fazhi.report.outline.Section;

/**
 * {@link ReportArbitraries#reports()} generates what its documentation promises, in a sample of
 * {@value #SAMPLE} reports: every property of every model type set in some report, outlines of
 * every depth from 1 to 5 with every numbering style, several label spellings and both heading
 * placements, approximate counts, the largest count, and decimals of every scale.
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
            "一、", "\uFF08一\uFF09", "(一)", "1.", "1\u3001", "\uFF11\uFF0E", "\uFF081\uFF09",
            "(1)", "①", "一是");
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
}
