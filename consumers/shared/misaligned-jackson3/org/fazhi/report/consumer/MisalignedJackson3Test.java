package org.fazhi.report.consumer;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.fazhi.report.json.ReportJson;
import org.junit.jupiter.api.Test;

/**
 * Jackson 3 added to a Spring Boot 3 application without its BOM runs with Boot's
 * jackson-annotations 2.19, which lacks classes Jackson 3 uses. ReportJson says so, with both
 * versions and the fix, on every call — not a NoClassDefFoundError from inside Jackson.
 */
class MisalignedJackson3Test {
  @Test
  void reportJson_namesBothVersionsAndTheFix_onEveryCall() {
    for (int attempt = 0; attempt < 2; attempt++) {
      assertThatThrownBy(ReportJson::create)
          .isExactlyInstanceOf(IllegalStateException.class)
          .hasMessageStartingWith(
              "ReportJson cannot run on this class path: tools.jackson.core:jackson-databind"
                  + " 3.3.0 with com.fasterxml.jackson.core:jackson-annotations 2.19.2 fails: class"
                  + " com.fasterxml.jackson.annotation.JsonSerializeAs is missing.")
          .hasMessageContaining("Import tools.jackson:jackson-bom before the framework's BOM")
          .hasCauseInstanceOf(NoClassDefFoundError.class);
    }
  }
}
