package org.fazhi.report.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.fazhi.report.Report;
import org.fazhi.report.ReportingPeriod;
import org.fazhi.report.facts.Facts;
import org.fazhi.report.validation.Finding;
import org.fazhi.report.validation.ReportValidator;
import org.fazhi.report.validation.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The passage corpus: short passages and whole reports written in real reports' wordings under
 * {@code passages/}, each {@code NAME.txt} with {@code NAME.facts} stating every fact the import
 * must produce (format: {@code passages/FORMAT.md}). Every passage imports exactly, and the
 * validator finds no ERROR in any of them: they are all consistent.
 */
class PassageCorpusTest {
  /** The warnings a passage states; the others concern whole reports' frames. */
  private static final Set<ImportWarning.Kind> FIGURE_WARNINGS =
      Set.of(
          ImportWarning.Kind.UNPLACED_FIGURE,
          ImportWarning.Kind.AMBIGUOUS_FIGURE,
          ImportWarning.Kind.BROKEN_NUMBER,
          ImportWarning.Kind.FULL_WIDTH_NUMBER,
          ImportWarning.Kind.NO_TITLE);

  private static final Pattern DATE_LINE = Pattern.compile("^\\d{4}年\\d{1,2}月\\d{1,2}日$");
  private static final ReportValidator VALIDATOR = ReportValidator.create();

  /** What a {@code .facts} file says. */
  record Expectation(
      List<String> rows, Map<String, String> given, Set<String> warnings, List<String> facts) {}

  static Stream<String> passages() throws IOException, URISyntaxException {
    try (Stream<Path> files = Files.list(directory())) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".txt"))
          .map(n -> n.substring(0, n.length() - 4))
          .sorted()
          .collect(Collectors.toList())
          .stream();
    }
  }

  static Path directory() throws URISyntaxException {
    return Path.of(PassageCorpusTest.class.getResource("passages").toURI());
  }

  static Expectation expectation(String name) throws IOException, URISyntaxException {
    List<String> rows = new ArrayList<>();
    Map<String, String> given = new TreeMap<>();
    Set<String> warnings = new TreeSet<>();
    List<String> facts = new ArrayList<>();
    for (String line :
        Files.readAllLines(directory().resolve(name + ".facts"), StandardCharsets.UTF_8)) {
      String text = line.strip();
      if (text.isEmpty() || text.startsWith("#")) {
        continue;
      }
      if (text.startsWith("row:")) {
        rows.add(text.substring(4).strip());
      } else if (text.startsWith("given:")) {
        for (String pair : text.substring(6).strip().split("\\s+")) {
          String[] kv = pair.split("=", 2);
          given.put(kv[0], kv.length > 1 ? kv[1] : "");
        }
      } else if (text.startsWith("warnings:")) {
        Arrays.stream(text.substring(9).split(","))
            .map(String::strip)
            .filter(w -> !w.isEmpty() && !w.equals("none"))
            .forEach(warnings::add);
      } else {
        facts.add(text);
      }
    }
    return new Expectation(rows, given, warnings, facts);
  }

  /**
   * Imports a passage: as a whole report when it has a title or a signature, else as an excerpt.
   */
  static TextImport importPassage(String text, Map<String, String> given) {
    List<String> lines = ReportText.lines(text);
    String first = lines.get(0);
    boolean titled = first.contains("报告") && !first.contains("。");
    boolean signed = DATE_LINE.matcher(lines.get(lines.size() - 1)).matches();
    if (titled || signed) {
      return ReportText.parse(text);
    }
    ExcerptContext context = ExcerptContext.none();
    if (given.containsKey("year")) {
      context = context.withYear(Integer.parseInt(given.get("year")));
    }
    if (given.containsKey("issuer")) {
      context = context.withIssuer(given.get("issuer"));
    }
    if (given.containsKey("period")) {
      String[] ends = given.get("period").split("/");
      context =
          context.withPeriod(
              ReportingPeriod.of(LocalDate.parse(ends[0]), LocalDate.parse(ends[1])));
    }
    return ReportText.parseExcerpt(text, context);
  }

  static List<String> factLines(Report report) {
    return Facts.of(report).stream()
        .map(fact -> FactLines.of(fact, report.getMetadata().getPeriod()))
        .sorted()
        .collect(Collectors.toList());
  }

  @Test
  void corpus_hasAtLeast150Passages_eachWithItsFacts_andRows() throws Exception {
    List<String> names = passages().collect(Collectors.toList());
    assertThat(names).hasSizeGreaterThanOrEqualTo(150);
    for (String name : names) {
      assertThat(directory().resolve(name + ".facts")).as(name).exists();
      assertThat(expectation(name).rows()).as(name + " names the rows it covers").isNotEmpty();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("passages")
  void passage_importsExactlyTheFactsItStates(String name) throws Exception {
    String text = Files.readString(directory().resolve(name + ".txt"), StandardCharsets.UTF_8);
    Expectation expected = expectation(name);
    TextImport imported = importPassage(text, expected.given());
    List<String> actual = factLines(imported.getReport());
    List<String> wanted = expected.facts().stream().sorted().collect(Collectors.toList());
    Set<String> warnings =
        imported.getWarnings().stream()
            .map(ImportWarning::getKind)
            .filter(FIGURE_WARNINGS::contains)
            .map(Enum::name)
            .collect(Collectors.toCollection(TreeSet::new));
    assertThat(actual)
        .as("facts of %s (warnings: %s)", name, imported.getWarnings())
        .isEqualTo(wanted);
    assertThat(warnings)
        .as("warnings of %s: %s", name, imported.getWarnings())
        .isEqualTo(expected.warnings());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("passages")
  void passage_isConsistent_soTheValidatorFindsNoError(String name) throws Exception {
    String text = Files.readString(directory().resolve(name + ".txt"), StandardCharsets.UTF_8);
    Report report = importPassage(text, expectation(name).given()).getReport();
    List<Finding> errors =
        VALIDATOR.validate(report).getFindings().stream()
            .filter(f -> f.getSeverity() == Severity.ERROR)
            .collect(Collectors.toList());
    assertThat(errors).as(name).isEmpty();
  }
}
