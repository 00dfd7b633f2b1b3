package org.fazhi.report.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.fazhi.report.AdministrativeDivision;
import org.fazhi.report.Issuer;
import org.fazhi.report.IssuerKind;
import org.fazhi.report.Report;
import org.fazhi.report.ReportMetadata;
import org.fazhi.report.ReportingPeriod;
import org.fazhi.report.outline.Outline;
import org.fazhi.report.outline.SectionId;
import org.fazhi.report.text.ImportWarning.Kind;
import org.fazhi.report.text.OutlineParser.Node;
import org.fazhi.report.text.SourceText.Line;

/** Reads one report text: furniture, header, signature, outline, metadata, figures. Use once. */
final class Importer {
  private final String source;
  private final List<ImportWarning> warnings = new ArrayList<>();
  private final List<TextSpan> furniture = new ArrayList<>();
  private final List<TextSpan> unattached = new ArrayList<>();

  Importer(String source) {
    this.source = source;
  }

  TextImport run(String text) {
    SourceText.check(text, source);
    Optional<LocalDate> publicationDate = Optional.empty();
    Optional<String> publisher = Optional.empty();
    List<Line> content = new ArrayList<>();
    for (Line line : SourceText.lines(text)) {
      if (Furniture.isFurniture(line.text())) {
        furniture.add(line.span());
        if (publicationDate.isEmpty()) {
          publicationDate = Furniture.publicationDate(line.text());
        }
        if (publisher.isEmpty()) {
          publisher = Furniture.publisher(line.text());
        }
      } else {
        content.add(line);
      }
    }
    if (content.isEmpty()) {
      throw new ReportTextException(
          ReportTextException.Problem.EMPTY, source,
          "the input holds nothing but page furniture (" + furniture.size() + " lines)");
    }

    // The title, perhaps over two lines (阳高县人民政府 / 关于…的报告), and the addressee line.
    List<String> rendered = new ArrayList<>();
    Line titleLine = content.get(0);
    String title = titleLine.text();
    int next = 1;
    if (content.size() > 2
        && !Metadata.issuers(title).isEmpty()
        && !Metadata.namesReport(title)
        && content.get(1).text().contains("报告")
        && !content.get(1).text().contains("。")
        && content.get(1).text().length() <= 60) {
      title = title + content.get(1).text();
      next = 2;
      warnings.add(ImportWarning.of(Kind.TITLE_JOINED,
          "the title is written over two lines; it is held and rendered as one: " + title,
          titleLine.number()));
    }
    while (next < content.size() && content.get(next).text().equals(title)) {
      furniture.add(content.get(next).span()); // the page's header repeats the title
      next++;
    }
    List<String> reasons = new ArrayList<>();
    if (title.contains("。") || title.length() > 100) {
      reasons.add("the first line is a sentence, not a title: \"" + abbreviate(title) + "\"");
    }
    rendered.add(title);
    Optional<String> addresseeLine = Optional.empty();
    if (next < content.size() && Metadata.addresseeLine(content.get(next).text())) {
      addresseeLine = Optional.of(content.get(next).text());
      rendered.add(addresseeLine.get());
      next++;
    }

    // The signature: issuer lines and the date line at the end, and notes after them.
    int end = content.size();
    int dateIndex = -1;
    for (int k = end - 1; k >= Math.max(next, end - 6); k--) {
      if (Metadata.dateLine(content.get(k).text()).isPresent()) {
        dateIndex = k;
        break;
      }
    }
    int signatureStart;
    int signatureEnd;
    if (dateIndex >= 0) {
      signatureStart = dateIndex;
      while (signatureStart - 1 > next
          && dateIndex - signatureStart < 3
          && !Metadata.issuers(content.get(signatureStart - 1).text()).isEmpty()) {
        signatureStart--;
      }
      signatureEnd = dateIndex + 1;
      while (signatureEnd < end && Metadata.note(content.get(signatureEnd).text())) {
        signatureEnd++;
      }
    } else {
      signatureStart = end;
      while (signatureStart - 1 > next
          && end - signatureStart < 3
          && !Metadata.issuers(content.get(signatureStart - 1).text()).isEmpty()) {
        signatureStart--;
      }
      signatureEnd = end;
    }
    for (int k = signatureEnd; k < end; k++) {
      Line line = content.get(k);
      unattached.add(line.span());
      warnings.add(ImportWarning.of(Kind.UNATTACHED_TEXT,
          "text after the signature is not part of the outline: \"" + abbreviate(line.text()) + "\"",
          line.number()));
    }
    List<Line> body = content.subList(next, signatureStart);
    List<String> signature = new ArrayList<>();
    List<Issuer> issuers = new ArrayList<>();
    Optional<LocalDate> documentDate = Optional.empty();
    for (Line line : content.subList(signatureStart, signatureEnd)) {
      signature.add(line.text());
      issuers.addAll(Metadata.issuers(line.text()));
      if (documentDate.isEmpty()) {
        documentDate = Metadata.dateLine(line.text());
      }
    }
    if (signatureStart == signatureEnd) {
      warnings.add(ImportWarning.of(Kind.NO_SIGNATURE,
          "no signature (issuer and date lines) at the end of the text"));
    }
    if (issuers.isEmpty()) {
      int about = title.indexOf("关于");
      if (about > 0) {
        issuers.addAll(Metadata.issuers(title.substring(0, about)));
      }
    }
    if (issuers.isEmpty()) {
      warnings.add(ImportWarning.of(Kind.NO_ISSUER, "no issuer named in the signature or the title"));
    }
    if (documentDate.isEmpty()) {
      warnings.add(ImportWarning.of(Kind.NO_DOCUMENT_DATE, "no date line in the signature"));
    }

    // The outline.
    OutlineParser parser = new OutlineParser();
    parser.parse(body);
    for (Line line : body) {
      rendered.add(line.text());
    }
    rendered.addAll(signature);

    // The year: from the title, else from the date, else from the opening paragraphs.
    OptionalInt year = Metadata.titleYear(title);
    if (year.isEmpty() && documentDate.isPresent()) {
      LocalDate date = documentDate.get();
      year = OptionalInt.of(date.getMonthValue() <= 6 ? date.getYear() - 1 : date.getYear());
      warnings.add(ImportWarning.of(Kind.REPORTING_YEAR_INFERRED,
          "the title writes no year; the reporting year " + year.getAsInt()
              + " is taken from the date " + date));
    }
    if (year.isEmpty() && !parser.preamble().isEmpty()) {
      year = Metadata.firstYear(String.join("", parser.preamble()));
      year.ifPresent(y -> warnings.add(ImportWarning.of(Kind.REPORTING_YEAR_INFERRED,
          "the title writes no year; the reporting year " + y + " is taken from the opening paragraph")));
    }
    if (!Metadata.namesReport(title) && parser.roots().isEmpty()) {
      reasons.add("the title does not name a report (报告, 情况, 法治, …): \"" + abbreviate(title) + "\"");
      reasons.add("the text has no numbered sections");
    }
    if (year.isEmpty()) {
      reasons.add("no reporting year: neither the title, nor a date line, nor the opening paragraph writes one");
    }
    if (!reasons.isEmpty()) {
      throw new ReportTextException(ReportTextException.Problem.NOT_A_REPORT, source, reasons);
    }
    int reportingYear = year.getAsInt();
    if (parser.roots().isEmpty()) {
      warnings.add(ImportWarning.of(Kind.NO_SECTIONS,
          "the text has no numbered or headed sections; its prose is all preamble"));
    }
    StatutoryParts.assign(parser.roots(), reportingYear);

    Map<Node, SectionId> ids = new IdentityHashMap<>();
    List<Node> roots = parser.roots();
    for (int i = 0; i < roots.size(); i++) {
      assignIds(roots.get(i), SectionId.of(i + 1), ids);
    }
    Outline.Builder outline = Outline.builder();
    addresseeLine.ifPresent(outline::addresseeLine);
    outline.addAllPreamble(parser.preamble());
    for (Node root : roots) {
      outline.addSection(root.toSection());
    }
    outline.addAllSignature(signature);

    // Metadata.
    ReportMetadata.Builder metadata =
        ReportMetadata.builder().title(title).reportingYear(reportingYear).addAllIssuers(issuers);
    addresseeLine.ifPresent(line -> metadata.addAllAddressees(Metadata.addressees(line)));
    documentDate.ifPresent(metadata::documentDate);
    publicationDate.ifPresent(metadata::publicationDate);
    String issuerNames = String.join("", issuers.stream().map(Issuer::getName).toList());
    publisher.filter(p -> !issuerNames.contains(p)).ifPresent(metadata::publisher);
    Optional<AdministrativeDivision> division = division(issuers, title, text);
    division.ifPresentOrElse(
        metadata::division,
        () -> warnings.add(ImportWarning.of(Kind.NO_DIVISION,
            "the division the report speaks for cannot be told from its issuer or title")));
    if (documentDate.isPresent()
        && documentDate.get().getYear() == reportingYear
        && documentDate.get().isBefore(LocalDate.of(reportingYear, 12, 31))
        && Metadata.partialYear(text)) {
      metadata.period(ReportingPeriod.of(LocalDate.of(reportingYear, 1, 1), documentDate.get()));
    }

    // Figures.
    FigureExtractor extractor = new FigureExtractor(ids, reportingYear);
    extractor.run(parser.fragments());
    Report.Builder report = Report.builder().metadata(metadata.build()).outline(outline.build());
    new Assembly(extractor).into(report);
    Report built = report.build();

    List<TextFigure> figures = new ArrayList<>(extractor.figures);
    figures.sort(
        java.util.Comparator.comparingInt(TextFigure::getLine).thenComparingInt(TextFigure::getColumn));
    for (TextFigure figure : figures) {
      if (figure.getPlacement() == TextFigure.Placement.UNPLACED) {
        warnings.add(ImportWarning.of(Kind.UNPLACED_FIGURE,
            "figure " + figure.getText() + " not placed: " + figure.getReason().orElse(""),
            figure.getLine()));
      }
    }
    selfCheck(built, rendered, content);
    return TextImport.builder()
        .report(built)
        .figures(figures)
        .unattachedText(unattached)
        .furniture(
            furniture.stream()
                .sorted(java.util.Comparator.comparingInt(TextSpan::getLine))
                .collect(java.util.stream.Collectors.toList()))
        .warnings(warnings)
        .build();
  }

