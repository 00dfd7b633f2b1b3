package org.fazhi.report.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.fazhi.report.Report;
import org.fazhi.report.json.ReportJson;
import org.fazhi.report.json.ReportSchema;
import org.fazhi.report.json.ReportSchemaValidator;
import org.fazhi.report.testing.ReportArbitraries;
import org.fazhi.report.testing.ReportFixtures;
import org.junit.jupiter.api.Test;

/**
 * {@code fazhi schema}: prints the report's JSON Schema, the same every time, and what the library
 * writes conforms to it — the Yanggao report as published, and generated reports, consistent or
 * breaking any rule of the catalog.
 */
class SchemaCommandTest {
  private static final ReportJson JSON = ReportJson.create();

  @Test
  void printsTheSchema_exactly_andExitsZero() {
    FazhiCommandTest.Run run = FazhiCommandTest.fazhi("schema");

    assertThat(run.status()).isEqualTo(Fazhi.OK);
    assertThat(run.out()).isEqualTo(ReportSchema.text());
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .startsWith("{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n");
  }

  @Test
  void printsTheSameText_everyTime() {
    assertThat(FazhiCommandTest.fazhi("schema").out())
        .isEqualTo(FazhiCommandTest.fazhi("schema").out());
  }

  @Test
  void help_showsAnExample() {
    FazhiCommandTest.Run run = FazhiCommandTest.fazhi("schema", "--help");

    assertThat(run.status()).isEqualTo(Fazhi.OK);
    assertThat(run.out())
        .contains("Usage: fazhi schema")
        .contains("Example:")
        .contains("fazhi schema > report.schema.json");
  }

  @Test
  void anArgument_isRefused() {
    FazhiCommandTest.Run run = FazhiCommandTest.fazhi("schema", "yanggao-2024.json");

    assertThat(run.status()).isEqualTo(Fazhi.UNREADABLE);
    assertThat(run.err()).startsWith("Unmatched argument at index 1: 'yanggao-2024.json'");
  }

  @Test
  void theYanggaoJson_asPublishedInTheKit_conforms() throws IOException {
    String yanggao;
    try (InputStream in =
        ReportFixtures.class.getResourceAsStream(ReportFixtures.YANGGAO_2024_RESOURCE)) {
      yanggao = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    assertThat(ReportSchemaValidator.errors(yanggao)).isEmpty();
  }

  @Property(tries = 100)
  void everyConsistentGeneratedReport_conforms(@ForAll("valid") Report report) {
    assertThat(ReportSchemaValidator.errors(JSON.write(report))).isEmpty();
  }

  /** Figures that break a rule are still the JSON form: a schema is not a validator of sums. */
  @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
  void everyReportBreakingARule_conformsToo(@ForAll("breaking") Report report) {
    assertThat(ReportSchemaValidator.errors(JSON.write(report))).isEmpty();
  }

  @Provide
  Arbitrary<Report> valid() {
    return ReportArbitraries.validReports();
  }

  @Provide
  Arbitrary<Report> breaking() {
    return Arbitraries.of(ReportArbitraries.supportedRules())
        .flatMap(ReportArbitraries::reportsBreaking);
  }
}
