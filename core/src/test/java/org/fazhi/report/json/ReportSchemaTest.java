package org.fazhi.report.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.fazhi.report.ReportFixtures;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link ReportSchema}: what the reader reads conforms, and what it rejects for a reason a schema
 * can state the schema rejects too, at the same place.
 */
class ReportSchemaTest {
  private static final ReportJson JSON = ReportJson.create();

  private static Path resource(String name) {
    try {
      return Path.of(ReportSchemaTest.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String text(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void text_isADraft2020_12Schema_ofTheCurrentVersion() {
    assertThat(ReportSchema.text())
        .startsWith(
            "{\n"
                + "  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n"
                + "  \"title\": \"Fazhi report, JSON form 1.1\",\n")
        .endsWith("}\n");
  }

  @Nested
  class Conforming {
    static Stream<String> compatibilityDocuments() throws IOException {
      try (Stream<Path> files = Files.list(resource("compat-1.0"))) {
        return files
            .map(f -> f.getFileName().toString())
            .sorted()
            .collect(Collectors.toList())
            .stream();
      }
    }

    @Test
    void theDocumentWithEveryProperty() {
      assertThat(ReportSchemaValidator.errors(text(resource("every-property.json")))).isEmpty();
    }

    @Test
    void theMinimalReport() {
      assertThat(ReportSchemaValidator.errors(JSON.write(ReportFixtures.MINIMAL))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("compatibilityDocuments")
    void everyOnePointZeroDocument(String name) {
      assertThat(ReportSchemaValidator.errors(text(resource("compat-1.0").resolve(name))))
          .isEmpty();
    }
  }

  /** A hostile document, the schema's errors for it, and the reader's pointer. */
  record Hostile(String name, String json, List<String> errors, String pointer) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static final String VERSION = "\"schemaVersion\": \"1.1\"";

  private static String metadata(String properties) {
    return "{" + VERSION + ", \"metadata\": {\"title\": \"阳高县报告\"" + properties + "}}";
  }

  private static String reconsideration(String properties) {
    return "{"
        + VERSION
        + ", \"metadata\": {\"title\": \"阳高县报告\"},"
        + " \"statistics\": {\"reconsideration\": {"
        + properties
        + "}}}";
  }

  static Stream<Hostile> hostile() {
    return Stream.of(
        new Hostile(
            "an unknown property of the report",
            "{" + VERSION + ", \"metadata\": {\"title\": \"阳高县报告\"}, \"extra\": 1}",
            List.of(" additionalProperties"),
            "/extra"),
        new Hostile(
            "an unknown property deep inside",
            reconsideration("\"recieved\": 35"),
            List.of("/statistics/reconsideration additionalProperties"),
            "/statistics/reconsideration/recieved"),
        new Hostile(
            "a missing required property",
            "{" + VERSION + ", \"metadata\": {\"publisher\": \"阳高县司法局\"}}",
            List.of("/metadata required"),
            "/metadata/title"),
        new Hostile(
            "a string for a number",
            metadata(", \"reportingYear\": \"2024\""),
            List.of("/metadata/reportingYear type"),
            "/metadata/reportingYear"),
        new Hostile(
            "null",
            metadata(", \"publisher\": null"),
            List.of("/metadata/publisher type"),
            "/metadata/publisher"),
        new Hostile(
            "an unknown enum name",
            metadata(", \"issuers\": [{\"name\": \"阳高县人民政府\", \"kind\": \"MAYOR\"}]"),
            List.of("/metadata/issuers/0/kind enum"),
            "/metadata/issuers/0/kind"),
        new Hostile(
            "a blank string",
            metadata(", \"publisher\": \"  \""),
            List.of("/metadata/publisher pattern"),
            "/metadata/publisher"),
        new Hostile(
            "a blank element of a list",
            metadata(", \"addressees\": [\"市委\", \" \"]"),
            List.of("/metadata/addressees/1 pattern"),
            "/metadata/addressees/1"),
        new Hostile(
            "a year of three digits",
            metadata(", \"reportingYear\": 999"),
            List.of("/metadata/reportingYear minimum"),
            "/metadata/reportingYear"),
        new Hostile(
            "a date that is no date",
            metadata(", \"documentDate\": \"2024-13-01\""),
            List.of("/metadata/documentDate format"),
            "/metadata/documentDate"),
        new Hostile(
            "a date written otherwise",
            metadata(", \"documentDate\": \"2024/12/03\""),
            List.of("/metadata/documentDate format", "/metadata/documentDate pattern"),
            "/metadata/documentDate"),
        new Hostile(
            "a negative count",
            reconsideration("\"received\": -1"),
            List.of(
                "/statistics/reconsideration/received oneOf",
                "/statistics/reconsideration/received minimum",
                "/statistics/reconsideration/received type"),
            "/statistics/reconsideration/received"),
        new Hostile(
            "a fraction for a count",
            reconsideration("\"received\": 3.5"),
            List.of(
                "/statistics/reconsideration/received oneOf",
                "/statistics/reconsideration/received type",
                "/statistics/reconsideration/received type"),
            "/statistics/reconsideration/received"),
        new Hostile(
            "an exact count written as an object",
            reconsideration("\"received\": {\"value\": 35}"),
            List.of(
                "/statistics/reconsideration/received oneOf",
                "/statistics/reconsideration/received type",
                "/statistics/reconsideration/received required",
                "/statistics/reconsideration/received required"),
            "/statistics/reconsideration/received"),
        new Hostile(
            "an unknown decision kind as a key",
            reconsideration("\"outcomes\": {\"UPHELD\": 2, \"APPROVED\": 1}"),
            List.of("/statistics/reconsideration/outcomes propertyNames"),
            "/statistics/reconsideration/outcomes/APPROVED"),
        new Hostile(
            "a negative rate",
            reconsideration("\"closureRate\": {\"percent\": -5}"),
            List.of("/statistics/reconsideration/closureRate/percent minimum"),
            "/statistics/reconsideration/closureRate/percent"),
        new Hostile(
            "a schema version of another major version",
            "{\"schemaVersion\": \"2.0\", \"metadata\": {\"title\": \"阳高县报告\"}}",
            List.of("/schemaVersion pattern"),
            "/schemaVersion"),
        new Hostile(
            "a division code of five digits",
            metadata(
                ", \"division\": {\"name\": \"阳高县\", \"level\": \"COUNTY\", \"code\": \"14022\"}"),
            List.of("/metadata/division/code pattern"),
            "/metadata/division/code"),
        new Hostile(
            "a concept that is not in the catalog",
            "{"
                + VERSION
                + ", \"metadata\": {\"title\": \"阳高县报告\"}, \"changes\": [{\"concept\":"
                + " \"reconsideration.approved\", \"change\": {\"direction\": \"INCREASE\"}}]}",
            List.of("/changes/0/concept enum"),
            "/changes/0/concept"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostile")
  void rejects_whatTheReaderRejects_atTheSamePlace(Hostile document) {
    assertThat(ReportSchemaValidator.errors(document.json()))
        .extracting(error -> error.substring(0, error.indexOf(':')))
        .containsExactlyInAnyOrderElementsOf(document.errors());
    assertThatThrownBy(() -> JSON.read(document.json()))
        .isInstanceOfSatisfying(
            ReportJsonException.class,
            e -> assertThat(e.getPointer()).isEqualTo(document.pointer()));
  }

  @Test
  void anError_saysWhereWhatAndWhy() {
    assertThat(ReportSchemaValidator.errors(metadata(", \"reportingYear\": \"2024\"")))
        .containsExactly("/metadata/reportingYear type: string found, integer expected");
  }
}
