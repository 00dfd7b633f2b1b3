package org.fazhi.report.outline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SectionIdTest {

  // ---- of(int...)

  @Test
  void of_keepsThePath() {
    assertThat(SectionId.of(1, 2, 3).getPath()).containsExactly(1, 2, 3);
  }

  @Test
  void of_rejectsEmptyPath() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SectionId.of())
        .withMessage("a section id needs at least one position");
  }

  @Test
  void of_rejectsZeroPosition() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SectionId.of(1, 0))
        .withMessage("section positions count from 1: [1, 0]");
  }

  @Test
  void of_rejectsNegativePosition() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SectionId.of(-2))
        .withMessage("section positions count from 1: [-2]");
  }

  // ---- parse(CharSequence)

  @Test
  void parse_readsPositions() {
    assertThat(SectionId.parse("s1.2.3")).isEqualTo(SectionId.of(1, 2, 3));
    assertThat(SectionId.parse("s12")).isEqualTo(SectionId.of(12));
  }

  @Test
  void parse_readsTheLargestPosition() {
    assertThat(SectionId.parse("s2147483647.1")).isEqualTo(SectionId.of(Integer.MAX_VALUE, 1));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "s",
        "1.2",
        "S1",
        "s0",
        "s01",
        "s1.",
        "s.1",
        "s1..2",
        "s1.0",
        "s-1",
        "s1.2 ",
        "s１",
        "s2147483648",
        "s12345678901"
      })
  void parse_rejectsOtherText(String text) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SectionId.parse(text))
        .withMessage("not a section id: \"" + text + "\" (expected for example \"s1.2.3\")");
  }

  // ---- toString()

  @Test
  void toString_isTheCanonicalText() {
    assertThat(SectionId.of(1, 2, 3)).hasToString("s1.2.3");
    assertThat(SectionId.of(7)).hasToString("s7");
  }

  // ---- depth(), parent(), child(int), isWithin(SectionId)

  @Test
  void depth_isThePathLength() {
    assertThat(SectionId.of(4).depth()).isEqualTo(1);
    assertThat(SectionId.of(1, 2, 3).depth()).isEqualTo(3);
  }

  @Test
  void parent_dropsTheLastPosition() {
    assertThat(SectionId.of(1, 2, 3).parent()).contains(SectionId.of(1, 2));
    assertThat(SectionId.of(1).parent()).isEmpty();
  }

  @Test
  void child_appendsAPosition() {
    assertThat(SectionId.of(1, 2).child(3)).isEqualTo(SectionId.of(1, 2, 3));
  }

  @Test
  void child_rejectsZero() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SectionId.of(1).child(0))
        .withMessage("section positions count from 1: [1, 0]");
  }

  @Test
  void isWithin_itselfAndItsAncestors() {
    SectionId id = SectionId.of(1, 2, 3);
    assertThat(id.isWithin(id)).isTrue();
    assertThat(id.isWithin(SectionId.of(1, 2))).isTrue();
    assertThat(id.isWithin(SectionId.of(1))).isTrue();
    assertThat(id.isWithin(SectionId.of(1, 3))).isFalse();
    assertThat(id.isWithin(SectionId.of(2))).isFalse();
    assertThat(SectionId.of(1).isWithin(id)).isFalse();
  }

  @Test
  void path_isImmutable() {
    List<Integer> path = SectionId.of(1, 2).getPath();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> path.add(3))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
