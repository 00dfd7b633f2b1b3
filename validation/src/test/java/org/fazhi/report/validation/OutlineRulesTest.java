package org.fazhi.report.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.report.validation.Fixtures.MINIMAL_VALID;

import java.util.List;
import java.util.stream.Collectors;
import org.fazhi.report.Report;
import org.fazhi.report.outline.Heading;
import org.fazhi.report.outline.Numbering;
import org.fazhi.report.outline.NumberingStyle;
import org.fazhi.report.outline.Outline;
import org.fazhi.report.outline.Section;
import org.fazhi.report.outline.SectionId;
import org.fazhi.report.outline.StatutoryPart;
import org.junit.jupiter.api.Test;

/** Statutory parts and numbering across a whole outline. */
class OutlineRulesTest {
  private static final ReportValidator VALIDATOR = ReportValidator.create();

  private static Section numbered(NumberingStyle style, int ordinal, Section... children) {
    return Section.builder().numbering(Numbering.of(style, ordinal)).addChildren(children).build();
  }

  private static Section headed(String heading, Section... children) {
    return Section.builder().heading(Heading.ownLine(heading)).addChildren(children).build();
  }

  private static List<String> findings(Section... sections) {
    Report report = MINIMAL_VALID.withOutline(Outline.builder().addSections(sections).build());
    return VALIDATOR.validate(report).getFindings(Rule.OUTLINE_NUMBERING_NOT_CONTIGUOUS).stream()
        .map(
            f ->
                f.getPointer()
                    + " "
                    + f.getSection().map(SectionId::toString).orElse("-")
                    + " "
                    + f.getValues().get("label")
                    + "->"
                    + f.getValues().get("expected"))
        .collect(Collectors.toList());
  }

  @Test
  void arabicItems_mayRunOnAcrossParents() {
    assertThat(
            findings(
                numbered(
                    NumberingStyle.CHINESE,
                    1,
                    numbered(
                        NumberingStyle.PARENTHESIZED_CHINESE,
                        1,
                        numbered(NumberingStyle.ARABIC, 1),
                        numbered(NumberingStyle.ARABIC, 2)),
                    numbered(
                        NumberingStyle.PARENTHESIZED_CHINESE,
                        2,
                        numbered(NumberingStyle.ARABIC, 3),
                        numbered(NumberingStyle.ARABIC, 4)),
                    numbered(
                        NumberingStyle.PARENTHESIZED_CHINESE,
                        3,
                        numbered(NumberingStyle.ARABIC, 1)))))
        .isEmpty();
  }

  @Test
  void aNestedGap_isFoundWithItsSection() {
    assertThat(
            findings(
                numbered(
                    NumberingStyle.CHINESE,
                    1,
                    numbered(NumberingStyle.PARENTHESIZED_CHINESE, 1),
                    numbered(
                        NumberingStyle.PARENTHESIZED_CHINESE,
                        2,
                        numbered(NumberingStyle.RUN_IN, 1),
                        numbered(NumberingStyle.RUN_IN, 3)))))
        .containsExactly("/outline/sections/0/children/1/children/1/numbering s1.2.2 三是->二是");
  }

  @Test
  void oneGap_isOneFinding_andARepeatIsAnother() {
    assertThat(
            findings(
                numbered(NumberingStyle.CHINESE, 1),
                numbered(NumberingStyle.CHINESE, 2),
                numbered(NumberingStyle.CHINESE, 4),
                numbered(NumberingStyle.CHINESE, 5),
                numbered(NumberingStyle.CHINESE, 5)))
        .containsExactly(
            "/outline/sections/2/numbering s3 四、->三、", "/outline/sections/4/numbering s5 五、->六、");
  }

  @Test
  void stylesCountApart_andUnnumberedSectionsAreSkipped() {
    assertThat(
            findings(
                numbered(
                    NumberingStyle.CHINESE,
                    1,
                    numbered(NumberingStyle.PARENTHESIZED_CHINESE, 1),
                    headed("专栏"),
                    numbered(NumberingStyle.RUN_IN, 1),
                    numbered(NumberingStyle.PARENTHESIZED_CHINESE, 2),
                    numbered(NumberingStyle.RUN_IN, 2)),
                headed("附件"),
                numbered(NumberingStyle.CHINESE, 2)))
        .isEmpty();
  }

  @Test
  void aFirstLabelOtherThanOne_isAGap() {
    assertThat(findings(numbered(NumberingStyle.CHINESE, 2)))
        .containsExactly("/outline/sections/0/numbering s1 二、->一、");
  }

  @Test
  void circledLabelsBeyondFifty_areNamedByNumber() {
    Section[] fifty = new Section[52];
    for (int i = 0; i < 50; i++) {
      fifty[i] = numbered(NumberingStyle.CIRCLED, i + 1);
    }
    fifty[50] = numbered(NumberingStyle.CIRCLED, 50);
    fifty[51] = headed("尾");
    assertThat(findings(fifty)).containsExactly("/outline/sections/50/numbering s51 ㊿->51");
  }

  @Test
  void aReportWithoutSections_isNotJudgedOnItsOutline() {
    Report report = MINIMAL_VALID.withOutline(Outline.empty());
    assertThat(VALIDATOR.validate(report).getFindings()).isEmpty();
  }

  @Test
  void partsMayBeMappedAtAnyDepthAndInAnyOrder() {
    Section first = Fixtures.part(1, "党政主要负责人履行第一责任人职责情况", StatutoryPart.LEADERS_DUTIES);
    Section second =
        Section.builder()
            .numbering(Numbering.of(NumberingStyle.CHINESE, 2))
            .heading(Heading.ownLine("工作开展情况"))
            .addChildren(
                Fixtures.part(1, "主要举措和成效", StatutoryPart.MEASURES_AND_RESULTS)
                    .withNumbering(Numbering.of(NumberingStyle.PARENTHESIZED_CHINESE, 1)),
                Fixtures.part(2, "存在的不足", StatutoryPart.SHORTCOMINGS)
                    .withNumbering(Numbering.of(NumberingStyle.PARENTHESIZED_CHINESE, 2)))
            .build();
    Report report = MINIMAL_VALID.withOutline(Outline.builder().addSections(first, second).build());
    assertThat(
            VALIDATOR.validate(report).getFindings().stream()
                .map(f -> f.getRuleId() + " " + f.getValues().get("part")))
        .containsExactly(
            "outline.statutory-part-missing NEXT_YEAR_ARRANGEMENTS",
            "outline.statutory-part-missing OTHER_MATTERS");
  }
}
