package org.fazhi.report.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.fazhi.report.Report;
import org.fazhi.report.SchemaVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Schema 1.1 reads every 1.0 document unchanged: each document of schema 1.0 the project ever
 * committed ({@code compat-1.0/}: the golden file of core, the Yanggao example, the conformance
 * documents of validation) reads, keeps version 1.0, and writes back as the same JSON; the ones
 * {@link ReportJson} wrote write back byte for byte.
 */
class SchemaOnePointZeroCompatibilityTest {
  private static final ReportJson JSON = ReportJson.create();

  /** Reads trees with every decimal as written: 723.00 is not 723. */
  private static final JsonMapper TREE =
      JsonMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .build();

  /** The documents {@link ReportJson} wrote, byte for byte. */
  private static final Set<String> WRITTEN_BY_REPORT_JSON =
      Set.of("core-every-property.json", "examples-yanggao-2024.json");

  private static Path directory() {
    try {
      return Path.of(SchemaOnePointZeroCompatibilityTest.class.getResource("compat-1.0").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Stream<String> documents() {
    try (Stream<Path> files = Files.list(directory())) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(name -> name.endsWith(".json"))
          .sorted()
          .collect(Collectors.toList())
          .stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String text(String name) {
    try {
      return Files.readString(directory().resolve(name), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void documents_areEveryOneCommitted() {
    List<String> names = documents().collect(Collectors.toList());
    assertThat(names).hasSize(16).containsAll(WRITTEN_BY_REPORT_JSON);
  }

  @ParameterizedTest
  @MethodSource("documents")
  void read_keepsVersionOnePointZero(String name) {
    Report report = JSON.read(text(name));
    assertThat(report.getSchemaVersion()).isEqualTo(SchemaVersion.of(1, 0));
    assertThat(report.getSchemaVersion()).isNotEqualTo(SchemaVersion.CURRENT);
  }

  @ParameterizedTest
  @MethodSource("documents")
  void writeBack_isTheSameJson(String name) {
    String document = text(name);
    String written = JSON.write(JSON.read(document));
    assertThat(TREE.readTree(written)).isEqualTo(TREE.readTree(document));
  }

  @ParameterizedTest
  @ValueSource(strings = {"core-every-property.json", "examples-yanggao-2024.json"})
  void writeBack_ofWhatReportJsonWrote_isByteIdentical(String name) {
    String document = text(name);
    assertThat(JSON.write(JSON.read(document)).getBytes(StandardCharsets.UTF_8))
        .isEqualTo(document.getBytes(StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @MethodSource("documents")
  void readWriteRead_isTheSameReport(String name) {
    Report report = JSON.read(text(name));
    assertThat(JSON.read(JSON.write(report))).isEqualTo(report);
  }
}
