package org.fazhi.report.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.fazhi.report.Report;
import org.fazhi.report.validation.Finding;
import org.fazhi.report.validation.ReportValidator;
import org.fazhi.report.validation.ValidationResult;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The text importer's corpus, read and validated: every text the importer accepts gives a report
 * the validator judges without throwing, with every message rendered in both languages.
 */
class TextCorpusValidationTest {
  private static final ReportValidator VALIDATOR = ReportValidator.create();

  static Stream<Named<Path>> texts() throws IOException, URISyntaxException {
    URI uri = TextCorpusValidationTest.class.getResource("/org/fazhi/report/text/corpus").toURI();
    if (uri.getScheme().equals("jar")) {
      try {
        FileSystems.newFileSystem(uri, Map.of());
      } catch (FileSystemAlreadyExistsException alreadyOpen) {
        // opened by an earlier call
      }
    }
    try (Stream<Path> files = Files.list(Paths.get(uri))) {
      List<Path> texts =
          files
              .filter(p -> p.getFileName().toString().endsWith(".txt"))
              .sorted()
              .collect(Collectors.toList());
      return texts.stream().map(p -> Named.of(p.getFileName().toString(), p));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("texts")
  void everyImportedReport_isJudgedWithoutThrowing(Path text) {
    Optional<Report> report = imported(text);
    if (report.isEmpty()) {
      return; // the importer rejects it (a novel chapter, whitespace, not UTF-8): nothing to judge
    }
    ValidationResult result = VALIDATOR.validate(report.get());
    for (Finding finding : result.getFindings()) {
      assertThat(finding.getMessage()).doesNotContain("{");
      assertThat(finding.getMessage(Locale.ENGLISH)).doesNotContain("{");
    }
  }

  private static Optional<Report> imported(Path text) {
    try {
      return Optional.of(ReportText.parse(text).getReport());
    } catch (ReportTextException rejected) {
      return Optional.empty();
    }
  }
}