  private static void assignIds(Node node, SectionId id, Map<Node, SectionId> ids) {
    ids.put(node, id);
    for (int i = 0; i < node.children.size(); i++) {
      assignIds(node.children.get(i), id.child(i + 1), ids);
    }
  }

  private static Optional<AdministrativeDivision> division(
      List<Issuer> issuers, String title, String text) {
    for (Issuer issuer : issuers) {
      if (issuer.getKind() != IssuerKind.OTHER) {
        Optional<AdministrativeDivision> division = Metadata.division(issuer.getName(), text);
        if (division.isPresent()) {
          return division;
        }
      }
    }
    return Metadata.division(title, text);
  }

  /** Renders the report and compares it with the lines it was read from. */
  private void selfCheck(Report report, List<String> expected, List<Line> content) {
    String[] actual = ReportText.render(report).split("\n", -1);
    int n = Math.min(actual.length, expected.size());
    for (int i = 0; i < n; i++) {
      if (!actual[i].equals(expected.get(i))) {
        warnings.add(ImportWarning.of(Kind.LAYOUT_NOT_KEPT,
            "the outline renders line " + (i + 1) + " as \"" + abbreviate(actual[i])
                + "\" where the text has \"" + abbreviate(expected.get(i)) + "\""));
        return;
      }
    }
    if (actual.length - 1 != expected.size()) {
      warnings.add(ImportWarning.of(Kind.LAYOUT_NOT_KEPT,
          "the outline renders " + (actual.length - 1) + " lines where the text has " + expected.size()));
    }
  }

  private static String abbreviate(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "…";
  }
}
