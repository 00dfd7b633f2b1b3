package org.fazhi.report.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.fazhi.report.json.ReportJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The conformance corpus: report texts written for this purpose under {@code corpus/}, each {@code
 * name.txt} with a {@code name.expect} that states what it must produce.
 *
 * <p>An expectation file has one statement per line ({@code #} starts a comment):
 *
 * <ul>
 *   <li>{@code /json/pointer = value}: the imported report's JSON form holds {@code value} (a JSON
 *       literal) at the pointer; {@code = absent} says it holds nothing there;
 *   <li>{@code warnings = KIND, KIND}: exactly these warning kinds, in this order (none if absent);
 *   <li>{@code unplaced = n}, {@code furniture = n}, {@code unattached = n}, {@code indicators =
 *       n}, {@code blockFigures = n}: counts (unplaced and unattached are 0 unless stated);
 *   <li>{@code error = PROBLEM}: the text is no report; reading it fails with this problem.
 * </ul>
 *
 * <p>Every text that reads also round-trips: {@code render(parse(text))} equals the normalized text
 * without its furniture and unattached lines (for a title written over two lines, joined).
 */
class ReportTextCorpusTest {
  private static final JsonMapper JSON =
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  static Stream<String> corpus() throws IOException, URISyntaxException {
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

  private static Path directory() throws URISyntaxException {
    return Path.of(ReportTextCorpusTest.class.getResource("corpus").toURI());
  }

  @Test
  void corpus_hasAtLeastFortyTexts_eachWithExpectations() throws Exception {
    List<String> names = corpus().collect(Collectors.toList());
    assertThat(names).hasSizeGreaterThanOrEqualTo(40);
    for (String name : names) {
      assertThat(directory().resolve(name + ".expect")).as(name).exists();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void text_producesWhatItsExpectationsSay(String name) throws Exception {
    Path text = directory().resolve(name + ".txt");
    Map<String, String> expect = expectations(directory().resolve(name + ".expect"));
    if (expect.containsKey("error")) {
      assertThatThrownBy(() -> ReportText.parse(text))
          .isInstanceOf(ReportTextException.class)
          .extracting(e -> ((ReportTextException) e).getProblem().name())
          .isEqualTo(expect.get("error"));
      return;
    }
    TextImport result = ReportText.parse(text);
    JsonNode report = JSON.readTree(ReportJson.create().write(result.getReport()));
    List<String> failures = new ArrayList<>();
    for (Map.Entry<String, String> e : expect.entrySet()) {
      String key = e.getKey();
      String value = e.getValue();
      if (key.startsWith("/")) {
        JsonNode actual = report.at(key);
        if (value.equals("absent")) {
          if (!actual.isMissingNode()) {
            failures.add(key + ": expected absent, found " + actual);
          }
        } else {
          JsonNode expected = JSON.readTree(value);
          if (!expected.equals(actual)) {
            failures.add(key + ": expected " + expected + ", found " + actual);
          }
        }
      }
    }
    for (TextFigure figure : result.getFigures()) {
      figure
          .getTarget()
          .filter(pointer -> report.at(pointer).isMissingNode())
          .ifPresent(pointer -> failures.add(figure + ": its target is not in the report"));
    }
    String warnings =
        result.getWarnings().stream()
            .map(w -> w.getKind().name())
            .collect(Collectors.joining(", "));
    if (!warnings.equals(expect.getOrDefault("warnings", ""))) {
      failures.add(
          "warnings: expected ["
              + expect.getOrDefault("warnings", "")
              + "], found "
              + result.getWarnings());
    }
    count(
        failures,
        "unplaced",
        result.getUnplacedFigures().size(),
        expect,
        "0",
        result.getUnplacedFigures());
    count(
        failures,
        "unattached",
        result.getUnattachedText().size(),
        expect,
        "0",
        result.getUnattachedText());
    count(failures, "furniture", result.getFurniture().size(), expect, null, result.getFurniture());
    count(
        failures,
        "indicators",
        result.getReport().getIndicators().size(),
        expect,
        null,
        result.getReport().getIndicators());
    count(
        failures,
        "blockFigures",
        (int) result.count(TextFigure.Placement.BLOCK),
        expect,
        null,
        result.getFigures());
    String expectedText = expectedRender(text, result);
    String rendered = ReportText.render(result.getReport());
    if (!rendered.equals(expectedText)) {
      failures.add(
          "render differs from the text:\n--- text\n" + expectedText + "--- rendered\n" + rendered);
    }
    if (!failures.isEmpty()) {
      fail(
          name
              + ":\n  "
              + String.join("\n  ", failures)
              + "\nfigures:\n  "
              + result.getFigures().stream()
                  .map(Object::toString)
                  .collect(Collectors.joining("\n  ")));
    }
  }

  private static void count(
      List<String> failures,
      String key,
      int actual,
      Map<String, String> expect,
      String fallback,
      Object detail) {
    String expected = expect.getOrDefault(key, fallback);
    if (expected != null && Integer.parseInt(expected) != actual) {
      failures.add(key + ": expected " + expected + ", found " + actual + " " + detail);
    }
  }

  /** The normalized text without furniture and unattached lines; a two-line title joined. */
  private static String expectedRender(Path text, TextImport result) throws IOException {
    String input = new String(Files.readAllBytes(text), StandardCharsets.UTF_8);
    List<String> lines =
        new ArrayList<>(ReportText.lines(ReportTextRobustnessPropertiesTest.kept(input, result)));
    boolean joined =
        result.getWarnings().stream().anyMatch(w -> w.getKind() == ImportWarning.Kind.TITLE_JOINED);
    if (joined) {
      lines.set(0, lines.get(0) + lines.remove(1));
    }
    StringBuilder out = new StringBuilder();
    lines.forEach(l -> out.append(l).append('\n'));
    return out.toString();
  }

  private static Map<String, String> expectations(Path file) throws IOException {
    Map<String, String> expect = new LinkedHashMap<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      int eq = trimmed.indexOf(" = ");
      if (eq < 0) {
        throw new IllegalArgumentException(file + ": not a statement: " + line);
      }
      expect.put(trimmed.substring(0, eq).strip(), trimmed.substring(eq + 3).strip());
    }
    return expect;
  }
}
