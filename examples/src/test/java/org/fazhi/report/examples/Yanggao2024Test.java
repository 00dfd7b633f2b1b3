package org.fazhi.report.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.fazhi.report.DivisionCode;
import org.fazhi.report.DivisionLevel;
import org.fazhi.report.Issuer;
import org.fazhi.report.IssuerKind;
import org.fazhi.report.Report;
import org.fazhi.report.ReportMetadata;
import org.fazhi.report.ReportingPeriod;
import org.fazhi.report.figure.Approximation;
import org.fazhi.report.figure.ChineseNumerals;
import org.fazhi.report.figure.Indicator;
import org.fazhi.report.figure.Quantity;
import org.fazhi.report.json.ReportJson;
import org.fazhi.report.outline.Heading;
import org.fazhi.report.outline.HeadingPlacement;
import org.fazhi.report.outline.NumberingStyle;
import org.fazhi.report.outline.Outline;
import org.fazhi.report.outline.Section;
import org.fazhi.report.outline.SectionId;
import org.fazhi.report.outline.StatutoryPart;
import org.fazhi.report.text.ReportText;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class Yanggao2024Test {
  private static final Report REPORT = Yanggao2024.report();
  private static final Outline OUTLINE = REPORT.getOutline();

  private static Section section(String id) {
    return OUTLINE.find(SectionId.parse(id)).orElseThrow(() -> new AssertionError("no " + id));
  }

  @Test
  void report_isBuiltOnce() {
    assertThat(Yanggao2024.report()).isSameAs(Yanggao2024.report());
  }

  @Nested
  class Metadata {
    @Test
    void saysWhatTheReportIs() {
      ReportMetadata metadata = REPORT.getMetadata();

      assertThat(metadata.getTitle()).isEqualTo("阳高县2024年法治政府建设年度报告");
      assertThat(metadata.getIssuers())
          .containsExactly(Issuer.of("阳高县人民政府", IssuerKind.PEOPLES_GOVERNMENT));
      assertThat(metadata.getAddressees()).isEmpty();
      assertThat(metadata.getReportingYear()).hasValue(2024);
      assertThat(metadata.getDocumentDate()).contains(LocalDate.of(2024, 12, 3));
      assertThat(metadata.getPublicationDate()).isEmpty();
      assertThat(metadata.getSourceUrl()).isEmpty();
    }

    @Test
    void periodEndsOnTheDocumentDate_becauseTheTextReportsTheYearSoFar() {
      ReportingPeriod period = REPORT.getMetadata().getPeriod().orElseThrow();

      assertThat(period)
          .isEqualTo(ReportingPeriod.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 3)));
      assertThat(period.isWholeYear()).isFalse();
    }

    @Test
    void divisionIsYanggaoCountyWithItsCodeOnTheDocumentDate() {
      var division = REPORT.getMetadata().getDivision().orElseThrow();

      assertThat(division.getName()).isEqualTo("阳高县");
      assertThat(division.getLevel()).isEqualTo(DivisionLevel.COUNTY);
      assertThat(division.getCode()).contains(DivisionCode.parse("140221"));
      assertThat(division.getCode().orElseThrow().level()).isEqualTo(DivisionLevel.COUNTY);
      assertThat(division.getCodeValidOn()).contains(LocalDate.of(2024, 12, 3));
    }
  }

  @Nested
  class TheOutline {
    @Test
    void render_givesThePublishedTextWithoutTheFurnitureLine() {
      assertThat(ReportText.render(REPORT)).isEqualTo(PublishedText.report());
    }

    @Test
    void topLevelSections_mapToTheStatutoryPartsInTheReportsOwnOrder() {
      assertThat(OUTLINE.getSections())
          .extracting(
              s -> s.getNumbering().orElseThrow().getLabel(), s -> s.getPart().orElseThrow())
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("一、", StatutoryPart.MEASURES_AND_RESULTS),
              org.assertj.core.groups.Tuple.tuple("二、", StatutoryPart.LEADERS_DUTIES),
              org.assertj.core.groups.Tuple.tuple("三、", StatutoryPart.SHORTCOMINGS),
              org.assertj.core.groups.Tuple.tuple("四、", StatutoryPart.NEXT_YEAR_ARRANGEMENTS),
              org.assertj.core.groups.Tuple.tuple("五、", StatutoryPart.SUGGESTIONS),
              org.assertj.core.groups.Tuple.tuple("六、", StatutoryPart.OTHER_MATTERS));
      assertThat(OUTLINE.walk())
          .filteredOn(located -> located.depth() > 1)
          .allSatisfy(located -> assertThat(located.getSection().getPart()).isEmpty());
    }

    @Test
    void preambleAndSignature_areTheLinesBeforeAndAfterTheSections() {
      assertThat(OUTLINE.getAddresseeLine()).isEmpty();
      assertThat(OUTLINE.getPreamble()).hasSize(1);
      assertThat(OUTLINE.getPreamble().get(0))
          .startsWith("2024年,在市委、市政府的坚强领导下")
          .endsWith("现将2024年法治政府建设工作情况报告如下:");
      assertThat(OUTLINE.getSignature()).containsExactly("阳高县人民政府", "2024年12月3日");
      assertThat(ReportText.render(REPORT)).doesNotContain(PublishedText.FURNITURE);
    }

    @Test
    void hasSeventyFiveSections_atDepthsOneToFour() {
      assertThat(OUTLINE.walk()).hasSize(75);
      // Six parts; 21 (一)-level sections and run-in items of parts; 41 numbered items and run-in
      // items below (一)-level sections; 7 run-in items below numbered items.
      assertThat(
              OUTLINE.walk().stream()
                  .collect(Collectors.groupingBy(l -> l.depth(), Collectors.counting())))
          .containsExactly(entry(1, 6L), entry(2, 21L), entry(3, 41L), entry(4, 7L));
    }

    @Test
    void aLabelledLineWithoutFullStop_isAnOwnLineHeading() {
      Section section = section("s1.1");

      assertThat(section.getNumbering().orElseThrow().getLabel()).isEqualTo("(一)");
      assertThat(section.getNumbering().orElseThrow().getStyle())
          .isEqualTo(NumberingStyle.PARENTHESIZED_CHINESE);
      assertThat(section.getHeading()).contains(Heading.ownLine("强化政治统领,统筹推进法治政府建设"));
      assertThat(section.getParagraphs()).isEmpty();
    }

    @Test
    void aLabelledLineWithFullStop_hasAnInlineHeadingAndItsRestAsFirstParagraph() {
      Section section = section("s1.3.3");

      assertThat(section.getNumbering().orElseThrow().getLabel()).isEqualTo("3.");
      assertThat(section.getNumbering().orElseThrow().getStyle()).isEqualTo(NumberingStyle.ARABIC);
      assertThat(section.getHeading()).contains(Heading.inline("全面推行法律顾问制度", "。"));
      assertThat(section.getParagraphs())
          .containsExactly("全县聘请法律顾问21名,基本实现了行政村、社区法律顾问全覆盖,县乡村三级公共法律服务平台基本职能进一步完善,推动公职律师作用发挥。");
      assertThat(section.getChildren()).isEmpty();
    }

    @Test
    void runInItemsOfALineWithoutLabel_areChildrenOfTheSectionAbove_theFirstStartingTheLine() {
      List<Section> items = section("s1.1").getChildren();

      assertThat(items)
          .extracting(s -> s.getNumbering().orElseThrow().getLabel(), Section::isRunIn)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("一是", false),
              org.assertj.core.groups.Tuple.tuple("二是", true),
              org.assertj.core.groups.Tuple.tuple("三是", true));
      assertThat(items.get(0).getHeading()).contains(Heading.inline("全面抓好理论武装", "。"));
      assertThat(items).allSatisfy(item -> assertThat(item.getParagraphs()).hasSize(1));
    }

    @Test
    void runInItemsAfterAnInlineHeading_continueItsLine_oneLevelBelowTheNumberedItem() {
      Section numbered = section("s1.2.1");

      assertThat(numbered.getHeading()).contains(Heading.inline("推动政府职能优化高效", "。"));
      assertThat(numbered.getParagraphs()).isEmpty();
      assertThat(numbered.getChildren())
          .extracting(Section::isRunIn)
          .containsExactly(true, true, true);
      assertThat(section("s1.2.1.1").getNumbering().orElseThrow().getStyle())
          .isEqualTo(NumberingStyle.RUN_IN);
    }

    @Test
    void textBeforeTheFirstMarker_staysTheParentsParagraph() {
      Section section = section("s1.7");

      assertThat(section.getHeading().orElseThrow().getPlacement())
          .isEqualTo(HeadingPlacement.OWN_LINE);
      assertThat(section.getParagraphs())
          .containsExactly("按照严格执法司法的要求,健全落实不同环节之间依法制约的体制机制,确保执法司法权依法规范运行。");
      assertThat(section.getChildren()).hasSize(3);
      assertThat(section.getChildren().get(0).isRunIn()).isTrue();
    }

    @Test
    void aRunInItemThatIsOneSentence_hasOnlyItsHeading() {
      Section item = section("s4.3.1");

      assertThat(item.getHeading().orElseThrow().getText())
          .isEqualTo("完善司法权力运行机制,加强对司法活动的监督制约,确保司法机关依法独立公正行使职权");
      assertThat(item.getParagraphs()).isEmpty();
      assertThat(section("s4.3.2").isRunIn()).isTrue();
    }

    @Test
    void runInItemsOfATopLevelSection_startOnTheLineAfterItsHeading() {
      assertThat(section("s5").getChildren())
          .extracting(s -> s.getNumbering().orElseThrow().getLabel(), Section::isRunIn)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("一是", false),
              org.assertj.core.groups.Tuple.tuple("二是", true),
              org.assertj.core.groups.Tuple.tuple("三是", true),
              org.assertj.core.groups.Tuple.tuple("四是", true));
    }

    @Test
    void everyLabelWritesItsOrdinal_countingFromOneUnderEachParent() {
      List<String> problems = new ArrayList<>();
      checkOrdinals(OUTLINE.getSections(), "", problems);
      assertThat(problems).isEmpty();
    }

    private void checkOrdinals(List<Section> siblings, String parent, List<String> problems) {
      for (int i = 0; i < siblings.size(); i++) {
        Section section = siblings.get(i);
        int ordinal = section.getNumbering().orElseThrow().getOrdinal();
        if (ordinal != i + 1) {
          problems.add(parent + "/" + (i + 1) + " has ordinal " + ordinal);
        }
        checkOrdinals(section.getChildren(), parent + "/" + (i + 1), problems);
      }
    }
  }

  @Nested
  class TypedFacts {
    @Test
    void blocks_nameTheSectionsAgreedWithTheTextImporter() {
      Map<String, String> sections = sectionsByPointer();
      sections.keySet().removeIf(pointer -> pointer.startsWith("/indicators/"));

      assertThat(sections)
          .containsExactly(
              entry("/statistics/reconsideration", "s1.6.1"),
              entry("/statistics/litigation", "s1.6.1"),
              entry("/statistics/judgmentPerformance", "s6"),
              entry("/statistics/legalAid", "s1.6.4"),
              entry("/statistics/mediation", "s1.6.5"),
              entry("/statistics/publicLegalServices", "s1.6.3"),
              entry("/decisions/catalog", "s1.3.1.1"),
              entry("/decisions/legalityReview", "s1.3.1.2"),
              entry("/decisions/normativeDocuments", "s1.2.4"),
              entry("/decisions/legalAdvisers", "s1.3.1.2"),
              entry("/enforcement/training/0", "s1.4.3"),
              entry("/enforcement/training/1", "s1.4.3"),
              entry("/enforcement/training/2", "s1.4.3"),
              entry("/enforcement/training/3", "s1.4.3"),
              entry("/enforcement/delegatedPowers", "s1.4.2"),
              entry("/enforcement", "s1.4.4"),
              entry("/accountability/dutyLists/0", "s2"),
              entry("/accountability/dutyLists/1", "s1.1.3"),
              entry("/accountability/rectificationLists/0", "s1.2.3"),
              entry("/accountability/rectificationLists/1", "s1.2.3"),
              entry("/accountability/study/activities/0", "s1.1.1"),
              entry("/accountability/study", "s1.1"),
              entry("/emergencies/0", "s1.5.1"));
    }

    @Test
    void everyAnchoredFact_namesASectionOfTheOutline() {
      Map<String, String> sections = sectionsByPointer();

      assertThat(sections).hasSize(23 + REPORT.getIndicators().size());
      assertThat(sections.values())
          .allSatisfy(id -> assertThat(OUTLINE.find(SectionId.parse(id))).isPresent());
    }

    @Test
    void everyIndicator_isWrittenInTheTextOfTheSectionItNames() {
      assertThat(REPORT.getIndicators()).hasSize(48);
      assertThat(REPORT.getIndicators())
          .allSatisfy(
              indicator -> {
                Section section = OUTLINE.find(indicator.getSection().orElseThrow()).orElseThrow();
                String ownText =
                    section.getHeading().map(Heading::getText).orElse("")
                        + String.join("", section.getParagraphs());
                assertThat(written(indicator.getQuantity()).matcher(ownText).find())
                    .as("%s written in %s", indicator.getQuantity(), indicator.getSection().get())
                    .isTrue();
              });
    }

    @Test
    void approximateFigures_stayApproximate() {
      assertThat(REPORT.getIndicators())
          .filteredOn(indicator -> !indicator.getQuantity().isExact())
          .extracting(Indicator::getLabel, indicator -> indicator.getQuantity().toString())
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("办结各类审批、服务事项", "22000余件"),
              org.assertj.core.groups.Tuple.tuple("开设维护防火隔离带", "300余公里"),
              org.assertj.core.groups.Tuple.tuple("现场解答群众咨询", "800余人次"),
              org.assertj.core.groups.Tuple.tuple("免费解答法律咨询", "300余件"));
      assertThat(REPORT.getStatistics().getMediation().orElseThrow().getMediated().orElseThrow())
          .hasToString("700余");
      assertThat(REPORT.getAccountability().getStudy().orElseThrow().getLeaderInstructions())
          .hasValueSatisfying(
              c -> assertThat(c.getApproximation()).isEqualTo(Approximation.MORE_THAN));
    }

    /** A pattern for the quantity as the text may write it: 300多公里 for 300余公里, 两期 for 2期. */
    private Pattern written(Quantity quantity) {
      List<String> numbers = new ArrayList<>();
      numbers.add(Pattern.quote(quantity.getValue().toPlainString()));
      if (quantity.getValue().scale() <= 0) {
        long value = quantity.getValue().longValueExact();
        numbers.add(ChineseNumerals.format(value));
        if (value == 2) {
          numbers.add("两");
        }
      }
      Approximation approximation = quantity.getApproximation();
      String unit = quantity.getUnit().map(u -> Pattern.quote(u.getSymbol())).orElse("");
      String scale = Pattern.quote(quantity.getScale().marker());
      String before = markers(approximation, Approximation.Position.BEFORE_NUMBER);
      String after = markers(approximation, Approximation.Position.AFTER_NUMBER);
      String afterUnit = markers(approximation, Approximation.Position.AFTER_UNIT);
      String number = "(?:" + String.join("|", numbers) + ")";
      String marked =
          approximation.isExact()
              ? number + scale + unit
              : "(?:" + before + number + scale + unit + "|" + number + after + scale + unit + "|"
                  + number + scale + after + unit + "|" + number + scale + unit + afterUnit + ")";
      return Pattern.compile("(?<![0-9.])" + marked);
    }

    /** The spellings of {@code approximation} at {@code position}, or a pattern matching none. */
    private String markers(Approximation approximation, Approximation.Position position) {
      List<String> spellings = approximation.spellings(position);
      return spellings.isEmpty()
          ? "(?!)"
          : spellings.stream().map(Pattern::quote).collect(Collectors.joining("|", "(?:", ")"));
    }

    /** Every {@code section} property outside the outline, by the pointer of its object. */
    private Map<String, String> sectionsByPointer() {
      JsonNode root = JsonMapper.builder().build().readTree(ReportJson.create().write(REPORT));
      Map<String, String> sections = new LinkedHashMap<>();
      collect(root, "", sections);
      return sections;
    }

    private void collect(JsonNode node, String pointer, Map<String, String> into) {
      if (pointer.equals("/outline")) {
        return;
      }
      if (node.isObject()) {
        for (Map.Entry<String, JsonNode> child : node.properties()) {
          if (child.getKey().equals("section")) {
            into.put(pointer, child.getValue().stringValue());
          } else {
            collect(child.getValue(), pointer + "/" + child.getKey(), into);
          }
        }
      } else if (node.isArray()) {
        int index = 0;
        for (JsonNode element : node.values()) {
          collect(element, pointer + "/" + index++, into);
        }
      }
    }
  }
}
