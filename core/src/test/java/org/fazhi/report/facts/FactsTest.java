package org.fazhi.report.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.fazhi.report.Report;
import org.fazhi.report.ReportFixtures;
import org.fazhi.report.ReportMetadata;
import org.fazhi.report.ReportingPeriod;
import org.fazhi.report.TrainingActivity;
import org.fazhi.report.enforcement.AdministrativeEnforcement;
import org.fazhi.report.figure.Approximation;
import org.fazhi.report.figure.Change;
import org.fazhi.report.figure.Count;
import org.fazhi.report.figure.Indicator;
import org.fazhi.report.figure.Quantity;
import org.fazhi.report.figure.Scale;
import org.fazhi.report.figure.Scope;
import org.fazhi.report.figure.ScopeLevel;
import org.fazhi.report.json.ReportJson;
import org.fazhi.report.outline.SectionId;
import org.fazhi.report.statistics.CaseStage;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The facts of {@link ReportFixtures#EVERY_PROPERTY}, a report on the Yanggao County 2024 figures
 * that states every kind of figure, and of one-line variants of it and of {@link
 * ReportFixtures#MINIMAL}.
 */
class FactsTest {
  private static final Report YANGGAO = ReportFixtures.EVERY_PROPERTY;
  private static final List<Fact> FACTS = Facts.of(YANGGAO);

  /** The report's own period: 2024-01-01 to 2024-12-03, the date of the document. */
  private static final ReportingPeriod PERIOD =
      ReportingPeriod.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 3));

  private static final SectionId RECONSIDERATION = SectionId.parse("s1.3.1");

  private static Fact fact(String pointer) {
    List<Fact> found =
        FACTS.stream().filter(f -> f.getPointer().equals(pointer)).collect(Collectors.toList());
    assertThat(found).as(pointer).hasSize(1);
    return found.get(0);
  }

  private static BigDecimal decimal(String value) {
    return new BigDecimal(value);
  }

  private static Fact.Builder count(String concept, String pointer, long value) {
    return Fact.builder()
        .concept(Concept.of(concept))
        .value(BigDecimal.valueOf(value))
        .lowerBound(BigDecimal.valueOf(value))
        .upperBound(BigDecimal.valueOf(value))
        .period(PERIOD)
        .pointer(pointer);
  }

  // ---- of(Report): typed fields

  @Test
  void of_aCount_isItsConceptValueBoundsPeriodPointerAndSection() {
    assertThat(fact("/statistics/reconsideration/accepted"))
        .isEqualTo(
            count("reconsideration.accepted", "/statistics/reconsideration/accepted", 31)
                .section(RECONSIDERATION)
                .build());
  }

  @Test
  void of_aFirstFact_isTheFirstFigureOfTheJsonForm() {
    assertThat(FACTS.get(0).getConcept()).isEqualTo(Concept.of("reconsideration.received"));
    assertThat(FACTS.get(0).getPointer()).isEqualTo("/statistics/reconsideration/received");
  }

  @Test
  void of_anApproximateCount_isBoundedOnOneSide() {
    Fact mediated = fact("/statistics/mediation/mediated");
    assertThat(mediated.getValue()).contains(decimal("700"));
    assertThat(mediated.getApproximation()).isEqualTo(Approximation.MORE_THAN);
    assertThat(mediated.getLowerBound()).contains(decimal("700"));
    assertThat(mediated.getUpperBound()).isEmpty();
    assertThat(mediated.getSection()).contains(SectionId.parse("s1.3"));
  }

  @Test
  void of_aScaledCount_keepsItsDigits_andStandsForItsRoundingRange() {
    Fact terminalUses = fact("/statistics/publicLegalServices/terminalUses");
    assertThat(terminalUses.getConcept())
        .isEqualTo(Concept.of("public-legal-services.terminal-uses"));
    assertThat(terminalUses.getValue()).contains(decimal("3.6"));
    assertThat(terminalUses.getScale()).isEqualTo(Scale.TEN_THOUSAND);
    assertThat(terminalUses.getApproximation()).isEqualTo(Approximation.EXACT);
    assertThat(terminalUses.getUnit()).isEmpty();
    assertThat(terminalUses.getLowerBound()).contains(decimal("35500"));
    assertThat(terminalUses.getUpperBound()).contains(decimal("36499"));
  }

  @Test
  void of_aScaledApproximateCount_isBoundedByItsScaledValue() {
    Fact visitors = fact("/statistics/publicLegalServices/visitors");
    assertThat(visitors.getValue()).contains(decimal("1.2"));
    assertThat(visitors.getScale()).isEqualTo(Scale.TEN_THOUSAND);
    assertThat(visitors.getApproximation()).isEqualTo(Approximation.MORE_THAN);
    assertThat(visitors.getLowerBound()).contains(decimal("12000"));
    assertThat(visitors.getUpperBound()).isEmpty();
  }

  @Test
  void of_aRate_carriesItsNumeratorDenominatorAndBasis() {
    assertThat(fact("/statistics/reconsideration/correctionRate"))
        .isEqualTo(
            Fact.builder()
                .concept(Concept.of("reconsideration.correction-rate"))
                .basis(CaseStage.CLOSED)
                .value(decimal("13.79"))
                .unit("%")
                .lowerBound(decimal("13.79"))
                .upperBound(decimal("13.79"))
                .numerator(Count.of(4))
                .denominator(Count.of(29))
                .period(PERIOD)
                .pointer("/statistics/reconsideration/correctionRate")
                .section(RECONSIDERATION)
                .build());
  }

  @Test
  void of_anApproximateRate_isBoundedOnOneSide() {
    Fact success = fact("/statistics/mediation/successRate");
    assertThat(success.getApproximation()).isEqualTo(Approximation.AT_LEAST);
    assertThat(success.getLowerBound()).contains(decimal("98"));
    assertThat(success.getUpperBound()).isEmpty();
  }

  @Test
  void of_money_isInItsUnit_boundedInYuan() {
    Fact penalty = fact("/enforcement/penaltyAmount");
    assertThat(penalty.getConcept()).isEqualTo(Concept.of("enforcement.penalty-amount"));
    assertThat(penalty.getValue()).contains(decimal("86.5"));
    assertThat(penalty.getUnit()).contains("万元");
    assertThat(penalty.getLowerBound().orElseThrow()).isEqualByComparingTo("864500");
    assertThat(penalty.getUpperBound().orElseThrow()).isEqualByComparingTo("865500");
  }

  @Test
  void of_aKeyOfAMap_isAConceptOfItsOwn() {
    assertThat(fact("/statistics/reconsideration/outcomes/UPHELD").getConcept())
        .isEqualTo(Concept.of("reconsideration.outcome.upheld"));
    assertThat(fact("/statistics/legalAid/casesByType/CRIMINAL").getConcept())
        .isEqualTo(Concept.of("legal-aid.cases.criminal"));
    assertThat(fact("/decisions/catalog/statusCounts/IN_PROGRESS").getConcept())
        .isEqualTo(Concept.of("decision-catalog.status.in-progress"));
    assertThat(fact("/statistics/judgmentPerformance/judgments/REVOKED").getConcept())
        .isEqualTo(Concept.of("judgment-performance.judgment.revoked"));
  }

  @Test
  void of_anOutcomeShare_carriesTheStatedBasis() {
    Fact upheld = fact("/statistics/reconsideration/outcomeShares/UPHELD");
    assertThat(upheld.getConcept()).isEqualTo(Concept.of("reconsideration.outcome-share.upheld"));
    assertThat(upheld.getBasis()).contains(CaseStage.CLOSED);
    assertThat(upheld.getValue()).contains(decimal("51.72"));
  }

  // ---- of(Report): outcome groups and breakdowns

  @Test
  void of_anOpenOutcomeGroup_isTheKindsJoinedAndAnEllipsis() {
    assertThat(fact("/statistics/reconsideration/outcomeGroups/0/count"))
        .isEqualTo(
            count(
                    "reconsideration.outcome-group",
                    "/statistics/reconsideration/outcomeGroups/0/count",
                    4)
                .member("CHANGED+REVOKED+CONFIRMED_UNLAWFUL+…")
                .section(RECONSIDERATION)
                .build());
  }

  @Test
  void of_aClosedOutcomeGroup_isTheKindsJoined() {
    assertThat(fact("/statistics/reconsideration/outcomeGroups/1/count").getMember())
        .contains("MEDIATED+SETTLED+WITHDRAWN");
  }

  @Test
  void of_aBreakdownItem_hasItsDimensionLabelAndBasis() {
    assertThat(fact("/statistics/reconsideration/breakdowns/0/items/1/count"))
        .isEqualTo(
            count(
                    "reconsideration.breakdown.item",
                    "/statistics/reconsideration/breakdowns/0/items/1/count",
                    22)
                .dimension("RESPONDENT")
                .member("县直部门")
                .basis(CaseStage.ACCEPTED)
                .section(RECONSIDERATION)
                .build());
  }

  @Test
  void of_aBreakdownByAnotherDimension_isNamedByItsLabel() {
    Fact total = fact("/statistics/reconsideration/breakdowns/1/total");
    assertThat(total.getConcept()).isEqualTo(Concept.of("reconsideration.breakdown.total"));
    assertThat(total.getDimension()).contains("从申请事项看");
    assertThat(total.getMember()).isEmpty();
    assertThat(total.getBasis()).contains(CaseStage.RECEIVED);
    assertThat(total.getValue()).contains(decimal("35"));
  }

  @Test
  void of_aBreakdownItemWithCountAndShare_isTwoFacts() {
    Fact count = fact("/statistics/reconsideration/breakdowns/1/items/0/count");
    Fact share = fact("/statistics/reconsideration/breakdowns/1/items/0/share");
    assertThat(count.getConcept()).isEqualTo(Concept.of("reconsideration.breakdown.item"));
    assertThat(share.getConcept()).isEqualTo(Concept.of("reconsideration.breakdown.item-share"));
    assertThat(share.getMember()).contains("行政处罚类").isEqualTo(count.getMember());
    assertThat(share.getDimension()).contains("从申请事项看");
    assertThat(share.getValue()).contains(decimal("40"));
    assertThat(share.getUnit()).contains("%");
  }

  @Test
  void of_aBreakdownItemWithAShareOnly_isOneFact() {
    assertThat(FACTS)
        .filteredOn(f -> f.getPointer().startsWith("/statistics/legalAid/breakdowns/0/items/1/"))
        .extracting(Fact::getPointer)
        .containsExactly("/statistics/legalAid/breakdowns/0/items/1/share");
  }

  // ---- of(Report): list items

  @Test
  void of_listItems_areToldApartByTheirTitles() {
    assertThat(fact("/decisions/catalog/items/0/commentPeriodDays").getMember())
        .contains("阳高县国土空间总体规划");
    assertThat(fact("/enforcement/training/0/hours").getMember()).contains("行政执法大讲堂");
    assertThat(fact("/accountability/dutyLists/0/holders").getMember())
        .contains("县委、县政府主要负责人履行法治建设第一责任人职责清单");
    assertThat(fact("/accountability/rectificationLists/1/problems").getMember())
        .contains("全面依法治省督察阳高问题整改清单");
  }

  @Test
  void of_anActivityWithoutTitleOrOrganizer_isNumbered_inTheSectionOfItsBlock() {
    Report report =
        ReportFixtures.MINIMAL.withEnforcement(
            AdministrativeEnforcement.builder()
                .addTraining(TrainingActivity.builder().sessions(Count.of(3)).build())
                .section(SectionId.parse("s2"))
                .build());
    Fact sessions = Facts.of(report).get(0);
    assertThat(sessions.getConcept()).isEqualTo(Concept.of("enforcement.training.sessions"));
    assertThat(sessions.getMember()).contains("#1");
    assertThat(sessions.getSection()).contains(SectionId.parse("s2"));
  }

  @Test
  void of_anEmergency_isMeasuredInItsUnits() {
    Fact magnitude = fact("/emergencies/0/magnitude");
    assertThat(magnitude.getConcept()).isEqualTo(Concept.of("emergency.magnitude"));
    assertThat(magnitude.getMember()).contains("EARTHQUAKE 2024-05-19 #1");
    assertThat(magnitude.getValue()).contains(decimal("3.9"));
    assertThat(magnitude.getUnit()).contains("级");
    assertThat(magnitude.getLowerBound()).contains(decimal("3.9"));
    assertThat(fact("/emergencies/0/epicenter/longitude").getUnit()).contains("度");
  }

  // ---- of(Report): indicators and series

  @Test
  void of_anIndicatorWithoutConcept_isAnIndicatorNamedByItsLabel() {
    assertThat(fact("/indicators/0/quantity"))
        .isEqualTo(
            count("indicator", "/indicators/0/quantity", 237)
                .member("划转事项")
                .unit("项")
                .section(SectionId.parse("s1.2.1.1"))
                .build());
  }

  @Test
  void of_anIndicatorRestatingAConcept_isAFactOfThatConcept_withItsOwnChange() {
    assertThat(fact("/indicators/6/quantity"))
        .isEqualTo(
            count("reconsideration.received", "/indicators/6/quantity", 35)
                .unit("件")
                .change(Change.parse("同比增长12.9%"))
                .section(SectionId.parse("s1"))
                .build());
  }

  @Test
  void of_anIndicatorOfAnotherBodyAndPeriod_keepsItsScopeAndPeriod() {
    Fact province = fact("/indicators/7/quantity");
    assertThat(province.getConcept()).isEqualTo(Concept.of("indicator"));
    assertThat(province.getMember()).contains("全省新收行政复议案件");
    assertThat(province.getScope()).contains(Scope.of(ScopeLevel.PROVINCE, "山西省"));
    assertThat(province.getPeriod())
        .contains(ReportingPeriod.of(LocalDate.of(2022, 1, 1), LocalDate.of(2024, 12, 31)));
    assertThat(province.getValue()).contains(decimal("1.2"));
    assertThat(province.getScale()).isEqualTo(Scale.TEN_THOUSAND);
    assertThat(province.getLowerBound().orElseThrow()).isEqualByComparingTo("12000");
    assertThat(province.getUpperBound()).isEmpty();
  }

  @Test
  void of_aSeriesOfAConcept_isOneFactOfThatConceptAPoint_eachOfItsPeriod() {
    assertThat(FACTS)
        .filteredOn(f -> f.getPointer().startsWith("/series/0/"))
        .extracting(Fact::getConcept, Fact::getPeriod, Fact::getValue, Fact::getSection)
        .containsExactly(
            tuple(
                Concept.of("reconsideration.correction-rate"),
                Optional.of(ReportingPeriod.ofYear(2022)),
                Optional.of(decimal("12.5")),
                Optional.of(RECONSIDERATION)),
            tuple(
                Concept.of("reconsideration.correction-rate"),
                Optional.of(ReportingPeriod.ofYear(2023)),
                Optional.of(decimal("10.3")),
                Optional.of(RECONSIDERATION)));
  }

  @Test
  void of_aSeriesWithoutConcept_isNamedByItsLabel_andKeepsItsScope() {
    Fact point = fact("/series/1/points/1/value");
    assertThat(point.getConcept()).isEqualTo(Concept.of("series.point"));
    assertThat(point.getMember()).contains("全市法律援助案件");
    assertThat(point.getScope()).contains(Scope.of(ScopeLevel.PREFECTURE));
    assertThat(point.getPeriod()).contains(ReportingPeriod.ofYear(2024));
    assertThat(point.getValue()).contains(decimal("1.3"));
    assertThat(point.getScale()).isEqualTo(Scale.THOUSAND);
    assertThat(point.getUnit()).contains("件");
    assertThat(point.getLowerBound().orElseThrow()).isEqualByComparingTo("1250");
    assertThat(point.getUpperBound().orElseThrow()).isEqualByComparingTo("1350");
  }

  // ---- of(Report): stated changes

  @Test
  void of_aStatedChange_joinsTheFigureOfItsConcept() {
    assertThat(fact("/statistics/reconsideration/received").getChange())
        .contains(Change.parse("同比增长12.9%"));
    assertThat(fact("/statistics/legalAid/accepted").getChange()).contains(Change.parse("较上年减少7件"));
    assertThat(FACTS).noneMatch(f -> f.getPointer().startsWith("/changes/"));
  }

  @Test
  void of_aStatedChangeWithoutItsFigure_isAFactWithoutValue() {
    Report report =
        ReportFixtures.MINIMAL.withChanges(
            StatedChange.builder()
                .concept(Concept.of("reconsideration.received"))
                .change(Change.parse("同比增长12.5%"))
                .section(RECONSIDERATION)
                .build());
    assertThat(Facts.of(report))
        .containsExactly(
            Fact.builder()
                .concept(Concept.of("reconsideration.received"))
                .period(ReportingPeriod.ofYear(2024))
                .change(Change.parse("同比增长12.5%"))
                .pointer("/changes/0/change")
                .section(RECONSIDERATION)
                .build());
  }

  @Test
  void of_aSecondChangeOfOneFigure_isAFactWithoutValue_beforeTheSeries() {
    Report twice =
        YANGGAO.withChanges(
            StatedChange.of(Concept.of("reconsideration.received"), Change.parse("同比增长12.9%")),
            StatedChange.of(Concept.of("reconsideration.received"), Change.parse("较上年增加4件")));
    List<Fact> facts = Facts.of(twice);
    List<String> pointers = facts.stream().map(Fact::getPointer).collect(Collectors.toList());
    int change = pointers.indexOf("/changes/1/change");
    assertThat(pointers.get(change - 1)).isEqualTo("/indicators/7/quantity");
    assertThat(pointers.get(change + 1)).isEqualTo("/series/0/points/0/value");
    assertThat(facts.get(change).getValue()).isEmpty();
    assertThat(facts.get(change).getChange()).contains(Change.parse("较上年增长4件"));
  }

  @Test
  void of_aStatedChange_doesNotJoinAFigureOfAnotherBody() {
    Report report =
        ReportFixtures.MINIMAL
            .withIndicators(
                Indicator.builder()
                    .label("全省收到行政复议申请")
                    .quantity(Quantity.parse("1.2万余件"))
                    .concept(Concept.of("reconsideration.received"))
                    .scope(Scope.of(ScopeLevel.PROVINCE))
                    .build())
            .withChanges(
                StatedChange.of(Concept.of("reconsideration.received"), Change.parse("同比增长12.5%")));
    assertThat(Facts.of(report))
        .extracting(Fact::getPointer, f -> f.getChange().isPresent())
        .containsExactly(tuple("/indicators/0/quantity", false), tuple("/changes/0/change", true));
  }

  @Test
  void of_aStatedChange_joinsOnlyTheTypedFigure_notAnIndicatorRestatingItsConcept() {
    Report report =
        ReportFixtures.MINIMAL
            .withIndicators(
                Indicator.builder()
                    .label("收到行政复议申请")
                    .quantity(Quantity.parse("35件"))
                    .concept(Concept.of("reconsideration.received"))
                    .build())
            .withChanges(
                StatedChange.of(Concept.of("reconsideration.received"), Change.parse("同比增长12.5%")));
    assertThat(Facts.of(report))
        .extracting(Fact::getPointer, Fact::getChange)
        .containsExactly(
            tuple("/indicators/0/quantity", Optional.empty()),
            tuple("/changes/0/change", Optional.of(Change.parse("同比增长12.5%"))));
  }

  // ---- of(Report): as a whole

  @Test
  void of_listsTheFactsInTheOrderOfTheJsonForm() {
    JsonNode tree = JsonMapper.builder().build().readTree(ReportJson.create().write(YANGGAO));
    List<String> documentOrder = new ArrayList<>();
    walk(tree, "", documentOrder);
    List<Integer> positions =
        FACTS.stream().map(f -> documentOrder.indexOf(f.getPointer())).collect(Collectors.toList());
    assertThat(positions).doesNotContain(-1).isSorted();
  }

  private static void walk(JsonNode node, String pointer, List<String> into) {
    into.add(pointer);
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> property : node.properties()) {
        walk(property.getValue(), pointer + "/" + property.getKey(), into);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), pointer + "/" + i, into);
      }
    }
  }

  @Test
  void of_everyFactOfTheReport_isOfTheReportsPeriod_unlessItStatesItsOwn() {
    assertThat(FACTS)
        .filteredOn(
            f ->
                !f.getPointer().startsWith("/series/")
                    && !f.getPointer().equals("/indicators/7/quantity"))
        .allSatisfy(f -> assertThat(f.getPeriod()).contains(PERIOD));
  }

  @Test
  void of_aReportWithoutFigures_hasNoFacts() {
    assertThat(Facts.of(ReportFixtures.MINIMAL)).isEmpty();
  }

  @Test
  void of_aReportWithoutPeriod_hasFactsWithoutPeriod() {
    Report release =
        ReportFixtures.MINIMAL
            .withMetadata(ReportMetadata.builder().title("阳高县司法局统计公报").build())
            .withIndicators(Indicator.of("法律明白人", "637名"));
    assertThat(release.getMetadata().getPeriod()).isEmpty();
    assertThat(Facts.of(release))
        .singleElement()
        .satisfies(f -> assertThat(f.getPeriod()).isEmpty());
  }

  @Test
  void of_null_fails() {
    assertThatNullPointerException().isThrownBy(() -> Facts.of(null)).withMessage("report");
  }

  @Test
  void reportFacts_of_isTheFactsUnderAName() {
    ReportFacts named = ReportFacts.of("阳高县2024", YANGGAO);
    assertThat(named.report()).isEqualTo("阳高县2024");
    assertThat(named.facts()).isEqualTo(FACTS);
  }

  @Test
  void reportFacts_rejectsABlankName() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new ReportFacts(" ", FACTS))
        .withMessage("a report name must not be blank");
  }
}
