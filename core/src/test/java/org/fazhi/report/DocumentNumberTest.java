package org.fazhi.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DocumentNumberTest {
  private static final DocumentNumber TONG_FAZHIBAN_2024_6 = DocumentNumber.of("同法治办", 2024, 6);

  // ---- of(String, int, int)

  @Test
  void of_keepsTheParts() {
    assertThat(TONG_FAZHIBAN_2024_6.getIssuerCode()).isEqualTo("同法治办");
    assertThat(TONG_FAZHIBAN_2024_6.getYear()).isEqualTo(2024);
    assertThat(TONG_FAZHIBAN_2024_6.getSerial()).isEqualTo(6);
  }

  @Test
  void of_rejectsBlankIssuer() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> DocumentNumber.of(" ", 2024, 6))
        .withMessage("must not be blank (issuerCode)");
  }

  @Test
  void of_rejectsAYearWithoutFourDigits() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> DocumentNumber.of("同法治办", 999, 6))
        .withMessage("a year has four digits: 999");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> DocumentNumber.of("同法治办", 10000, 6))
        .withMessage("a year has four digits: 10000");
  }

  @Test
  void of_rejectsNegativeSerial() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> DocumentNumber.of("同法治办", 2024, -1))
        .withMessage("a serial is >= 0: -1");
  }

  // ---- parse(CharSequence): brackets

  @ParameterizedTest
  @ValueSource(
      strings = {
        "同法治办〔2024〕6号",
        "同法治办[2024]6号",
        "同法治办\uFF3B2024\uFF3D6号",
        "同法治办【2024】6号",
        "同法治办(2024)6号",
        "同法治办\uFF082024\uFF096号",
        "同法治办〔2024〕06号",
      })
  void parse_readsEveryBracket(String text) {
    assertThat(DocumentNumber.parse(text)).isEqualTo(TONG_FAZHIBAN_2024_6);
  }

  @Test
  void parse_issuerCodeMayHoldBrackets() {
    DocumentNumber number = DocumentNumber.parse("厅字〔2019〕附〔2024〕28号");
    assertThat(number.getIssuerCode()).isEqualTo("厅字〔2019〕附");
    assertThat(number.getYear()).isEqualTo(2024);
    assertThat(number.getSerial()).isEqualTo(28);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "〔2024〕6号",
        "同法治办2024年6号",
        "同法治办〔24〕6号",
        "同法治办〔2024〕6",
        "同法治办〔2024〕号",
        "同法治办〔2024〕六号",
        "同法治办〔2024〕12345678901号"
      })
  void parse_rejectsWhatIsNoDocumentNumber(String text) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> DocumentNumber.parse(text))
        .withMessage(
            "not a document number: \"" + text + "\" (expected for example \"同法治办〔2024〕6号\")");
  }

  @Test
  void parse_rejectsASerialBeyondInt() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> DocumentNumber.parse("同法治办〔2024〕2147483648号"))
        .withMessage("not a document number: \"同法治办〔2024〕2147483648号\" (the serial is too large)");
  }

  @Test
  void parse_readsTheLargestSerial() {
    assertThat(DocumentNumber.parse("同法治办〔2024〕2147483647号").getSerial())
        .isEqualTo(Integer.MAX_VALUE);
  }

  @Test
  void parse_rejectsBlankIssuer() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> DocumentNumber.parse(" 〔2024〕6号"))
        .withMessage("must not be blank (issuerCode)");
  }

  // ---- toString()

  @Test
  void toString_usesHexagonalBrackets() {
    assertThat(DocumentNumber.parse("同法治办[2024]6号")).hasToString("同法治办〔2024〕6号");
  }
}
