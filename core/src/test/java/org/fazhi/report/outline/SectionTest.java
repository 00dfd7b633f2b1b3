package org.fazhi.report.outline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class SectionTest {
  private static final Numbering FIRST = Numbering.parse("(一)");
  private static final Heading HEADING = Heading.ownLine("强化政治统领,统筹推进法治政府建设");

  // ---- label, heading, or both

  @Test
  void builder_acceptsLabelAndHeading() {
    Section section = Section.builder().numbering(FIRST).heading(HEADING).build();
    assertThat(section.getNumbering()).contains(FIRST);
    assertThat(section.getHeading()).contains(HEADING);
    assertThat(section.title()).isEqualTo("(一)强化政治统领,统筹推进法治政府建设");
  }

  @Test
  void builder_acceptsLabelAlone() {
    Section section =
        Section.builder()
            .numbering(Numbering.parse("一是"))
            .runIn(true)
            .addParagraph("全面抓好理论武装。")
            .build();
    assertThat(section.getHeading()).isEmpty();
    assertThat(section.title()).isEqualTo("一是");
  }

  @Test
  void builder_acceptsHeadingAlone() {
    Section section = Section.builder().heading(Heading.ownLine("总体情况")).build();
    assertThat(section.getNumbering()).isEmpty();
    assertThat(section.title()).isEqualTo("总体情况");
  }

  @Test
  void builder_rejectsNeitherLabelNorHeading() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Section.builder().addParagraph("无标题段落。").build())
        .withMessage("a section has a label, a heading, or both");
  }

  // ---- defaults

  @Test
  void builder_defaults() {
    Section section = Section.builder().heading(HEADING).build();
    assertThat(section.isRunIn()).isFalse();
    assertThat(section.getPart()).isEmpty();
    assertThat(section.getParagraphs()).isEmpty();
    assertThat(section.getChildren()).isEmpty();
  }

  // ---- paragraphs and children

  @Test
  void builder_keepsParagraphsAndChildrenInOrder() {
    Section child1 = Section.builder().numbering(Numbering.parse("1.")).build();
    Section child2 = Section.builder().numbering(Numbering.parse("2.")).build();
    Section section =
        Section.builder()
            .numbering(FIRST)
            .heading(HEADING)
            .part(StatutoryPart.MEASURES_AND_RESULTS)
            .addParagraphs("第一段。", "第二段。")
            .addChildren(child1, child2)
            .build();
    assertThat(section.getParagraphs()).containsExactly("第一段。", "第二段。");
    assertThat(section.getChildren()).containsExactly(child1, child2);
    assertThat(section.getPart()).contains(StatutoryPart.MEASURES_AND_RESULTS);
  }

  @Test
  void builder_rejectsBlankParagraph() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Section.builder().heading(HEADING).addParagraphs("第一段。", " ").build())
        .withMessage("must not be blank (paragraphs[1])");
  }

  @Test
  void title_inlineHeadingIncludesItsTerminator() {
    Section section =
        Section.builder()
            .numbering(Numbering.parse("1."))
            .heading(Heading.inline("推动政府职能优化高效", "。"))
            .build();
    assertThat(section.title()).isEqualTo("1.推动政府职能优化高效。");
  }

  // ---- StatutoryPart

  @Test
  void statutoryParts_areTheFiveOfTheRegulationAndSuggestions() {
    assertThat(StatutoryPart.values())
        .extracting(StatutoryPart::title)
        .containsExactly(
            "主要举措和成效", "存在的不足和原因", "党政主要负责人履行推进法治建设第一责任人职责情况", "下一年度主要安排", "其他需要报告的情况", "意见、建议");
    assertThat(StatutoryPart.values())
        .filteredOn(StatutoryPart::isRequired)
        .hasSize(5)
        .doesNotContain(StatutoryPart.SUGGESTIONS);
  }
}
