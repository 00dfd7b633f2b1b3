package org.fazhi.report.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScopeTest {

  // ---- of(ScopeLevel), of(ScopeLevel, String)

  @Test
  void of_level_hasNoWordsOfItsOwn() {
    Scope scope = Scope.of(ScopeLevel.PROVINCE);
    assertThat(scope.getLevel()).isEqualTo(ScopeLevel.PROVINCE);
    assertThat(scope.getLabel()).isEmpty();
  }

  @Test
  void of_levelAndLabel_keepsTheWordsAsWritten() {
    Scope scope = Scope.of(ScopeLevel.AUTHORITY, "市司法局");
    assertThat(scope.getLevel()).isEqualTo(ScopeLevel.AUTHORITY);
    assertThat(scope.getLabel()).contains("市司法局");
  }

  @Test
  void of_rejectsABlankLabel() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Scope.of(ScopeLevel.PREFECTURE, " "))
        .withMessage("must not be blank (label)");
  }

  @Test
  void equals_dependsOnLevelAndLabel() {
    assertThat(Scope.of(ScopeLevel.PREFECTURE, "大同市"))
        .isEqualTo(Scope.of(ScopeLevel.PREFECTURE, "大同市"))
        .isNotEqualTo(Scope.of(ScopeLevel.PREFECTURE))
        .isNotEqualTo(Scope.of(ScopeLevel.COUNTY, "大同市"));
  }

  // ---- toString()

  @ParameterizedTest
  @CsvSource({
    "NATIONAL, 全国",
    "PROVINCE, 全省",
    "PREFECTURE, 全市",
    "COUNTY, 全县",
    "TOWNSHIP, 全镇",
    "AUTHORITY, 上级机关",
    "OTHER, 其他",
  })
  void toString_withoutLabel_isTheLevelsWord(ScopeLevel level, String word) {
    assertThat(Scope.of(level)).hasToString(word);
    assertThat(level.word()).isEqualTo(word);
  }

  @Test
  void toString_withLabel_isTheLabel() {
    assertThat(Scope.of(ScopeLevel.PREFECTURE, "大同市")).hasToString("大同市");
  }
}
