package org.fazhi.report.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.fazhi.report.Report;
import org.fazhi.report.json.ReportJsonException.Problem;

/**
 * Which exceptions escape, whatever the document: {@link ReportJson#read} throws only {@link
 * ReportJsonException}, located (a line and column from 1, a JSON Pointer or the whole document),
 * and writes back what it reads; an application's Jackson 2 or Jackson 3 mapper with the Fazhi
 * module throws only its own {@code JacksonException}s. The documents are the hostile corpus's base
 * report edited at random: characters deleted, hostile tokens inserted, bytes flipped.
 */
class ExceptionContractPropertiesTest {
  private static final ReportJson JSON = ReportJson.create();
  private static final com.fasterxml.jackson.databind.json.JsonMapper JACKSON_2 =
      JacksonMappers.jackson2();
  private static final tools.jackson.databind.json.JsonMapper JACKSON_3 = JacksonMappers.jackson3();

  private static final List<String> TOKENS =
      List.of(
          "null",
          "true",
          "[]",
          "{}",
          "\"\"",
          "-0",
          "1e99999999",
          "1e-400",
          "0.5",
          "-1",
          "\"x\"",
          "\"\\ud800\"",
          "\"2024-02-30\"",
          "[null]",
          "{\"value\": 1}",
          ",",
          ":",
          "}",
          "]",
          "{",
          "[",
          "\"",
          "\\",
          "\u0000",
          "\uFEFF",
          "\"schemaVersion\": \"2.0\",",
          "\"received\": 1,",
          "9223372036854775808",
          "\"TEN_THOUSAND\"",
          "\"2024-05-19T03:35:00Z\"");

  /** An edit of a document: at a fraction of its length, delete some characters, insert a token. */
  record Edit(double at, int delete, String insert) {
    String apply(String document) {
      int start = (int) (at * document.length());
      int end = Math.min(document.length(), start + delete);
      return document.substring(0, start) + insert + document.substring(end);
    }
  }

  @Provide
  Arbitrary<String> documents() {
    Arbitrary<Edit> edit =
        Combinators.combine(
                Arbitraries.doubles().between(0, 1),
                Arbitraries.integers().between(0, 12),
                Arbitraries.of(TOKENS))
            .as(Edit::new);
    return edit.list()
        .ofMinSize(1)
        .ofMaxSize(4)
        .map(
            edits -> {
              String document = HostileCorpusGenerator.BASE;
              for (Edit e : edits) {
                document = e.apply(document);
              }
              return document;
            });
  }

  @Property(tries = 400)
  void reading_throwsOnlyLocatedReportJsonExceptions_andWhatReadsIsWrittenBack(
      @ForAll("documents") String document) {
    checkReportJson(() -> JSON.read(document));
    checkReportJson(
        () ->
            JSON.read(
                new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)), "report"));
  }

  @Property(tries = 200)
  void readingBytes_withAByteFlipped_throwsOnlyLocatedReportJsonExceptions(
      @ForAll("documents") String document, @ForAll double at, @ForAll byte value) {
    byte[] bytes = document.getBytes(StandardCharsets.UTF_8);
    if (bytes.length > 0) {
      bytes[(int) (Math.abs(at) % 1 * bytes.length)] = value;
    }
    checkReportJson(() -> JSON.read(new ByteArrayInputStream(bytes), "report"));
  }

  @Property(tries = 400)
  void theModules_letOnlyJacksonExceptionsEscape(@ForAll("documents") String document) {
    try {
      JACKSON_2.readValue(document, Report.class);
    } catch (com.fasterxml.jackson.core.JacksonException e) {
      assertThat(e).isNotNull();
    } catch (Exception e) {
      throw new AssertionError("Jackson 2 with the module lets " + e + " escape", e);
    }
    try {
      JACKSON_3.readValue(document, Report.class);
    } catch (tools.jackson.core.JacksonException e) {
      assertThat(e).isNotNull();
    } catch (RuntimeException e) {
      throw new AssertionError("Jackson 3 with the module lets " + e + " escape", e);
    }
  }

  private static void checkReportJson(java.util.function.Supplier<Report> read) {
    Report report;
    try {
      report = read.get();
    } catch (ReportJsonException e) {
      assertThat(e.getPointer()).matches("(?s)|/.*");
      assertThat(e.getMessage()).doesNotContain("\n", "\r", "\u2028", "\u2029");
      assertThat(e.getDetail()).isNotBlank();
      assertThat(e.getProblem()).isIn((Object[]) Problem.values());
      assertThat(e.getLine()).as(e.getMessage()).isPositive();
      assertThat(e.getColumn()).as(e.getMessage()).isPositive();
      return;
    } catch (RuntimeException e) {
      throw new AssertionError("ReportJson.read lets " + e + " escape", e);
    }
    String written = JSON.write(report);
    assertThat(JSON.read(written)).isEqualTo(report);
  }
}
