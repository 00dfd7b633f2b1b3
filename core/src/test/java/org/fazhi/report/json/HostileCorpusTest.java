package org.fazhi.report.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile-input corpus ({@code src/test/resources/hostile}): each document read by {@link
 * ReportJson} and by an application's Jackson 2 and Jackson 3 mappers with the Fazhi module, each
 * outcome exactly the one its manifest line states (see {@link HostileOutcomes} for the forms) —
 * accepted and written back byte for byte (an exponent written out), or refused with the problem,
 * JSON Pointer, line, column and message.
 *
 * <p>Beyond what each line states, every line must keep the corpus's promises: whatever {@link
 * ReportJson} accepts it writes back and reads again identically; whatever the model's own
 * invariants refuse, the three readers refuse with the same message.
 */
class HostileCorpusTest {

  /**
   * A case of the corpus: a document and what each reader does with it. A {@code .bin} document is
   * read as bytes, any other as UTF-8 text.
   */
  record Case(
      String file, int line, String reportJson, String jackson2, String jackson3, byte[] bytes) {
    /** The document as text. */
    String document() {
      return new String(bytes, StandardCharsets.UTF_8);
    }

    boolean isBytes() {
      return file.endsWith(".bin");
    }

    /** What the reader does with it now. */
    String actualReportJson() {
      return isBytes()
          ? HostileOutcomes.reportJson(bytes, line)
          : HostileOutcomes.reportJson(document(), line);
    }

    /** What a Jackson 2 mapper with the module does with it now. */
    String actualJackson2() {
      return isBytes()
          ? HostileOutcomes.jackson2(bytes, line)
          : HostileOutcomes.jackson2(document(), line);
    }

    /** What a Jackson 3 mapper with the module does with it now. */
    String actualJackson3() {
      return isBytes()
          ? HostileOutcomes.jackson3(bytes, line)
          : HostileOutcomes.jackson3(document(), line);
    }

    @Override
    public String toString() {
      return file;
    }
  }

  /** The categories whose documents are the base report with one value replaced. */
  static final List<String> ONE_VALUE_CATEGORIES = List.of("numbers", "types", "dates");

