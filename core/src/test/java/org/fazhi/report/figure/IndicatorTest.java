package org.fazhi.report.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.fazhi.report.outline.SectionId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IndicatorTest {

  // ---- of(String, String)

  @Test
  void of_parsesTheQuantity() {
    Indicator indicator = Indicator.of("划转事项", "237项");
    assertThat(indicator.getLabel()).isEqualTo("划转事项");
    assertThat(indicator.getQuantity()).isEqualTo(Quantity.of("237", "项"));
    assertThat(indicator.getCode()).isEmpty();
    assertThat(indicator.getSection()).isEmpty();
  }

  @Test
  void of_keepsApproximation() {
    assertThat(Indicator.of("防火隔离带", "300多公里").getQuantity()).isEqualTo(Quantity.parse("300余公里"));
  }

  @Test
  void of_rejectsBlankLabel() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Indicator.of(" ", "237项"))
        .withMessage("must not be blank (label)");
  }

  // ---- builder(): code and section

  @ParameterizedTest
  @ValueSource(strings = {"approval", "approval.items-transferred", "a1.b2-c3", "kiosks", "x.y.z"})
  void builder_acceptsCodesOfLowerCaseWords(String code) {
    Indicator indicator =
        Indicator.builder().label("自助服务一体机").quantity(Quantity.parse("49台")).code(code).build();
    assertThat(indicator.getCode()).contains(code);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"Approval", "1approval", "approval.", ".approval", "approval..x", "a b", "", "审批"})
  void builder_rejectsOtherCodes(String code) {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                Indicator.builder()
                    .label("自助服务一体机")
                    .quantity(Quantity.parse("49台"))
                    .code(code)
                    .build())
        .withMessage(
            "an indicator code is lower-case words joined by dots or hyphens: \"" + code + "\"");
  }

  @Test
  void builder_namesTheSection() {
    Indicator indicator =
        Indicator.builder()
            .label("自助服务一体机")
            .quantity(Quantity.parse("49台"))
            .section(SectionId.parse("s1.2.2"))
            .build();
    assertThat(indicator.getSection()).contains(SectionId.of(1, 2, 2));
  }
}
