package org.fazhi.report.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.fazhi.report.facts.FactsCsv;
import org.fazhi.report.facts.ReportFacts;
import org.fazhi.report.json.ReportJson;
import org.junit.jupiter.api.Test;

/**
 * A Jackson 2 application does not carry Jackson 3, and what needs it says so clearly, every time,
 * instead of a NoClassDefFoundError that leaves the class unusable.
 */
class WithoutJackson3Test {
  @Test
  void jackson3_isNotOnTheClassPath() {
    assertThat(ClassPathVersionsTest.versionOf("tools.jackson.core.JsonParser")).isEqualTo("absent");
  }

  @Test
  void reportJson_saysWhatItNeeds_onEveryCall() {
    for (int attempt = 0; attempt < 2; attempt++) {
      assertThatThrownBy(ReportJson::create)
          .isExactlyInstanceOf(IllegalStateException.class)
          .hasMessageStartingWith(
              "ReportJson needs Jackson 3 (tools.jackson.core:jackson-databind 3.1 or later),"
                  + " which is neither on the class path nor in the module graph.")
          .hasMessageContaining("FazhiJackson2Module");
    }
  }

  @Test
  void factsCsv_saysWhatItNeeds() {
    List<ReportFacts> facts = List.of(ReportFacts.of("阳高县", ConsumerReports.valid()));

    assertThatThrownBy(() -> FactsCsv.toCsv(facts))
        .isExactlyInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("FactsCsv needs Jackson 3");
  }

  @Test
  void facts_needNoJackson() {
    assertThat(ReportFacts.of("阳高县", ConsumerReports.valid()).facts()).isNotEmpty();
  }
}