  static Path root() {
    try {
      return Path.of(HostileCorpusTest.class.getResource("/hostile/manifest.tsv").toURI())
          .getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<Case> cases() throws IOException {
    Path root = root();
    return Files.readAllLines(root.resolve("manifest.tsv"), StandardCharsets.UTF_8).stream()
        .filter(l -> !l.isEmpty() && !l.startsWith("#"))
        .map(l -> l.split("\t", -1))
        .map(
            f -> {
              try {
                return new Case(
                    f[0],
                    Integer.parseInt(f[1]),
                    f[2],
                    f[3],
                    f[4],
                    Files.readAllBytes(root.resolve(f[0])));
              } catch (IOException e) {
                throw new IllegalStateException(e);
              }
            })
        .toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void eachReader_doesExactlyWhatTheManifestStates(Case c) {
    assertThat(c.actualReportJson()).as("ReportJson").isEqualTo(c.reportJson());
    assertThat(c.actualJackson2()).as("Jackson 2 with FazhiJackson2Module").isEqualTo(c.jackson2());
    assertThat(c.actualJackson3()).as("Jackson 3 with FazhiJackson3Module").isEqualTo(c.jackson3());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void everyOutcome_isAnAcceptanceThatRoundTripsOrALocatedRefusal(Case c) {
    assertThat(c.reportJson())
        .matches("accepted|accepted as \\S+|refused [A-Z_]+ (/\\S*|\\(document\\)) \\d+:\\d+ .+");
    assertThat(List.of(c.jackson2(), c.jackson3()))
        .allMatch(
            o -> o.matches("accepted|accepted as \\S+|refused [A-Za-z]+(: .+)?|null"), "known");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void whatReportJsonRefusesAsInvalid_thePlainMappersRefuseToo_withTheModelsMessage(Case c) {
    boolean invalid = c.reportJson().startsWith("refused INVALID_VALUE ");
    // A lone surrogate is refused by the reader as it reads the string, before a builder sees it.
    boolean readerSetting = c.reportJson().contains(" holds a lone surrogate ");
    if (invalid && !readerSetting) {
      assertThat(c.jackson2()).startsWith("refused ");
      assertThat(c.jackson3()).startsWith("refused ");
      String prefix = "refused ValueInstantiationException: ";
      if (c.jackson2().startsWith(prefix)) {
        assertThat(c.reportJson()).endsWith(" " + c.jackson2().substring(prefix.length()));
        assertThat(c.jackson3()).isEqualTo(c.jackson2());
      }
    }
  }

  /**
   * Values are the modules' concern: for a value of the wrong type or spelling, the three readers
   * are one reader — all refuse the document, or all accept it as the same report, written back the
   * same. (What the parser decides before any type is known — duplicate keys, trailing content,
   * limits, encodings — stays the application mapper's setting, so other categories are held to
   * their manifest lines only; see docs/integration.md.)
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void forAValue_theThreeReadersAgree(Case c) {
    if (!c.file().matches("(numbers|types|dates)/.*")) {
      return;
    }
    if (c.reportJson().startsWith("accepted")) {
      assertThat(List.of(c.jackson2(), c.jackson3())).containsOnly(c.reportJson());
    } else {
      assertThat(List.of(c.jackson2(), c.jackson3())).allMatch(o -> o.startsWith("refused "));
    }
  }

  @Test
  void eachDocument_isOneCase() throws IOException {
    List<String> files = cases().stream().map(Case::file).toList();
    assertThat(files)
        .doesNotHaveDuplicates()
        .allMatch(f -> f.matches("[a-z]+/[A-Za-z0-9-]+\\.(json|bin)"));
  }

  @Test
  void theNumbersCategory_coversEveryNumericFieldKind_withAtLeastAHundredCases()
      throws IOException {
    Map<String, Long> byKind =
        cases().stream()
            .map(Case::file)
            .filter(f -> f.startsWith("numbers/"))
            .collect(
                Collectors.groupingBy(
                    f -> f.substring("numbers/".length(), f.indexOf('-', "numbers/x".length())),
                    TreeMap::new,
                    Collectors.counting()));
    assertThat(byKind.keySet())
        .containsExactly(
            "count",
            "depth",
            "latitude",
            "longitude",
            "magnitude",
            "money",
            "quantity",
            "rate",
            "scaledcount",
            "year");
    assertThat(byKind.values().stream().mapToLong(Long::longValue).sum()).isGreaterThan(100);
  }

  @Test
  void theCorpus_holdsEachCategory() throws IOException {
    Map<String, Long> byCategory =
        cases().stream()
            .collect(
                Collectors.groupingBy(
                    c -> c.file().substring(0, c.file().indexOf('/')),
                    TreeMap::new,
                    Collectors.counting()));
    assertThat(byCategory.keySet())
        .containsExactly(
            "dates", "duplicates", "encodings", "numbers", "structure", "types", "versions");
    assertThat(byCategory)
        .allSatisfy((category, count) -> assertThat(count).as(category).isGreaterThan(30));
  }

  @Test
  void everyDuplicateKey_isRefusedOnTheLineOfItsSecondOccurrence() throws IOException {
    List<Case> duplicates =
        cases().stream().filter(c -> c.file().startsWith("duplicates/")).toList();
    assertThat(duplicates).hasSizeGreaterThan(100);
    for (Case c : duplicates) {
      assertThat(c.reportJson())
          .as(c.file())
          .startsWith("refused DUPLICATE_KEY /")
          .contains(" " + c.line() + ":");
    }
  }

  @Test
  void everyBinaryDocument_thatIsRead_isTheBaseReport() throws IOException {
    for (Case c : cases()) {
      if (c.isBytes() && c.reportJson().equals("accepted")) {
        assertThat(HostileOutcomes.text(c.bytes()))
            .as(c.file())
            .isIn(
                HostileCorpusGenerator.BASE,
                HostileCorpusGenerator.BASE.replace("\"title\": \"", "\"title\": \"\uFEFF"),
                HostileCorpusGenerator.BASE.replace("\"title\": \"t", "\"title\": \"t\u007F"),
                HostileCorpusGenerator.BASE.replace("\"title\": \"t", "\"title\": \"\uD840\uDC00"));
      }
    }
  }

  @Test
  void eachDocument_isTheBaseReportWithOneValueReplaced() throws IOException {
    String[] base = HostileCorpusGenerator.BASE.split("\n", -1);
    assertThat(HostileOutcomes.reportJson(HostileCorpusGenerator.BASE, 1)).isEqualTo("accepted");
    for (Case c : cases()) {
      if (!ONE_VALUE_CATEGORIES.contains(c.file().substring(0, c.file().indexOf('/')))) {
        continue;
      }
      String[] lines = c.document().split("\n", -1);
      assertThat(lines).as(c.file()).hasSameSizeAs(base);
      for (int i = 0; i < base.length; i++) {
        if (i == c.line() - 1) {
          assertThat(HostileOutcomes.key(lines[i]))
              .as(c.file())
              .isEqualTo(HostileOutcomes.key(base[i]));
        } else {
          assertThat(lines[i]).as(c.file()).isEqualTo(base[i]);
        }
      }
    }
  }
}
