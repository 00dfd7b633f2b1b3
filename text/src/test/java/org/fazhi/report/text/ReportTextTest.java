package org.fazhi.report.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.report.Issuer;
import org.fazhi.report.ReportingPeriod;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportTextTest {
  /** A small report in the layout this library reads. */
  static final String SMALL =
      "某县2024年法治政府建设年度报告\n"
          + "市委、市政府\uFF1A\n"
          + "2024年\uFF0C某县坚持依法行政。\n"
          + "一、主要举措和成效\n"
          + "\uFF08一\uFF09行政复议\n"
          + "1.受理情况。全年受理行政复议案件35件。一是加强领导。二是*规范*办案。\n"
          + "二、存在的不足\n"
          + "部分干部法治意识不强。\n"
          + "某县人民政府\n"
          + "2025年3月1日\n";

  @Nested
  class Garbage {
    @Test
    void emptyText_isEmpty() {
      assertThatThrownBy(() -> ReportText.parse(""))
          .isInstanceOf(ReportTextException.class)
          .hasMessage("empty text: the input holds no text")
          .extracting(e -> ((ReportTextException) e).getProblem())
          .isEqualTo(ReportTextException.Problem.EMPTY);
    }

    @Test
    void whiteSpaceAndByteOrderMark_isEmpty() {
      assertThatThrownBy(() -> ReportText.parse("\uFEFF \r\n\u3000\t\n"))
          .hasMessage("empty text: the input holds no text");
    }

    @Test
    void pageFurnitureAlone_isEmpty() {
      assertThatThrownBy(() -> ReportText.parse("【打印本页】【关闭窗口】\n扫一扫在手机上查看当前页面\n"))
          .hasMessage("empty text: the input holds nothing but page furniture (2 lines)");
    }

    @Test
    void controlCharacter_isNotText_withItsPosition() {
      assertThatThrownBy(() -> ReportText.parse("标题\n正文\u0000后文"))
          .isInstanceOf(ReportTextException.class)
          .hasMessage("not text: control character U+0000 at line 2, column 3");
    }

    @Test
    void replacementCharacter_isNotText() {
      assertThatThrownBy(() -> ReportText.parse("阳高县\uFFFD报告"))
          .hasMessage(
              "not text: replacement character U+FFFD (the text was decoded from bytes that were not"
                  + " UTF-8) at line 1, column 4");
    }

    @Test
    void bytesThatAreNotUtf8_areNotText_withTheOffset(@TempDir Path dir) throws IOException {
      Path file = dir.resolve("gbk.txt");
      Files.write(file, "阳高县报告".getBytes(Charset.forName("GBK")));
      assertThatThrownBy(() -> ReportText.parse(file))
          .isInstanceOf(ReportTextException.class)
          .hasMessage(file + ": not text: not UTF-8: malformed bytes at byte offset 0")
          .extracting(e -> ((ReportTextException) e).getSource())
          .isEqualTo(java.util.Optional.of(file.toString()));
    }

    @Test
    void randomBinary_isNotText(@TempDir Path dir) throws IOException {
      byte[] bytes = new byte[4096];
      new java.util.Random(7).nextBytes(bytes);
      Path file = dir.resolve("random.bin");
      Files.write(file, bytes);
      assertThatThrownBy(() -> ReportText.parse(file))
          .isInstanceOf(ReportTextException.class)
          .extracting(e -> ((ReportTextException) e).getProblem())
          .isEqualTo(ReportTextException.Problem.NOT_TEXT);
    }

    @Test
    void fiftyMegabyteFile_isTooLarge_beforeItIsRead(@TempDir Path dir) throws IOException {
      Path file = dir.resolve("big.txt");
      try (RandomAccessFile big = new RandomAccessFile(file.toFile(), "rw")) {
        big.setLength(50L * 1024 * 1024); // sparse: nothing is written, and nothing must be read
      }
      assertThatThrownBy(() -> ReportText.parse(file))
          .isInstanceOf(ReportTextException.class)
          .hasMessage(file + ": text too large: the file has 52428800 bytes; the limit is 4194304");
    }

    @Test
    void fiftyMillionCharacterReader_isTooLarge_afterReadingOnlyUpToTheLimit() {
      CountingReader reader = new CountingReader(50_000_000);
      assertThatThrownBy(() -> ReportText.parse(reader))
          .isInstanceOf(ReportTextException.class)
          .hasMessage(
              "text too large: the input has more than 1048576 characters; the limit is 1048576");
      assertThat(reader.read).isLessThanOrEqualTo(ReportText.MAX_INPUT_CHARS + 8192L);
    }

    @Test
    void stringOverTheLimit_isTooLarge() {
      String text = "报".repeat(ReportText.MAX_INPUT_CHARS + 1);
      assertThatThrownBy(() -> ReportText.parse(text))
          .hasMessage("text too large: the input has 1048577 characters; the limit is 1048576");
    }

    @Test
    void missingFile_isAnIoError_namingTheFile(@TempDir Path dir) {
      Path file = dir.resolve("missing.txt");
      assertThatThrownBy(() -> ReportText.parse(file))
          .isInstanceOf(UncheckedIOException.class)
          .hasMessage("cannot read report text " + file + ": no such file");
    }

    @Test
    void novelChapter_isNotAReport_withEveryReason() {
      String chapter = "第一章\u3000风雪夜归人\n大雪下了整整一夜\uFF0C山路被封得严严实实。\n老李推开柴门\uFF0C望着远处的灯火。\n";
      assertThatThrownBy(() -> ReportText.parse(chapter))
          .isInstanceOf(ReportTextException.class)
          .extracting(e -> ((ReportTextException) e).getReasons())
          .isEqualTo(
              List.of(
                  "the title does not name a report (报告, 情况, 法治, …): \"第一章\u3000风雪夜归人\"",
                  "the text has no numbered sections",
                  "no reporting year: neither the title, nor a date line, nor the opening paragraph"
                      + " writes one"));
    }

    @Test
    void yearThatCannotBeAReportingYear_isNoYear() {
      assertThatThrownBy(() -> ReportText.parse("〇一二三年法治政府建设年度报告\n一、主要成效\n全年工作有序推进。\n"))
          .isInstanceOf(ReportTextException.class)
          .extracting(e -> ((ReportTextException) e).getReasons())
          .isEqualTo(
              List.of(
                  "no reporting year: neither the title, nor a date line, nor the opening paragraph"
                      + " writes one"));
    }

    @Test
    void paragraphFirst_isNotAReport() {
      assertThatThrownBy(() -> ReportText.parse("今年以来\uFF0C我县认真贯彻落实各项决策部署。\n一、主要工作\n"))
          .isInstanceOf(ReportTextException.class)
          .extracting(e -> ((ReportTextException) e).getReasons().get(0))
          .isEqualTo("the first line is a sentence, not a title: \"今年以来\uFF0C我县认真贯彻落实各项决策部署。\"");
    }
  }

  @Nested
  class Reading {
    @Test
    void stringReaderAndPath_readTheSameReport(@TempDir Path dir) throws IOException {
      Path file = dir.resolve("small.txt");
      Files.writeString(file, SMALL, StandardCharsets.UTF_8);
      TextImport fromString = ReportText.parse(SMALL);
      assertThat(ReportText.parse(new StringReader(SMALL))).isEqualTo(fromString);
      assertThat(ReportText.parse(file)).isEqualTo(fromString);
    }

    @Test
    void lineEndingsAndByteOrderMark_doNotChangeTheReport() {
      TextImport plain = ReportText.parse(SMALL);
      assertThat(ReportText.parse("\uFEFF" + SMALL.replace("\n", "\r\n")).getReport())
          .isEqualTo(plain.getReport());
      assertThat(ReportText.parse(SMALL.replace("\n", "\r")).getReport())
          .isEqualTo(plain.getReport());
    }

    @Test
    void smallReport_isComplete_andRendersBack() {
      TextImport result = ReportText.parse(SMALL);
      assertThat(result.isComplete()).isTrue();
      assertThat(ReportText.render(result.getReport())).isEqualTo(SMALL);
    }

    @Test
    void figures_sayWhereTheyStand_andWhereTheyWent() {
      TextFigure figure = ReportText.parse(SMALL).getFigures().get(0);
      assertThat(figure.getText()).isEqualTo("35件");
      assertThat(figure.getLine()).isEqualTo(6);
      assertThat(figure.getColumn()).isEqualTo(18);
      assertThat(figure.getSentence()).isEqualTo("全年受理行政复议案件35件。");
      assertThat(figure.getSection())
          .hasValueSatisfying(id -> assertThat(id).hasToString("s1.1.1"));
      assertThat(figure.getPlacement()).isEqualTo(TextFigure.Placement.BLOCK);
      assertThat(figure.getTarget()).hasValue("/statistics/reconsideration/accepted");
      assertThat(figure).hasToString("6:18 35件 → /statistics/reconsideration/accepted");
    }

    @Test
    void columns_countFromTheFirstCharacterOfTheInputLine() {
      TextImport result = ReportText.parse(SMALL.replace("1.受理情况", "\u3000\u30001.受理情况"));
      assertThat(result.getFigures().get(0).getColumn()).isEqualTo(20);
    }
  }

  @Nested
  class Normalizing {
    @Test
    void dropsByteOrderMarkBlankLinesAndSurroundingSpace_andEndsEveryLine() {
      assertThat(ReportText.normalize("\uFEFF标题  \r\n\r\n\u3000\u3000正文。\t\r尾行"))
          .isEqualTo("标题\n正文。\n尾行\n");
    }

    @Test
    void ofNothing_isNothing() {
      assertThat(ReportText.normalize(" \n\n")).isEmpty();
    }
  }

  @Nested
  class Markdown {
    @Test
    void headingsByLevel_inlineHeadingsInBold_everyLineAParagraph_syntaxEscaped() {
      assertThat(ReportText.renderMarkdown(ReportText.parse(SMALL).getReport()))
          .isEqualTo(
              "# 某县2024年法治政府建设年度报告\n"
                  + "\n"
                  + "市委、市政府\uFF1A\n"
                  + "\n"
                  + "2024年\uFF0C某县坚持依法行政。\n"
                  + "\n"
                  + "## 一、主要举措和成效\n"
                  + "\n"
                  + "### \uFF08一\uFF09行政复议\n"
                  + "\n"
                  + "**1.受理情况**。全年受理行政复议案件35件。**一是加强领导**。**二是\\*规范\\*办案**。\n"
                  + "\n"
                  + "## 二、存在的不足\n"
                  + "\n"
                  + "部分干部法治意识不强。\n"
                  + "\n"
                  + "某县人民政府\n"
                  + "\n"
                  + "2025年3月1日\n");
    }

    @Test
    void lineThatWouldStartAList_isEscaped() {
      assertThat(MarkdownRenderer.escapeLine("12. 项")).isEqualTo("12\\. 项");
      assertThat(MarkdownRenderer.escapeLine("- 项")).isEqualTo("\\- 项");
    }
  }

  @Nested
  class Excerpts {
    private final ExcerptContext in2024 = ExcerptContext.none().withYear(2024);

    @Test
    void anExcerpt_needsNoTitle_everyLineIsBody() {
      // a first line that could be a title is body: here a heading without number
      TextImport imported = ReportText.parseExcerpt("行政复议工作\n全年受理行政复议案件35件。", in2024);
      assertThat(imported.getReport().getOutline().getSections())
          .singleElement()
          .satisfies(
              section ->
                  assertThat(section.getHeading())
                      .hasValueSatisfying(
                          heading -> assertThat(heading.getText()).isEqualTo("行政复议工作")));
      assertThat(imported.getReport().getMetadata().getTitle()).isEqualTo("2024年法治政府建设情况（摘录）");
      assertThat(imported.getWarnings()).isEmpty();
      assertThat(imported.getFigures())
          .singleElement()
          .satisfies(
              f -> assertThat(f.getTarget()).contains("/statistics/reconsideration/accepted"));
    }

    @Test
    void theMadeTitle_namesTheIssuerAndYear() {
      TextImport imported = ReportText.parseExcerpt("全年受理行政复议案件35件。", in2024.withIssuer("平遥县司法局"));
      assertThat(imported.getReport().getMetadata().getTitle())
          .isEqualTo("平遥县司法局2024年法治政府建设情况（摘录）");
      assertThat(imported.getReport().getMetadata().getIssuers())
          .extracting(Issuer::getName)
          .containsExactly("平遥县司法局");
    }

    @Test
    void theContextsTitle_isTheReportsTitle() {
      TextImport imported =
          ReportText.parseExcerpt("全年受理行政复议案件35件。", in2024.withTitle("某县行政复议工作摘要"));
      assertThat(imported.getReport().getMetadata().getTitle()).isEqualTo("某县行政复议工作摘要");
    }

    @Test
    void theYear_comesFromTheContext() {
      TextImport imported = ReportText.parseExcerpt("2023年，全县受理行政复议案件35件。", in2024);
      assertThat(imported.getReport().getMetadata().getPeriod())
          .contains(ReportingPeriod.ofYear(2024));
    }

    @Test
    void withoutAYearInTheContext_theYearComesFromTheText() {
      TextImport imported = ReportText.parseExcerpt("2023年，全县受理行政复议案件35件。", ExcerptContext.none());
      assertThat(imported.getReport().getMetadata().getPeriod())
          .contains(ReportingPeriod.ofYear(2023));
      assertThat(imported.getReport().getMetadata().getTitle()).isEqualTo("2023年法治政府建设情况（摘录）");
    }

    @Test
    void theContextsPeriod_isTheReportsPeriod() {
      ReportingPeriod firstHalf =
          ReportingPeriod.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 30));
      TextImport imported =
          ReportText.parseExcerpt("上半年受理行政复议案件35件。", ExcerptContext.none().withPeriod(firstHalf));
      assertThat(imported.getReport().getMetadata().getPeriod()).contains(firstHalf);
    }

    @Test
    void withoutAYearInTheContextOrTheText_theExcerptIsRefused_sayingWhy() {
      assertThatThrownBy(() -> ReportText.parseExcerpt("全年受理行政复议案件35件。", ExcerptContext.none()))
          .isInstanceOf(ReportTextException.class)
          .hasMessage(
              "not a report: an excerpt needs its year or period: the text writes no year, and"
                  + " the ExcerptContext gives none")
          .extracting(e -> ((ReportTextException) e).getProblem())
          .isEqualTo(ReportTextException.Problem.NOT_A_REPORT);
    }

    @Test
    void anEmptyExcerpt_isEmpty() {
      assertThatThrownBy(() -> ReportText.parseExcerpt(" \n", in2024))
          .isInstanceOf(ReportTextException.class)
          .extracting(e -> ((ReportTextException) e).getProblem())
          .isEqualTo(ReportTextException.Problem.EMPTY);
    }

    @Test
    void render_givesTheMadeTitle_thenTheExcerptsLines() {
      String text = "全年受理行政复议案件35件。\n办结30件。\n";
      TextImport imported = ReportText.parseExcerpt(text, in2024.withIssuer("平遥县司法局"));
      assertThat(ReportText.render(imported.getReport()))
          .isEqualTo("平遥县司法局2024年法治政府建设情况（摘录）\n" + text);
    }

    @Test
    void numberedLines_stillOpenSections() {
      String text = "一、行政复议\n全年受理行政复议案件35件。\n";
      TextImport imported = ReportText.parseExcerpt(text, in2024);
      assertThat(imported.getReport().getOutline().getSections()).hasSize(1);
      assertThat(imported.getReport().getOutline().getPreamble()).isEmpty();
      assertThat(ReportText.render(imported.getReport())).isEqualTo("2024年法治政府建设情况（摘录）\n" + text);
      assertThat(imported.getWarnings()).isEmpty();
    }
  }

  /** A reader of {@code size} characters that are never held in memory, counting what is read. */
  static final class CountingReader extends Reader {
    private final long size;
    long read;

    CountingReader(long size) {
      this.size = size;
    }

    @Override
    public int read(char[] buffer, int offset, int length) {
      if (read >= size) {
        return -1;
      }
      int n = (int) Math.min(length, size - read);
      java.util.Arrays.fill(buffer, offset, offset + n, '报');
      read += n;
      return n;
    }

    @Override
    public void close() {}
  }
}
