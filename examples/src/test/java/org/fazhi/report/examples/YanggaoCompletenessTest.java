package org.fazhi.report.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.fazhi.report.DocumentNumber;
import org.fazhi.report.Report;
import org.fazhi.report.figure.Indicator;
import org.fazhi.report.json.ReportJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every Arabic-numeral figure of the Yanggao 2024 text has a typed home in the model: a number in a
 * typed field of the report's JSON form, not merely a digit inside a prose string.
 *
 * <p>The check is a ledger with two sides, matched one to one as multisets of values:
 *
 * <ul>
 *   <li><b>written</b>: every figure in the published text (ASCII and full-width digits, decimals),
 *       less the ones excused by a rule or listed in {@link #HOMELESS} with a reason;
 *   <li><b>typed</b>: every number in the report's JSON outside {@code /outline} and {@code
 *       /schemaVersion} — counts, rates, quantities, magnitudes, coordinates — plus the parts of
 *       typed dates (year, month, day), date-times (also hour and minute) and document numbers
 *       (year and serial); free-text strings (titles, labels, statements) count for nothing. Less
 *       the numbers listed in {@link #unwrittenNumbers} with a reason, because the text states them
 *       without an Arabic figure, or states one figure for two of them.
 * </ul>
 *
 * <p>Both sides must be equal. So the check fails when a figure loses its home (a field or
 * indicator removed from the model), when the model holds a number the text does not write, and
 * when an excuse no longer matches the text or the model.
 *
 * <p>Rules, each with its reason:
 *
 * <ul>
 *   <li>the ordinal of an Arabic outline label ({@code 1.} at the start of a line) is numbering,
 *       held in {@code /outline} as {@code Numbering.ordinal}, not a figure;
 *   <li>the reporting year written as {@code 2024年} — not {@code 2024年度}, which in this text always
 *       begins the name of a document, list or training, and not the year of a full date {@code
 *       2024年6月27日}, which its typed date holds — names the year reported on, and every such
 *       mention is matched to {@code /metadata/reportingYear}.
 * </ul>
 */
class YanggaoCompletenessTest {

  /**
   * Figures with no typed home. Each snippet occurs exactly once in the text; every figure inside
   * it is excused, for the reason given.
   */
  private static final List<Excuse> HOMELESS =
      List.of(
          homeless("全面深化法治领域改革纲要(2023—2027年)", "the term of a plan, inside the plan's title"),
          homeless("“7×24小时不打烊”", "part of a service's name (round the clock), not a count"),
          homeless("三年行动计划工作方案(2023—2025年)", "the term of a plan, inside the plan's title"),
          homeless(
              "2024年度行政执法人员公共法律知识培训",
              "inside a training's name, held as the TrainingActivity's title"),
          homeless("《阳高县2024年度行政执法监督工作方案》", "inside the title of a cited document"),
          homeless("2024年度阳高县基层应急能力培训班", "inside a training's name, held as the indicator's label"),
          homeless("第一责任人职责2024年度工作清单", "inside the duty list's title, held as DutyList.title"),
          homeless("全县2023年度专题述法工作会议", "the year a meeting reviewed, inside the meeting's name"),
          homeless(
              "有1名以上“法律明白人”的行政村",
              "defines what the 100% share counts; part of the indicator's label, not a count"));

  /**
   * Typed numbers the text does not write as an Arabic figure of their own. Keys are JSON Pointers,
   * with {@code #year}, {@code #month}, … for a part of a date or document number; a key without
   * such a part stands for every part.
   */
  private static Map<String, String> unwrittenNumbers(Report report) {
    Map<String, String> unwritten = new LinkedHashMap<>();
    unwritten.put(
        "/metadata/period/start",
        "今年以来: the period's first day is implied, the text writes no date for it");
    unwritten.put(
        "/metadata/period/end",
        "截至目前: the period ends on the document date, which the text writes once, in the signature");
    unwritten.put(
        "/metadata/division/codeValidOn",
        "the day the division code is asserted for: the document date, written once");
    String writtenOnce = "2024年6月27日、28日 writes the year and the month once for both days";
    unwritten.put("/enforcement/training/3/dates/1#year", writtenOnce);
    unwritten.put("/enforcement/training/3/dates/1#month", writtenOnce);
    String oneNotice = "both lists answer the one notice 同法治办〔2024〕6号, which the text cites once";
    unwritten.put("/accountability/rectificationLists/1/basis/number#year", oneNotice);
    unwritten.put("/accountability/rectificationLists/1/basis/number#serial", oneNotice);
    unwritten.put("/enforcement/delegatedPowers/approvedAt/session", "written in Chinese: 第三十七次");
    unwritten.put(
        indicatorPointer(report, "2024年度阳高县基层应急能力培训班") + "/quantity/value",
        "written in Chinese: 分两期");
    return unwritten;
  }

  /** The pointer matched by the reporting-year rule. */
  private static final String REPORTING_YEAR = "/metadata/reportingYear";

  // -----------------------------------------------------------------------------------------------

  @Test
  void everyWrittenFigureHasATypedHome_andEveryTypedNumberIsWritten() {
    Ledger ledger = Ledger.of(Yanggao2024.report(), PublishedText.report());

    assertThat(ledger.staleExcuses()).as("excuses that no longer apply").isEmpty();
    assertThat(ledger.homeless()).as("written figures without a typed home").isEmpty();
    assertThat(ledger.unwritten()).as("typed numbers the text does not write").isEmpty();
  }

  @Test
  void theLedgerCountsWhatItMatches() {
    Ledger ledger = Ledger.of(Yanggao2024.report(), PublishedText.report());

    // 155 Arabic figures in the text: 24 outline labels, 12 mentions of the reporting year, 12
    // excused inside names and titles, and 107 matched one to one with a typed number.
    assertThat(ledger.written).hasSize(155);
    assertThat(ledger.labels).hasSize(24);
    assertThat(ledger.reportingYearMentions).hasSize(12);
    assertThat(ledger.excused).hasSize(12);
    assertThat(ledger.matched).isEqualTo(107);
  }

  @Test
  void aFigureWithoutAHomeIsReportedWithItsPlace() {
    Report report = Yanggao2024.report();
    Report withoutClosed =
        report.withStatistics(
            report
                .getStatistics()
                .withReconsideration(
                    report
                        .getStatistics()
                        .getReconsideration()
                        .orElseThrow()
                        .withClosed(Optional.empty())));

    Ledger ledger = Ledger.of(withoutClosed, PublishedText.report());

    assertThat(ledger.homeless()).containsExactly("29 at line 26:130 (中受理31,办结29件;不予受理4件)");
    assertThat(ledger.unwritten()).isEmpty();
  }

  @ParameterizedTest(name = "without indicator {0}: {1}")
  @MethodSource("indicators")
  void removingAnyIndicatorLeavesAFigureWithoutAHome(int index, String indicator) {
    Report report = Yanggao2024.report();
    List<Indicator> fewer = new ArrayList<>(report.getIndicators());
    fewer.remove(index);

    Ledger ledger = Ledger.of(report.withIndicators(fewer), PublishedText.report());

    assertThat(ledger.isComplete()).isFalse();
  }

  static Stream<Arguments> indicators() {
    List<Indicator> indicators = Yanggao2024.report().getIndicators();
    return IntStream.range(0, indicators.size())
        .mapToObj(
            i ->
                Arguments.of(
                    i, indicators.get(i).getLabel() + " " + indicators.get(i).getQuantity()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("blockFigures")
  void removingABlockFigureLeavesItWithoutAHome(
      String figure, UnaryOperator<Report> remove, String homeless) {
    Ledger ledger = Ledger.of(remove.apply(Yanggao2024.report()), PublishedText.report());

    assertThat(ledger.homeless()).anySatisfy(line -> assertThat(line).startsWith(homeless + " at"));
  }

  static Stream<Arguments> blockFigures() {
    return Stream.of(
        Arguments.of(
            "mediation.mediated (700余件)",
            (UnaryOperator<Report>)
                r ->
                    r.withStatistics(
                        r.getStatistics()
                            .withMediation(
                                r.getStatistics()
                                    .getMediation()
                                    .orElseThrow()
                                    .withMediated(Optional.empty()))),
            "700"),
        Arguments.of(
            "earthquake depth (13公里)",
            (UnaryOperator<Report>)
                r ->
                    r.withEmergencies(
                        r.getEmergencies().get(0).withDepthKilometres(Optional.empty())),
            "13"),
        Arguments.of(
            "legal advisers' opinions (23条)",
            (UnaryOperator<Report>)
                r ->
                    r.withDecisions(
                        r.getDecisions()
                            .withLegalAdvisers(
                                r.getDecisions()
                                    .getLegalAdvisers()
                                    .orElseThrow()
                                    .withOpinions(Optional.empty()))),
            "23"),
        Arguments.of(
            "the earthquake's time (2024年5月19日3时35分)",
            (UnaryOperator<Report>)
                r -> r.withEmergencies(r.getEmergencies().get(0).withOccurredAt(Optional.empty())),
            "35"),
        Arguments.of(
            "the reporting year (2024年)",
            (UnaryOperator<Report>) r -> r.withMetadata(r.getMetadata().withReportingYear(2023)),
            "2024"));
  }

  @Test
  void anExcuseThatNoLongerMatchesTheTextIsReported() {
    String text = PublishedText.report().replace("(2023—2027年)", "(2023—2028年)");

    Ledger ledger = Ledger.of(Yanggao2024.report(), text);

    assertThat(ledger.staleExcuses())
        .containsExactly("\"全面深化法治领域改革纲要(2023—2027年)\" occurs 0 times in the text, expected once");
  }

  // -----------------------------------------------------------------------------------------------
  // The ledger

  private static Excuse homeless(String snippet, String reason) {
    return new Excuse(snippet, reason);
  }

  private static String indicatorPointer(Report report, String label) {
    List<Indicator> indicators = report.getIndicators();
    for (int i = 0; i < indicators.size(); i++) {
      if (indicators.get(i).getLabel().equals(label)) {
        return "/indicators/" + i;
      }
    }
    return "/indicators/(none labelled " + label + ")";
  }

  /** A snippet of the text whose figures have no typed home, and why. */
  private static final class Excuse {
    final String snippet;
    final String reason;

    Excuse(String snippet, String reason) {
      this.snippet = snippet;
      this.reason = reason;
    }
  }

  /** A figure as written: its value, and where. */
  private static final class Written {
    final BigDecimal value;
    final int offset;
    final int line;
    final int column;
    final String context;

    Written(BigDecimal value, int offset, int line, int column, String context) {
      this.value = value;
      this.offset = offset;
      this.line = line;
      this.column = column;
      this.context = context;
    }

    @Override
    public String toString() {
      return key(value) + " at line " + line + ":" + column + " (" + context + ")";
    }
  }

  /** A number in a typed field: its value, and the JSON Pointer (with the part, for dates). */
  private static final class Typed {
    final BigDecimal value;
    final String pointer;

    Typed(BigDecimal value, String pointer) {
      this.value = value;
      this.pointer = pointer;
    }

    @Override
    public String toString() {
      return key(value) + " at " + pointer;
    }
  }

  private static String key(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  /** The two sides of the check, and what is left over on each after matching. */
  private static final class Ledger {
    /** ASCII or full-width digits, with an optional decimal part. */
    private static final Pattern FIGURE =
        Pattern.compile("[0-9\\uFF10-\\uFF19]+(?:[.\\uFF0E][0-9\\uFF10-\\uFF19]+)?");

    /** An Arabic outline label at the start of a line: {@code 1.} not followed by a digit. */
    private static final Pattern LABEL =
        Pattern.compile("(?m)^[0-9\\uFF10-\\uFF19]+[.\\uFF0E](?![0-9\\uFF10-\\uFF19])");

    /** Properties whose strings are dates ({@code dates}: a list of them). */
    private static final Set<String> DATE_PROPERTIES =
        Set.of(
            "documentDate",
            "publicationDate",
            "codeValidOn",
            "start",
            "end",
            "date",
            "dates",
            "deadline");

    private static final Set<String> DATE_TIME_PROPERTIES = Set.of("occurredAt");
    private static final Set<String> DOCUMENT_NUMBER_PROPERTIES = Set.of("number");
    private static final JsonMapper MAPPER =
        JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    final List<Written> written = new ArrayList<>();
    final List<Written> labels = new ArrayList<>();
    final List<Written> reportingYearMentions = new ArrayList<>();
    final List<Written> excused = new ArrayList<>();
    final List<Typed> typed = new ArrayList<>();
    final List<String> stale = new ArrayList<>();
    final List<Written> leftWritten = new ArrayList<>();
    final List<Typed> leftTyped = new ArrayList<>();
    int matched;

    static Ledger of(Report report, String text) {
      Ledger ledger = new Ledger();
      ledger.readText(text);
      ledger.readTyped(ReportJson.create().write(report));
      ledger.match(report, text);
      return ledger;
    }

    boolean isComplete() {
      return stale.isEmpty() && leftWritten.isEmpty() && leftTyped.isEmpty();
    }

    List<String> staleExcuses() {
      return stale;
    }

    List<String> homeless() {
      return leftWritten.stream().map(Written::toString).collect(Collectors.toList());
    }

    List<String> unwritten() {
      return leftTyped.stream().map(Typed::toString).collect(Collectors.toList());
    }

    private void readText(String text) {
      Matcher figure = FIGURE.matcher(text);
      while (figure.find()) {
        String digits = normalize(figure.group());
        int offset = figure.start();
        int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
        int lineEnd = text.indexOf('\n', offset);
        int line = (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
        String context =
            text.substring(
                Math.max(lineStart, offset - 8),
                Math.min(lineEnd < 0 ? text.length() : lineEnd, figure.end() + 8));
        int column = offset - lineStart + 1;
        written.add(new Written(new BigDecimal(digits), offset, line, column, context));
      }
      Matcher label = LABEL.matcher(text);
      while (label.find()) {
        int offset = label.start();
        written.stream().filter(w -> w.offset == offset).findFirst().ifPresent(labels::add);
      }
    }

    private void readTyped(String json) {
      JsonNode root = MAPPER.readTree(json);
      for (Map.Entry<String, JsonNode> property : root.properties()) {
        String name = property.getKey();
        if (!name.equals("outline") && !name.equals("schemaVersion")) {
          walk(property.getValue(), "/" + name, name);
        }
      }
    }

    private void walk(JsonNode node, String pointer, String property) {
      if (node.isObject()) {
        for (Map.Entry<String, JsonNode> child : node.properties()) {
          walk(child.getValue(), pointer + "/" + child.getKey(), child.getKey());
        }
      } else if (node.isArray()) {
        int index = 0;
        for (JsonNode element : node.values()) {
          walk(element, pointer + "/" + index++, property);
        }
      } else if (node.isNumber()) {
        typed.add(new Typed(node.decimalValue(), pointer));
      } else if (node.isString()) {
        String value = node.stringValue();
        if (DATE_PROPERTIES.contains(property)) {
          LocalDate date = LocalDate.parse(value);
          add(pointer, "year", date.getYear());
          add(pointer, "month", date.getMonthValue());
          add(pointer, "day", date.getDayOfMonth());
        } else if (DATE_TIME_PROPERTIES.contains(property)) {
          OffsetDateTime time = OffsetDateTime.parse(value);
          add(pointer, "year", time.getYear());
          add(pointer, "month", time.getMonthValue());
          add(pointer, "day", time.getDayOfMonth());
          add(pointer, "hour", time.getHour());
          add(pointer, "minute", time.getMinute());
        } else if (DOCUMENT_NUMBER_PROPERTIES.contains(property)) {
          DocumentNumber number = DocumentNumber.parse(value);
          add(pointer, "year", number.getYear());
          add(pointer, "serial", number.getSerial());
        }
      }
    }

    private void add(String pointer, String part, int value) {
      typed.add(new Typed(BigDecimal.valueOf(value), pointer + "#" + part));
    }

    private void match(Report report, String text) {
      List<Written> open = new ArrayList<>(written);
      open.removeAll(labels);

      // The reporting-year rule.
      Optional<Typed> year =
          typed.stream().filter(t -> t.pointer.equals(REPORTING_YEAR)).findFirst();
      List<Typed> openTyped = new ArrayList<>(typed);
      if (year.isPresent()) {
        openTyped.remove(year.get());
        Pattern mention =
            Pattern.compile("(?<![0-9])" + key(year.get().value) + "年(?!度|[0-9]{1,2}月)");
        Matcher matcher = mention.matcher(text);
        while (matcher.find()) {
          int offset = matcher.start();
          open.stream()
              .filter(w -> w.offset == offset)
              .findFirst()
              .ifPresent(reportingYearMentions::add);
        }
        open.removeAll(reportingYearMentions);
      }

      // Figures excused by a snippet.
      for (Excuse excuse : HOMELESS) {
        int first = text.indexOf(excuse.snippet);
        int occurrences = first < 0 ? 0 : countOccurrences(text, excuse.snippet);
        if (occurrences != 1) {
          stale.add(
              String.format(
                  "\"%s\" occurs %d times in the text, expected once",
                  excuse.snippet, occurrences));
          continue;
        }
        int end = first + excuse.snippet.length();
        List<Written> inside =
            open.stream()
                .filter(w -> w.offset >= first && w.offset < end)
                .collect(Collectors.toList());
        if (inside.isEmpty()) {
          stale.add("\"" + excuse.snippet + "\" holds no figure left to excuse");
        }
        excused.addAll(inside);
        open.removeAll(inside);
      }

      // Typed numbers the text does not write.
      for (Map.Entry<String, String> entry : unwrittenNumbers(report).entrySet()) {
        String key = entry.getKey();
        List<Typed> covered =
            openTyped.stream()
                .filter(t -> t.pointer.equals(key) || t.pointer.startsWith(key + "#"))
                .collect(Collectors.toList());
        if (covered.isEmpty()) {
          stale.add("no typed number at " + key + " (" + entry.getValue() + ")");
        }
        openTyped.removeAll(covered);
      }

      // One to one, by value.
      Map<String, List<Typed>> byValue = new LinkedHashMap<>();
      for (Typed t : openTyped) {
        byValue.computeIfAbsent(key(t.value), k -> new ArrayList<>()).add(t);
      }
      for (Written w : open) {
        List<Typed> candidates = byValue.getOrDefault(key(w.value), List.of());
        if (candidates.isEmpty()) {
          leftWritten.add(w);
        } else {
          candidates.remove(0);
          matched++;
        }
      }
      byValue.values().forEach(leftTyped::addAll);
    }

    private static int countOccurrences(String text, String snippet) {
      int count = 0;
      for (int i = text.indexOf(snippet); i >= 0; i = text.indexOf(snippet, i + 1)) {
        count++;
      }
      return count;
    }

    private static String normalize(String digits) {
      StringBuilder ascii = new StringBuilder(digits.length());
      for (char c : digits.toCharArray()) {
        if (c >= '\uFF10' && c <= '\uFF19') {
          ascii.append((char) ('0' + (c - '\uFF10')));
        } else if (c == '\uFF0E') {
          ascii.append('.');
        } else {
          ascii.append(c);
        }
      }
      return ascii.toString();
    }
  }
}
