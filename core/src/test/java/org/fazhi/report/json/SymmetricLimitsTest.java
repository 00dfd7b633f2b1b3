package org.fazhi.report.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.fazhi.report.Report;
import org.fazhi.report.ReportFixtures;
import org.fazhi.report.ReportMetadata;
import org.fazhi.report.json.ReportJsonException.Problem;
import org.fazhi.report.outline.Heading;
import org.fazhi.report.outline.Outline;
import org.fazhi.report.outline.Section;
import org.junit.jupiter.api.Test;

/**
 * What the writer writes, the reader reads; what the reader refuses, the builders or the writer
 * refuse too: lone surrogates, string length, nesting depth, document length and token count.
 */
class SymmetricLimitsTest {
  private static final ReportJson JSON = ReportJson.create();

  /** The base report of the hostile corpus with {@code title} as its title, escaped. */
  private static String withTitle(String title) {
    StringBuilder escaped = new StringBuilder();
    for (char c : title.toCharArray()) {
      escaped.append(String.format("\\u%04x", (int) c));
    }
    return HostileCorpusGenerator.BASE.replace(
        "\"title\": \"t\"", "\"title\": \"" + escaped + "\"");
  }

  private static boolean builds(String title) {
    try {
      ReportMetadata.builder().title(title).reportingYear(2024).build();
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  @Property
  void aTitle_isReadExactlyWhenTheBuilderTakesIt_andWrittenSoThatItReadsBack(
      @ForAll
          @StringLength(max = 8)
          @CharRange(from = '\uD800', to = '\uDFFF')
          @Chars({'a', ' ', '\t', '法', '\u0000', '\uFEFF'})
          String title) {
    Report read;
    try {
      read = JSON.read(withTitle(title));
    } catch (ReportJsonException e) {
      assertThat(builds(title)).as("the builder takes what the reader refuses").isFalse();
      assertThat(e.getPointer()).isEqualTo("/metadata/title");
      assertThat(e.getLine()).isEqualTo(4);
      return;
    }
    assertThat(builds(title)).isTrue();
    assertThat(read.getMetadata().getTitle()).isEqualTo(title);
    assertThat(JSON.read(JSON.write(read))).isEqualTo(read);
  }

  @Test
  void aLoneSurrogate_isRefusedByTheReaderWhereItStands() {
    assertThatThrownBy(() -> JSON.read(withTitle("法\ud800")))
        .isInstanceOfSatisfying(
            ReportJsonException.class,
            e -> {
              assertThat(e.getProblem()).isEqualTo(Problem.INVALID_VALUE);
              assertThat(e.getPointer()).isEqualTo("/metadata/title");
              assertThat(e.getLine()).isEqualTo(4);
              assertThat(e.getColumn()).isEqualTo(14);
              assertThat(e.getDetail())
                  .isEqualTo(
                      "a string holds a lone surrogate \\uD800 at character 2, which is no Unicode"
                          + " text; a character beyond U+FFFF is a pair, such as \\ud840\\udc00");
            });
  }

  @Test
  void aLoneSurrogate_isRefusedByTheBuilders() {
    assertThatThrownBy(() -> ReportMetadata.builder().title("法\udc00").reportingYear(2024).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "must not hold a lone surrogate \\uDC00 at character 2, which is no Unicode text"
                + " (title)");
    assertThatThrownBy(() -> Outline.builder().addPreamble("好", "\ud800").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "must not hold a lone surrogate \\uD800 at character 1, which is no Unicode text"
                + " (preamble/1)");
    assertThatThrownBy(() -> org.fazhi.report.figure.Unit.of("件\ud800"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "must not hold a lone surrogate \\uD800 at character 2, which is no Unicode text");
  }

  @Test
  void aStringAtTheReadersLimit_isBuiltWrittenAndReadBack() {
    Report report =
        ReportFixtures.MINIMAL.withOutline(
            Outline.builder().addPreamble("法".repeat(ReportJson.MAX_STRING_LENGTH)).build());
    assertThat(JSON.read(JSON.write(report))).isEqualTo(report);
  }

  @Test
  void aStringPastTheReadersLimit_isRefusedByTheBuilders() {
    String tooLong = "法".repeat(ReportJson.MAX_STRING_LENGTH + 1);
    assertThatThrownBy(() -> Outline.builder().addPreamble(tooLong).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "is longer than 1000000 characters (ReportJson.MAX_STRING_LENGTH): 1000001"
                + " (preamble/0)");
  }

  /** Sections {@code levels} deep, the deepest first built. */
  private static Section nested(int levels) {
    Section section = Section.builder().heading(Heading.ownLine("h")).build();
    for (int i = 1; i < levels; i++) {
      section = Section.builder().heading(Heading.ownLine("h")).addChild(section).build();
    }
    return section;
  }

  @Test
  void theDeepestOutlineTheBuildersAllow_isWrittenAndReadBack() {
    Report report =
        ReportFixtures.MINIMAL.withOutline(
            Outline.builder().addSection(nested(Section.MAX_DEPTH)).build());
    assertThat(JSON.read(JSON.write(report))).isEqualTo(report);
    assertThatThrownBy(() -> nested(Section.MAX_DEPTH + 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("an outline is at most 30 sections deep");
    String deeper =
        "{\"schemaVersion\": \"1.1\", \"metadata\": {\"title\": \"t\"}, \"outline\": {\"sections\": ["
            + "{\"heading\": {\"text\": \"h\", \"placement\": \"OWN_LINE\"}, \"children\": ["
                .repeat(Section.MAX_DEPTH)
            + "{\"heading\": {\"text\": \"h\", \"placement\": \"OWN_LINE\"}}"
            + "]}".repeat(Section.MAX_DEPTH)
            + "]}}";
    assertThatThrownBy(() -> JSON.read(deeper))
        .isInstanceOfSatisfying(
            ReportJsonException.class,
            e -> assertThat(e.getProblem()).isEqualTo(Problem.LIMIT_EXCEEDED));
  }

  @Test
  void aReportLongerInUtf8ThanTheReaderReads_isRefusedByTheWriter_asTheReaderRefusesItsFile() {
    // Six strings of a million Chinese characters: 18 MB in UTF-8, 6 M characters.
    Outline.Builder outline = Outline.builder();
    for (int i = 0; i < 6; i++) {
      outline.addPreamble("法".repeat(ReportJson.MAX_STRING_LENGTH));
    }
    Report report = ReportFixtures.MINIMAL.withOutline(outline.build());
    assertThatThrownBy(() -> JSON.write(report))
        .isInstanceOfSatisfying(
            ReportJsonException.class,
            e -> {
              assertThat(e.getProblem()).isEqualTo(Problem.LIMIT_EXCEEDED);
              assertThat(e.getDetail())
                  .isEqualTo(
                      "the document is longer than 16777216 bytes"
                          + " (ReportJson.MAX_DOCUMENT_LENGTH)");
              // Where the 16777217th byte would stand: in the sixth preamble paragraph.
              assertThat(e.getLine()).isEqualTo(18);
              assertThat(e.getColumn()).isPositive();
            });
    String text =
        "{\"schemaVersion\": \"1.1\", \"metadata\": {\"title\": \"t\"}, \"outline\": {\"preamble\": [\""
            + String.join(
                "\", \"", Collections.nCopies(6, "法".repeat(ReportJson.MAX_STRING_LENGTH)))
            + "\"]}}";
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> JSON.read(new ByteArrayInputStream(bytes), "report.json"))
        .isInstanceOfSatisfying(
            ReportJsonException.class,
            e ->
                assertThat(e.getDetail())
                    .isEqualTo(
                        "the document is longer than 16777216 bytes"
                            + " (ReportJson.MAX_DOCUMENT_LENGTH)"));
  }

  @Test
  void aReportOfMoreTokensThanTheReaderReads_isRefusedByTheWriter_whereTheReaderStops() {
    Report report =
        ReportFixtures.MINIMAL.withOutline(
            Outline.builder()
                .addAllPreamble(Collections.nCopies((int) ReportJson.MAX_TOKEN_COUNT, "法"))
                .build());
    ReportJsonException refused =
        org.junit.jupiter.api.Assertions.assertThrows(
            ReportJsonException.class, () -> JSON.write(report));
    assertThat(refused.getProblem()).isEqualTo(Problem.LIMIT_EXCEEDED);
    assertThat(refused.getDetail())
        .isEqualTo("the document has more than 1000000 tokens (ReportJson.MAX_TOKEN_COUNT)");
    assertThat(refused.getPointer()).startsWith("/outline/preamble/");
    assertThat(refused.getLine()).isPositive();
  }
}
