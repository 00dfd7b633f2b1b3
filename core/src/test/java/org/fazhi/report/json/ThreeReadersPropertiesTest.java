package org.fazhi.report.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.fazhi.report.Report;
import org.fazhi.report.ReportArbitraries;

/**
 * For generated reports, the three readers — {@link ReportJson}, a Jackson 2 application's mapper
 * with {@link FazhiJackson2Module} and a Jackson 3 one with {@link FazhiJackson3Module} — are one
 * reader: they read {@link ReportJson}'s output to the same report, and with any one scalar value
 * replaced by a hostile spelling (a number in a string, a string with a space, {@code -0}, {@code
 * null}, a date-time for a date, …) either all refuse the document or all read the same report.
 */
class ThreeReadersPropertiesTest {
  private static final ReportJson JSON = ReportJson.create();
  private static final com.fasterxml.jackson.databind.json.JsonMapper JACKSON_2 =
      JacksonMappers.jackson2();
  private static final tools.jackson.databind.json.JsonMapper JACKSON_3 = JacksonMappers.jackson3();

  /** A line {@code "key": value} whose value is a scalar: a string, a number, true or false. */
  private static final Pattern SCALAR_LINE =
      Pattern.compile(
          "^(\\s*\"[^\"]+\": )(\"(?:[^\"\\\\]|\\\\.)*\"|-?[0-9][0-9.eE+-]*|true|false)(,?)$");

  @Provide
  Arbitrary<Report> reports() {
    return ReportArbitraries.reports();
  }

  @Provide
  Arbitrary<String> hostileValues() {
    return Arbitraries.of(
        "\"12\"",
        "-0",
        "-0.0",
        "5",
        "1.5",
        "1716060900",
        "true",
        "false",
        "null",
        "[]",
        "{}",
        "\"\"",
        "\" \"",
        "\"2024-01-01T00:00\"",
        "\"2024-05-19\"",
        "\"2024-05-19T03:35:00\"",
        "\"ONE\"",
        "\"one\"",
        "1e3",
        "2024.0");
  }

  @Property(tries = ReportJsonRoundTripPropertiesTest.TRIES)
  void theThreeReaders_readTheWrittenReportAlike(@ForAll("reports") Report report) {
    String json = JSON.write(report);
    assertThat(read(json))
        .containsExactly(Optional.of(report), Optional.of(report), Optional.of(report));
  }

  @Property(tries = ReportJsonRoundTripPropertiesTest.TRIES)
  void theThreeReaders_agreeOnAnyValueReplaced(
      @ForAll("reports") Report report,
      @ForAll @IntRange(min = 0, max = 10_000) int which,
      @ForAll("hostileValues") String hostile) {
    String document = replaceOneScalar(JSON.write(report), which, hostile);
    List<Optional<Report>> read = read(document);
    assertThat(read.get(1)).as("Jackson 2 and ReportJson on\n%s", document).isEqualTo(read.get(0));
    assertThat(read.get(2)).as("Jackson 3 and ReportJson on\n%s", document).isEqualTo(read.get(0));
  }

  @Property(tries = ReportJsonRoundTripPropertiesTest.TRIES)
  void theThreeReaders_agreeOnASpaceAroundAnyString(
      @ForAll("reports") Report report,
      @ForAll @IntRange(min = 0, max = 10_000) int which,
      @ForAll boolean before) {
    String json = JSON.write(report);
    List<String> lines = scalarLines(json);
    if (lines.isEmpty()) {
      return;
    }
    String[] all = json.split("\n", -1);
    int index = Integer.parseInt(lines.get(which % lines.size()));
    Matcher m = SCALAR_LINE.matcher(all[index]);
    assertThat(m.matches()).isTrue();
    String value = m.group(2);
    if (!value.startsWith("\"")) {
      return;
    }
    String spaced =
        before ? "\" " + value.substring(1) : value.substring(0, value.length() - 1) + " \"";
    all[index] = m.group(1) + spaced + m.group(3);
    List<Optional<Report>> read = read(String.join("\n", all));
    assertThat(read.get(1)).isEqualTo(read.get(0));
    assertThat(read.get(2)).isEqualTo(read.get(0));
  }

  /** {@code json} with the value on one of its scalar lines, chosen by {@code which}, replaced. */
  private static String replaceOneScalar(String json, int which, String value) {
    List<String> lines = scalarLines(json);
    String[] all = json.split("\n", -1);
    if (lines.isEmpty()) {
      return json;
    }
    int index = Integer.parseInt(lines.get(which % lines.size()));
    Matcher m = SCALAR_LINE.matcher(all[index]);
    assertThat(m.matches()).isTrue();
    all[index] = m.group(1) + value + m.group(3);
    return String.join("\n", all);
  }

  /** The indexes, as text, of the lines of {@code json} that hold a key and a scalar value. */
  private static List<String> scalarLines(String json) {
    String[] all = json.split("\n", -1);
    List<String> indexes = new ArrayList<>();
    for (int i = 0; i < all.length; i++) {
      if (SCALAR_LINE.matcher(all[i]).matches()) {
        indexes.add(String.valueOf(i));
      }
    }
    return indexes;
  }

  /** What each reader makes of {@code document}: the report, or empty if it refuses it. */
  private static List<Optional<Report>> read(String document) {
    Optional<Report> reportJson;
    try {
      reportJson = Optional.of(JSON.read(document));
    } catch (ReportJsonException e) {
      reportJson = Optional.empty();
    }
    Optional<Report> jackson2;
    try {
      jackson2 = Optional.of(JACKSON_2.readValue(document, Report.class));
    } catch (com.fasterxml.jackson.core.JacksonException e) {
      jackson2 = Optional.empty();
    }
    Optional<Report> jackson3;
    try {
      jackson3 = Optional.of(JACKSON_3.readValue(document, Report.class));
    } catch (tools.jackson.core.JacksonException e) {
      jackson3 = Optional.empty();
    }
    return List.of(reportJson, jackson2, jackson3);
  }
}
