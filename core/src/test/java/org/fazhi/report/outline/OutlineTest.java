package org.fazhi.report.outline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class OutlineTest {

  private static Section section(String label, Section... children) {
    return Section.builder().numbering(Numbering.parse(label)).addChildren(children).build();
  }

  /**
   * 一、 with (一) [一是, 二是] and (二) [1.], then 二、 with no children, then 三、 with (一): the uneven depth
   * real reports have.
   */
  private static final Outline OUTLINE =
      Outline.builder()
          .addresseeLine("市委、市政府:")
          .addPreamble("2024年,……现将有关情况报告如下:")
          .addSections(
              section(
                  "一、",
                  section("(一)", section("一是"), section("二是")),
                  section("(二)", section("1."))),
              section("二、"),
              section("三、", section("(一)")))
          .addSignature("阳高县人民政府", "2024年12月3日")
          .build();

  // ---- walk()

  @Test
  void walk_listsEverySectionDepthFirstInDocumentOrder() {
    List<String> walked =
        OUTLINE.walk().stream()
            .map(located -> located.getId() + " " + located.getSection().title())
            .collect(Collectors.toList());
    assertThat(walked)
        .containsExactly(
            "s1 一、",
            "s1.1 (一)",
            "s1.1.1 一是",
            "s1.1.2 二是",
            "s1.2 (二)",
            "s1.2.1 1.",
            "s2 二、",
            "s3 三、",
            "s3.1 (一)");
  }

  @Test
  void walk_givesDepths() {
    assertThat(OUTLINE.walk())
        .extracting(LocatedSection::depth)
        .containsExactly(1, 2, 3, 3, 2, 3, 1, 1, 2);
  }

  @Test
  void walk_idsArePositionsNotLabels() {
    Outline outline = Outline.builder().addSections(section("二、"), section("四、")).build();
    assertThat(outline.walk())
        .extracting(LocatedSection::getId)
        .containsExactly(SectionId.of(1), SectionId.of(2));
  }

  @Test
  void walk_ofAnEmptyOutlineIsEmpty() {
    assertThat(Outline.empty().walk()).isEmpty();
  }

  // ---- find(SectionId)

  @Test
  void find_everyWalkedIdFindsItsSection() {
    for (LocatedSection located : OUTLINE.walk()) {
      assertThat(OUTLINE.find(located.getId())).contains(located.getSection());
    }
  }

  @Test
  void find_nestedSection() {
    assertThat(OUTLINE.find(SectionId.parse("s1.2.1")).map(Section::title)).contains("1.");
  }

  @Test
  void find_isEmptyForAPositionBeyondTheOutline() {
    assertThat(OUTLINE.find(SectionId.of(4))).isEmpty();
    assertThat(OUTLINE.find(SectionId.of(2, 1))).isEmpty();
    assertThat(OUTLINE.find(SectionId.of(1, 1, 3))).isEmpty();
    assertThat(OUTLINE.find(SectionId.of(1, 1, 1, 1))).isEmpty();
    assertThat(Outline.empty().find(SectionId.of(1))).isEmpty();
  }

  // ---- builder

  @Test
  void builder_keepsTheLinesAsWritten() {
    assertThat(OUTLINE.getAddresseeLine()).contains("市委、市政府:");
    assertThat(OUTLINE.getPreamble()).containsExactly("2024年,……现将有关情况报告如下:");
    assertThat(OUTLINE.getSignature()).containsExactly("阳高县人民政府", "2024年12月3日");
  }

  @Test
  void empty_hasNoText() {
    Outline empty = Outline.empty();
    assertThat(empty.getAddresseeLine()).isEmpty();
    assertThat(empty.getPreamble()).isEmpty();
    assertThat(empty.getSections()).isEmpty();
    assertThat(empty.getSignature()).isEmpty();
    assertThat(empty).isEqualTo(Outline.builder().build());
  }

  @Test
  void builder_rejectsBlankAddresseeLine() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Outline.builder().addresseeLine("").build())
        .withMessage("must not be blank (addresseeLine)");
  }

  @Test
  void builder_rejectsBlankPreambleParagraph() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Outline.builder().addPreamble(" ").build())
        .withMessage("must not be blank (preamble[0])");
  }

  @Test
  void builder_rejectsBlankSignatureLine() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Outline.builder().addSignature("阳高县人民政府", "\t").build())
        .withMessage("must not be blank (signature[1])");
  }
}
