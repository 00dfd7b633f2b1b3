package org.fazhi.report.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fazhi.report.Issuer;
import org.fazhi.report.text.ImportWarning.Kind;
import org.fazhi.report.text.SourceText.Line;

/**
 * The frame around a report's body: the title (perhaps over two lines), the addressee line, and the
 * signature (issuer and date lines, and notes after them) at the end. A first line that is a
 * sentence is no title: the frame then has none, and that line belongs to the body. An excerpt has
 * no frame at all: every line is body.
 */
final class DocumentFrame {
  final Optional<String> title;
  final Optional<String> addresseeLine;
  final List<Line> body;
  final List<String> signature = new ArrayList<>();
  final List<Issuer> issuers = new ArrayList<>();
  Optional<LocalDate> documentDate = Optional.empty();

  /** Lines after the signature, and repeated title lines (page headers). */
  final List<Line> unattached = new ArrayList<>();

  final List<Line> repeatedTitles = new ArrayList<>();
  final List<ImportWarning> warnings = new ArrayList<>();

  private DocumentFrame(Optional<String> title, Optional<String> addresseeLine, List<Line> body) {
    this.title = title;
    this.addresseeLine = addresseeLine;
    this.body = body;
  }

  /** An excerpt: all body. */
  static DocumentFrame excerpt(List<Line> content) {
    return new DocumentFrame(Optional.empty(), Optional.empty(), content);
  }

  /** A whole report. */
  static DocumentFrame of(List<Line> content) {
    Line titleLine = content.get(0);
    String first = titleLine.text();
    boolean sentence = first.contains("。") || first.length() > 100;
    String title = first;
    int next = sentence ? 0 : 1;
    boolean joined = false;
    if (!sentence
        && content.size() > 2
        && !Metadata.issuers(first).isEmpty()
        && !Metadata.namesReport(first)
        && content.get(1).text().contains("报告")
        && !content.get(1).text().contains("。")
        && content.get(1).text().length() <= 60) {
      title = first + content.get(1).text();
      next = 2;
      joined = true;
    }
    List<Line> repeated = new ArrayList<>();
    while (!sentence && next < content.size() && content.get(next).text().equals(title)) {
      repeated.add(content.get(next)); // the page's header repeats the title
      next++;
    }
    Optional<String> addressee = Optional.empty();
    if (next < content.size() && Metadata.addresseeLine(content.get(next).text())) {
      addressee = Optional.of(content.get(next).text());
      next++;
    }
    int end = content.size();
    int[] signature = signature(content, next, end);
    DocumentFrame frame =
        new DocumentFrame(
            sentence ? Optional.empty() : Optional.of(title),
            addressee,
            content.subList(next, signature[0]));
    frame.repeatedTitles.addAll(repeated);
    if (joined) {
      frame.warnings.add(
          ImportWarning.of(
              Kind.TITLE_JOINED,
              "the title is written over two lines; it is held and rendered as one: " + title,
              titleLine.number()));
    }
    frame.readSignature(content, signature[0], signature[1], end);
    if (frame.issuers.isEmpty() && !sentence) {
      int about = title.indexOf("关于");
      if (about > 0) {
        frame.issuers.addAll(Metadata.issuers(title.substring(0, about)));
      }
    }
    return frame;
  }

  /** The signature's first line and the line after its notes, as {@code [start, end)}. */
  private static int[] signature(List<Line> content, int next, int end) {
    int dateIndex = -1;
    for (int k = end - 1; k >= Math.max(next, end - 6); k--) {
      if (Metadata.dateLine(content.get(k).text()).isPresent()) {
        dateIndex = k;
        break;
      }
    }
    int start = dateIndex >= 0 ? dateIndex : end;
    int last = start;
    while (start - 1 > next
        && last - start < 3
        && !Metadata.issuers(content.get(start - 1).text()).isEmpty()) {
      start--;
    }
    int after = dateIndex >= 0 ? dateIndex + 1 : end;
    while (dateIndex >= 0 && after < end && Metadata.note(content.get(after).text())) {
      after++;
    }
    return new int[] {start, after};
  }

  private void readSignature(List<Line> content, int start, int after, int end) {
    for (int k = after; k < end; k++) {
      Line line = content.get(k);
      unattached.add(line);
      warnings.add(
          ImportWarning.of(
              Kind.UNATTACHED_TEXT,
              "text after the signature is not part of the outline: \""
                  + Importer.abbreviate(line.text())
                  + "\"",
              line.number()));
    }
    for (Line line : content.subList(start, after)) {
      signature.add(line.text());
      issuers.addAll(Metadata.issuers(line.text()));
      if (documentDate.isEmpty()) {
        documentDate = Metadata.dateLine(line.text());
      }
    }
    if (start == after) {
      warnings.add(
          ImportWarning.of(
              Kind.NO_SIGNATURE, "no signature (issuer and date lines) at the end of the text"));
    }
  }
}
