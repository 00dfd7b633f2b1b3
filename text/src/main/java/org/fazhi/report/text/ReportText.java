package org.fazhi.report.text;

import java.io.Reader;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.fazhi.report.Report;

/**
 * The report as its published text: {@link #parse(String) parse} reads a report's text into the
 * typed model, {@link #render(Report) render} writes the model back as that text, and {@link
 * #renderMarkdown(Report) renderMarkdown} as Markdown.
 *
 * <h2>Reading</h2>
 *
 * <p>The input is UTF-8 text, with or without a byte-order mark, with any line endings, at most
 * {@link #MAX_INPUT_CHARS} characters ({@link #MAX_INPUT_BYTES} bytes from a file, checked before
 * reading it). Page furniture ({@code 扫一扫在手机上查看当前页面}, {@code 打印本页}, {@code 【字体\uFF1A大 中 小】}, the
 * page's {@code 发布时间\uFF1A…} lines) is dropped and listed. The first line is the title, an optional
 * {@code 市委、市政府:} line the addressee line, the issuer and date lines at the end the signature; in
 * between, the outline is read under these rules:
 *
 * <ul>
 *   <li>a line that starts with a label ({@code 一、}, {@code (一)} or {@code \uFF08一\uFF09}, {@code
 *       1.}, {@code 1、}, {@code １．}, {@code (1)}, {@code ①}) opens a section, beside the open
 *       section of the same label style or else below the current one — so depth need not be
 *       uniform, and Arabic numbering may run on across {@code (一)}/{@code (二)};
 *   <li>such a line without {@code 。} is a heading on its own line; with {@code 。} its heading runs
 *       inline up to the first {@code 。}, and the rest of the line, unless it starts with a run-in
 *       marker, is the section's first paragraph;
 *   <li>run-in markers {@code 一是}, {@code 二是}, … (in unbroken order) at the start of a line or
 *       right after a {@code 。} open run-in children of the section the line belongs to; each
 *       child's heading runs to its first {@code 。}, the rest up to the next marker is its
 *       paragraph; a child that starts a line is not {@link
 *       org.fazhi.report.outline.Section#isRunIn() run in}, one that continues a line is; text
 *       before the first marker stays the section's paragraph;
 *   <li>a short line without label, sentence punctuation or figures, followed by more text, is a
 *       heading without number;
 *   <li>every other line is a paragraph of the current section (of its last run-in child, if it has
 *       some); labels are kept exactly as written.
 * </ul>
 *
 * <p>Top-level headings that clearly name a statutory part are mapped to it ({@code 存在的不足和原因} →
 * shortcomings). Figures fill the typed blocks whose sentences state them and become {@link
 * org.fazhi.report.figure.Indicator indicators} otherwise; {@link TextImport#getFigures()} says
 * where each went.
 *
 * <h2>Writing, and the round trip</h2>
 *
 * <p>For a report read from text, {@code render(parse(text).getReport())} equals {@link
 * #normalize(String) normalize(text)} without the furniture lines (and without the unattached
 * lines, if any): the import checks this itself and warns ({@link
 * ImportWarning.Kind#LAYOUT_NOT_KEPT}) where it does not hold.
 *
 * <p>All methods are thread-safe.
 */
public final class ReportText {
  /** The most characters a text may have: about forty times the Yanggao report. */
  public static final int MAX_INPUT_CHARS = 1 << 20;

  /** The most bytes a file may have; checked before it is read. */
  public static final int MAX_INPUT_BYTES = 4 << 20;

  private ReportText() {}

  /**
   * Reads the report in {@code text}.
   *
   * @throws ReportTextException if the text is empty, too large, not text, or not a report
   */
  public static TextImport parse(String text) {
    return new Importer(null).run(text);
  }

  /**
   * Reads the report from {@code reader}, reading at most {@link #MAX_INPUT_CHARS} characters and
   * one more: a longer input is rejected without reading further. The reader is not closed.
   *
   * @throws ReportTextException if the text is empty, too large, not text, or not a report
   * @throws java.io.UncheckedIOException if the reader fails
   */
  public static TextImport parse(Reader reader) {
    return new Importer(null).run(SourceText.read(reader, null));
  }

  /**
   * Reads the report in the UTF-8 file {@code path}, after checking that it has at most {@link
   * #MAX_INPUT_BYTES} bytes.
   *
   * @throws ReportTextException if the file is empty, too large, not UTF-8 text, or not a report;
   *     its source names the file
   * @throws java.io.UncheckedIOException if the file cannot be read, naming the file
   */
  public static TextImport parse(Path path) {
    return new Importer(path.toString()).run(SourceText.read(path));
  }

  /**
   * Reads an excerpt: paragraphs of a report, a statistical release or a news item, without title
   * or signature. Every line is body (numbered lines still open sections); {@code context} gives
   * the issuer, the year or period, and a title where the excerpt does not say them — the year
   * defaults to the first year the text writes. The imported report's title is the context's, or
   * one made from the issuer and year ({@code 平遥县司法局2024年法治政府建设情况（摘录）}); rendering it gives that
   * title and then the excerpt's lines.
   *
   * @throws ReportTextException if the text is empty, too large or not text, or neither the context
   *     nor the text gives a year
   */
  public static TextImport parseExcerpt(String text, ExcerptContext context) {
    return new Importer(null, Optional.of(context)).run(text);
  }

  /**
   * The published text of {@code report}: title, addressee line, opening paragraphs, sections with
   * their labels, headings and paragraphs, and signature lines, each line ended by {@code \n}.
   * Run-in sections continue the line before them; inline headings share their line with the first
   * paragraph.
   */
  public static String render(Report report) {
    return new PlainTextRenderer().render(report);
  }

  /**
   * The report as Markdown: the title as {@code #}, own-line headings as {@code ##}, {@code ###}, …
   * by depth (at most {@code ######}), inline and run-in headings in bold at the start of their
   * paragraph, every line of the published text a paragraph of its own, figures untouched. Markdown
   * syntax characters in the text are escaped.
   */
  public static String renderMarkdown(Report report) {
    return new MarkdownRenderer().render(report);
  }

  /**
   * {@code text} as the import reads it: without a leading byte-order mark, without white space
   * (ASCII, ideographic {@code U+3000}, no-break) at the start and end of each line, without blank
   * lines, each line ended by {@code \n}. Page furniture is not removed; {@link
   * TextImport#getFurniture()} lists it.
   */
  public static String normalize(String text) {
    return SourceText.join(SourceText.lines(text).stream().map(SourceText.Line::text).toList());
  }

  static List<String> lines(String text) {
    return SourceText.lines(text).stream().map(SourceText.Line::text).toList();
  }
}
