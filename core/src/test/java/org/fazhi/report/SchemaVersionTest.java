package org.fazhi.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SchemaVersionTest {

  // ---- CURRENT, of(int, int)

  @Test
  void current_isOnePointOne() {
    assertThat(SchemaVersion.CURRENT).isEqualTo(SchemaVersion.of(1, 1)).hasToString("1.1");
  }

  @Test
  void current_isSupported_asIsTheVersionBefore() {
    assertThat(SchemaVersion.CURRENT.isSupported()).isTrue();
    assertThat(SchemaVersion.of(1, 0).isSupported()).isTrue();
  }

  @Test
  void of_rejectsNegativeParts() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SchemaVersion.of(-1, 0))
        .withMessage("schema version parts are >= 0: -1.0");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SchemaVersion.of(1, -2))
        .withMessage("schema version parts are >= 0: 1.-2");
  }

  // ---- parse(CharSequence)

  @Test
  void parse_readsMajorAndMinor() {
    SchemaVersion version = SchemaVersion.parse("1.12");
    assertThat(version.getMajor()).isEqualTo(1);
    assertThat(version.getMinor()).isEqualTo(12);
  }

  @Test
  void parse_readsTheLargestParts() {
    assertThat(SchemaVersion.parse("2147483647.2147483647"))
        .isEqualTo(SchemaVersion.of(Integer.MAX_VALUE, Integer.MAX_VALUE));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "1",
        "1.",
        ".0",
        "01.0",
        "1.00",
        "1.0.0",
        "v1.0",
        "1,0",
        " 1.0",
        "-1.0",
        "2147483648.0"
      })
  void parse_rejectsOtherText(String text) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SchemaVersion.parse(text))
        .withMessage(
            "not a schema version: \"" + text + "\" (expected major.minor, such as \"1.0\")");
  }

  // ---- isSupported()

  @Test
  void isSupported_onlyForTheCurrentMajorVersion() {
    assertThat(SchemaVersion.of(1, 0).isSupported()).isTrue();
    assertThat(SchemaVersion.of(1, 7).isSupported()).isTrue();
    assertThat(SchemaVersion.of(0, 9).isSupported()).isFalse();
    assertThat(SchemaVersion.of(2, 0).isSupported()).isFalse();
  }

  @Test
  void report_rejectsAnUnsupportedVersion() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                Report.builder()
                    .schemaVersion(SchemaVersion.of(2, 0))
                    .metadata(
                        ReportMetadata.builder()
                            .title("阳高县2024年法治政府建设年度报告")
                            .reportingYear(2024)
                            .build())
                    .build())
        .withMessage("unsupported schemaVersion 2.0: this library holds schema 1.x reports");
  }
}
