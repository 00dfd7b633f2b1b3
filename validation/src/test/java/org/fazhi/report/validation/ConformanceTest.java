package org.fazhi.report.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.fazhi.report.Report;
import org.fazhi.report.json.ReportJson;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The conformance folder: report documents in their JSON form ({@code name.json}), each with the
 * exact findings it must produce ({@code name.expected}: one {@code SEVERITY rule-id pointer
 * [+repeats]} per line, in the validator's order; lines starting with {@code #} are comments).
 */
class ConformanceTest {
  private static final ReportValidator VALIDATOR = ReportValidator.create();

  static Path folder() {
    try {
      return Paths.get(ConformanceTest.class.getResource("/conformance").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Stream<Named<Path>> documents() throws IOException {
    try (Stream<Path> files = Files.list(folder())) {
      return files
          .filter(p -> p.getFileName().toString().endsWith(".json"))
          .sorted()
          .map(p -> Named.of(p.getFileName().toString(), p))
          .collect(Collectors.toList())
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void producesExactlyItsExpectedFindings(Path document) throws IOException {
    Report report = ReportJson.create().read(document);
    List<String> actual =
        VALIDATOR.validate(report).getFindings().stream()
            .map(
                f ->
                    f.getSeverity()
                        + " "
                        + f.getRuleId()
                        + " "
                        + f.getPointer()
                        + (f.getRepeatCount() > 0 ? " +" + f.getRepeatCount() : ""))
            .collect(Collectors.toList());
    assertThat(actual).containsExactlyElementsOf(expected(document));
  }

  @Test
  void everyDocumentHasItsExpectations_andTheFolderCoversErrorsWarningsAndInfos()
      throws IOException {
    List<Path> documents = documents().map(Named::getPayload).collect(Collectors.toList());
    assertThat(documents).hasSizeGreaterThanOrEqualTo(10);
    String all =
        documents.stream().flatMap(d -> expected(d).stream()).collect(Collectors.joining("\n"));
    assertThat(all).contains("ERROR ").contains("WARNING ").contains("INFO ").contains(" +2");
  }

  private static List<String> expected(Path document) {
    String name = document.getFileName().toString().replaceFirst("\\.json$", ".expected");
    try {
      return Files.readAllLines(document.resolveSibling(name)).stream()
          .filter(line -> !line.isBlank() && !line.startsWith("#"))
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
