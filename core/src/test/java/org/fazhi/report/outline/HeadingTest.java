package org.fazhi.report.outline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class HeadingTest {

  // ---- ownLine(String)

  @Test
  void ownLine_hasNoTerminator() {
    Heading heading = Heading.ownLine("法治政府建设取得的成效");
    assertThat(heading.getText()).isEqualTo("法治政府建设取得的成效");
    assertThat(heading.getPlacement()).isEqualTo(HeadingPlacement.OWN_LINE);
    assertThat(heading.getTerminator()).isEmpty();
    assertThat(heading.written()).isEqualTo("法治政府建设取得的成效");
  }

  @Test
  void ownLine_rejectsBlankText() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Heading.ownLine("\u3000"))
        .withMessage("must not be blank (text)");
  }

  // ---- inline(String, String)

  @Test
  void inline_writesItsTerminator() {
    Heading heading = Heading.inline("推动政府职能优化高效", "。");
    assertThat(heading.getPlacement()).isEqualTo(HeadingPlacement.INLINE);
    assertThat(heading.getTerminator()).contains("。");
    assertThat(heading.written()).isEqualTo("推动政府职能优化高效。");
  }

  @Test
  void inline_rejectsBlankTerminator() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Heading.inline("推动政府职能优化高效", ""))
        .withMessage("must not be blank (terminator)");
  }

  @Test
  void builder_inlineWithoutTerminator() {
    Heading heading =
        ImmutableHeading.builder().text("优化政策保障").placement(HeadingPlacement.INLINE).build();
    assertThat(heading.written()).isEqualTo("优化政策保障");
  }

  @Test
  void equals_byTextPlacementAndTerminator() {
    assertThat(Heading.ownLine("a")).isEqualTo(Heading.ownLine("a"));
    assertThat(Heading.ownLine("a")).isNotEqualTo(Heading.inline("a", "。"));
    assertThat(Heading.inline("a", "。")).isNotEqualTo(Heading.inline("a", "；"));
  }
}
