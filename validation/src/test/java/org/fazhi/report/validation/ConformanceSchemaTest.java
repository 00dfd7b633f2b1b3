package org.fazhi.report.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.fazhi.report.json.ReportSchema;
import org.fazhi.report.json.ReportSchemaValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every document of the conformance folder conforms to {@link ReportSchema}, those whose figures do
 * not add up included: what is wrong with them is validation's to find, not the schema's.
 */
class ConformanceSchemaTest {
  @Test
  void theFolder_hasDocuments() throws IOException {
    assertThat(ConformanceTest.documents()).hasSizeGreaterThan(30);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("org.fazhi.report.validation.ConformanceTest#documents")
  void conformsToTheSchema(Path document) throws IOException {
    String json = Files.readString(document, StandardCharsets.UTF_8);

    assertThat(ReportSchemaValidator.errors(json)).isEmpty();
  }
}
