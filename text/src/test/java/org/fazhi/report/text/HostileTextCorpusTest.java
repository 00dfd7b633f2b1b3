package org.fazhi.report.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile-text corpus ({@code src/test/resources/hostile-text}): each document read by {@link
 * ReportText}, each outcome exactly the one its manifest line states (see {@link
 * HostileTextOutcomes}) — a refusal with its reasons, or the import's summary — and never another
 * exception.
 */
class HostileTextCorpusTest {

  /** A case of the corpus: a document and what the importer does with it. */
  record Case(String file, String outcome) {
    @Override
    public String toString() {
      return file;
    }
  }

  static Path root() {
    try {
      return Path.of(HostileTextCorpusTest.class.getResource("/hostile-text/manifest.tsv").toURI())
          .getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<Case> cases() throws IOException {
    return Files.readAllLines(root().resolve("manifest.tsv"), StandardCharsets.UTF_8).stream()
        .filter(l -> !l.isEmpty() && !l.startsWith("#"))
        .map(l -> l.split("\t", -1))
        .map(f -> new Case(f[0], f[1]))
        .toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void theImporter_doesExactlyWhatTheManifestStates(Case c) {
    assertThat(HostileTextOutcomes.outcome(root().resolve(c.file()), c.file()))
        .isEqualTo(c.outcome());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void everyOutcome_isARefusalWithReasonsOrASummary(Case c) {
    assertThat(c.outcome())
        .matches(
            "refused (EMPTY|TOO_LARGE|NOT_TEXT|NOT_A_REPORT): .+"
                + "|imported sections=\\d+ figures=\\d+ block=\\d+ indicator=\\d+ qualifier=\\d+"
                + " unplaced=\\d+ change=\\d+ series=\\d+ unattached=\\d+ warnings=\\[.*\\]");
  }

  @Test
  void everyLineEnding_andEveryIndentation_givesTheSameImportAsLineFeeds() throws IOException {
    String base = outcomeOf("base-lf.txt");
    assertThat(base).startsWith("imported sections=");
    for (String file : List.of("ending-crlf.txt", "ending-cr.txt", "ending-crlf-bom.bin")) {
      assertThat(outcomeOf(file)).as(file).isEqualTo(base);
    }
  }

  @Test
  void binaryFiles_areRefusedAsNotText() throws IOException {
    for (String file :
        List.of("binary-random.bin", "binary-zeros.bin", "pdf.bin", "png-header.bin")) {
      assertThat(outcomeOf(file)).as(file).startsWith("refused NOT_TEXT: ");
    }
  }

  @Test
  void theCorpus_coversEachKindOfHostileText() throws IOException {
    List<String> files = cases().stream().map(Case::file).toList();
    assertThat(files)
        .doesNotHaveDuplicates()
        .allMatch(f -> f.matches("[a-z0-9-]+\\.(txt|bin)"))
        .anyMatch(f -> f.startsWith("ending-"))
        .anyMatch(f -> f.startsWith("binary-"))
        .anyMatch(f -> f.startsWith("pdf"))
        .anyMatch(f -> f.startsWith("html-"))
        .anyMatch(f -> f.startsWith("repeat-"))
        .anyMatch(f -> f.startsWith("blank-"));
    assertThat(files).hasSizeGreaterThan(60);
  }

  private static String outcomeOf(String file) throws IOException {
    return cases().stream().filter(c -> c.file().equals(file)).findFirst().orElseThrow().outcome();
  }
}
