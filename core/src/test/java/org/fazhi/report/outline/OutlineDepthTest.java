package org.fazhi.report.outline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.fazhi.report.Report;
import org.fazhi.report.ReportFixtures;
import org.fazhi.report.json.ReportJson;
import org.junit.jupiter.api.Test;

/**
 * An outline is at most {@link Section#MAX_DEPTH} sections deep, the deepest the reader reads: what
 * a builder makes can be written and read back, and nothing deeper reaches the writer, the rules or
 * the renderer (a 10,000-deep outline overflowed their stacks).
 */
class OutlineDepthTest {
  private static Section chain(int depth) {
    Section section = Section.builder().heading(Heading.ownLine("第" + depth + "层")).build();
    for (int level = depth - 1; level >= 1; level--) {
      section =
          Section.builder()
              .heading(Heading.ownLine("第" + level + "层"))
              .addChildren(section)
              .build();
    }
    return section;
  }

  private static Report withOutline(Section section) {
    return ReportFixtures.MINIMAL.withOutline(Outline.builder().addSections(section).build());
  }

  @Test
  void theDeepestOutline_isWrittenAndReadBackExactly() {
    Report deepest = withOutline(chain(Section.MAX_DEPTH));
    ReportJson json = ReportJson.create();

    String written = json.write(deepest);

    assertThat(json.read(written)).isEqualTo(deepest);
    assertThat(json.write(json.read(written))).isEqualTo(written);
  }

  @Test
  void oneLevelDeeper_isRefusedByTheBuilder_sayingHowDeep() {
    Section deepest = chain(Section.MAX_DEPTH);

    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> Section.builder().heading(Heading.ownLine("第0层")).addChildren(deepest).build())
        .withMessageContaining("an outline is at most 30 sections deep: 31");
  }

  @Test
  void aVeryDeepChain_failsAtTheFirstLevelTooMany_withoutRecursion() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> chain(10_000))
        .withMessageContaining("an outline is at most 30 sections deep: 31");
  }

  @Test
  void depth_countsTheDeepestBranch() {
    Section leaf = Section.builder().heading(Heading.ownLine("末")).build();
    Section twoDeep = Section.builder().heading(Heading.ownLine("中")).addChildren(leaf).build();
    Section root =
        Section.builder().heading(Heading.ownLine("首")).addChildren(leaf, twoDeep).build();

    assertThat(leaf.depth()).isEqualTo(1);
    assertThat(root.depth()).isEqualTo(3);
  }
}
