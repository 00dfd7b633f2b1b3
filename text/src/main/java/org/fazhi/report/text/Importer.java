package org.fazhi.report.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
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

/**
 * Reads one report text, or an excerpt of one: furniture, frame (title, addressee, signature),
 * outline, year and period, metadata, figures, the self-check. Use once.
 */
final class Importer {
  private final String source;
  private final Optional<ExcerptContext> excerpt;
  private final List<ImportWarning> warnings = new ArrayList<>();
  private final List<TextSpan> furniture = new ArrayList<>();
  private Optional<LocalDate> publicationDate = Optional.empty();
  private Optional<String> publisher = Optional.empty();

  Importer(String source) {
    this(source, Optional.empty());
  }

  Importer(String source, Optional<ExcerptContext> excerpt) {
    this.source = source;
    this.excerpt = excerpt;
  }

  TextImport run(String text) {
    SourceText.check(text, source);
    List<Line> content = withoutFurniture(text);
    DocumentFrame frame =
        excerpt.isPresent() ? DocumentFrame.excerpt(content) : DocumentFrame.of(content);
    frame.repeatedTitles.forEach(line -> furniture.add(line.span()));
    warnings.addAll(frame.warnings);
    List<Issuer> issuers = issuers(frame);
    OutlineParser parser = new OutlineParser();
    parser.parse(frame.body);
    Optional<ReportingPeriod> period = period(frame, parser);
    String title = title(frame, parser, issuers, period);
    if (parser.roots().isEmpty() && excerpt.isEmpty()) {
      warnings.add(
          ImportWarning.of(
              Kind.NO_SECTIONS,
              "the text has no numbered or headed sections; its prose is all preamble"));
    }
    int reportingYear = period.get().getEnd().getYear();
    StatutoryParts.assign(parser.roots(), reportingYear);
    Map<Node, SectionId> ids = sectionIds(parser.roots());

    ReportMetadata metadata = metadata(frame, title, issuers, period.get(), text);
    FigureReader reader = new FigureReader(ids, reportingYear, metadata.getDivision());
    reader.run(parser.fragments());
    Report.Builder report = Report.builder().metadata(metadata).outline(outline(frame, parser));
    new Assembly(reader).into(report);
    Report built = report.build();

    List<TextFigure> figures = new ArrayList<>(reader.placements.figures);
    figures.sort(
        Comparator.comparingInt(TextFigure::getLine).thenComparingInt(TextFigure::getColumn));
    warnings.addAll(reader.placements.warnings());
    for (TextFigure figure : figures) {
      if (figure.getPlacement() == TextFigure.Placement.UNPLACED) {
        warnings.add(
            ImportWarning.of(
                Kind.UNPLACED_FIGURE,
                "figure " + figure.getText() + " not placed: " + figure.getReason().orElse(""),
                figure.getLine(),
                figure.getColumn()));
      }
    }
    selfCheck(built, frame, content);
    return TextImport.builder()
        .report(built)
        .figures(figures)
        .unattachedText(frame.unattached.stream().map(Line::span).toList())
        .furniture(furniture.stream().sorted(Comparator.comparingInt(TextSpan::getLine)).toList())
        .warnings(warnings)
        .build();
  }

  private List<Line> withoutFurniture(String text) {
    List<Line> content = new ArrayList<>();
    for (Line line : SourceText.lines(text)) {
      if (Furniture.isFurniture(line.text())) {
        furniture.add(line.span());
        publicationDate = publicationDate.or(() -> Furniture.publicationDate(line.text()));
        publisher = publisher.or(() -> Furniture.publisher(line.text()));
      } else {
        content.add(line);
      }
    }
    if (content.isEmpty()) {
      throw new ReportTextException(
          ReportTextException.Problem.EMPTY,
          source,
          "the input holds nothing but page furniture (" + furniture.size() + " lines)");
    }
    return content;
  }

  private List<Issuer> issuers(DocumentFrame frame) {
    List<Issuer> issuers = new ArrayList<>(frame.issuers);
    excerpt
        .flatMap(ExcerptContext::getIssuer)
        .ifPresent(
            name -> {
              List<Issuer> named = Metadata.issuers(name);
              issuers.addAll(
                  named.isEmpty() ? List.of(Issuer.of(name, Metadata.kind(name))) : named);
            });
    if (issuers.isEmpty() && excerpt.isEmpty()) {
      warnings.add(
          ImportWarning.of(Kind.NO_ISSUER, "no issuer named in the signature or the title"));
    }
    if (frame.documentDate.isEmpty() && excerpt.isEmpty()) {
      warnings.add(ImportWarning.of(Kind.NO_DOCUMENT_DATE, "no date line in the signature"));
    }
    return issuers;
  }

  /**
   * The period: the caller's (for an excerpt); else the year of the title, else of the date line,
   * else of the opening paragraphs; fails when there is none.
   */
  private Optional<ReportingPeriod> period(DocumentFrame frame, OutlineParser parser) {
    if (excerpt.isPresent()) {
      ExcerptContext context = excerpt.get();
      OptionalInt year = context.getYear();
      if (context.getPeriod().isPresent()) {
        return context.getPeriod();
      }
      if (year.isEmpty()) {
        year = Metadata.firstYear(String.join("", frame.body.stream().map(Line::text).toList()));
      }
      if (year.isEmpty()) {
        throw new ReportTextException(
            ReportTextException.Problem.NOT_A_REPORT,
            source,
            List.of(
                "an excerpt needs its year or period: the text writes no year, and the"
                    + " ExcerptContext gives none"));
      }
      return Optional.of(ReportingPeriod.ofYear(year.getAsInt()));
    }
    OptionalInt year = frame.title.map(Metadata::titleYear).orElse(OptionalInt.empty());
    if (year.isEmpty() && frame.documentDate.isPresent()) {
      LocalDate date = frame.documentDate.get();
      year = OptionalInt.of(date.getMonthValue() <= 6 ? date.getYear() - 1 : date.getYear());
      warnings.add(
          ImportWarning.of(
              Kind.REPORTING_YEAR_INFERRED,
              "the title writes no year; the reporting year "
                  + year.getAsInt()
                  + " is taken from the date "
                  + date));
    }
    if (year.isEmpty() && !parser.preamble().isEmpty()) {
      year = Metadata.firstYear(String.join("", parser.preamble()));
      year.ifPresent(
          y ->
              warnings.add(
                  ImportWarning.of(
                      Kind.REPORTING_YEAR_INFERRED,
                      "the title writes no year; the reporting year "
                          + y
                          + " is taken from the opening paragraph")));
    }
    return year.isEmpty() ? Optional.empty() : Optional.of(ReportingPeriod.ofYear(year.getAsInt()));
  }

  /**
   * The title as written, or one made from the issuer and year; fails when the text is no report.
   */
  private String title(
      DocumentFrame frame,
      OutlineParser parser,
      List<Issuer> issuers,
      Optional<ReportingPeriod> period) {
    List<String> reasons = new ArrayList<>();
    String first = frame.body.isEmpty() ? "" : frame.body.get(0).text();
    if (excerpt.isEmpty()
        && frame.title.isEmpty()
        && (parser.roots().isEmpty() || period.isEmpty())) {
      reasons.add("the first line is a sentence, not a title: \"" + abbreviate(first) + "\"");
      reasons.add("the text has no numbered sections");
    }
    if (frame.title.isPresent()
        && !Metadata.namesReport(frame.title.get())
        && parser.roots().isEmpty()) {
      reasons.add(
          "the title does not name a report (报告, 情况, 法治, …): \""
              + abbreviate(frame.title.get())
              + "\"");
      reasons.add("the text has no numbered sections");
    }
    if (period.isEmpty()) {
      reasons.add(
          "no reporting year: neither the title, nor a date line, nor the opening paragraph writes one");
    }
    if (!reasons.isEmpty()) {
      throw new ReportTextException(ReportTextException.Problem.NOT_A_REPORT, source, reasons);
    }
    if (frame.title.isPresent()) {
      return frame.title.get();
    }
    Optional<String> given = excerpt.flatMap(ExcerptContext::getTitle);
    if (given.isPresent()) {
      return given.get();
    }
    String issuer = issuers.isEmpty() ? "" : issuers.get(0).getName();
    ReportingPeriod p = period.get();
    String made =
        issuer
            + (p.isWholeYear() ? p.getStart().getYear() + "年" : "")
            + "法治政府建设"
            + (excerpt.isPresent() ? "情况（摘录）" : "年度报告");
    if (excerpt.isEmpty()) {
      warnings.add(
          0,
          ImportWarning.of(
              Kind.NO_TITLE,
              "the text opens without a title (\""
                  + abbreviate(first)
                  + "\") but has numbered sections;"
                  + " it is imported under the title \""
                  + made
                  + "\"",
              frame.body.get(0).number()));
    }
    return made;
  }

  private static Map<Node, SectionId> sectionIds(List<Node> roots) {
    Map<Node, SectionId> ids = new IdentityHashMap<>();
    for (int i = 0; i < roots.size(); i++) {
      assignIds(roots.get(i), SectionId.of(i + 1), ids);
    }
    return ids;
  }

  private static void assignIds(Node node, SectionId id, Map<Node, SectionId> ids) {
    ids.put(node, id);
    for (int i = 0; i < node.children.size(); i++) {
      assignIds(node.children.get(i), id.child(i + 1), ids);
    }
  }

  private static Outline outline(DocumentFrame frame, OutlineParser parser) {
    Outline.Builder outline = Outline.builder();
    frame.addresseeLine.ifPresent(outline::addresseeLine);
    outline.addAllPreamble(parser.preamble());
    for (Node root : parser.roots()) {
      outline.addSection(root.toSection());
    }
    return outline.addAllSignature(frame.signature).build();
  }

  private ReportMetadata metadata(
      DocumentFrame frame,
      String title,
      List<Issuer> issuers,
      ReportingPeriod period,
      String text) {
    int reportingYear = period.getEnd().getYear();
    ReportMetadata.Builder metadata = ReportMetadata.builder().title(title).addAllIssuers(issuers);
    if (period.isWholeYear() || excerpt.isEmpty()) {
      metadata.reportingYear(reportingYear);
    }
    if (excerpt.isPresent()) {
      metadata.period(period);
    }
    frame.addresseeLine.ifPresent(line -> metadata.addAllAddressees(Metadata.addressees(line)));
    frame.documentDate.ifPresent(metadata::documentDate);
    publicationDate.ifPresent(metadata::publicationDate);
    String issuerNames = String.join("", issuers.stream().map(Issuer::getName).toList());
    publisher.filter(p -> !issuerNames.contains(p)).ifPresent(metadata::publisher);
    division(issuers, title, text)
        .ifPresentOrElse(
            metadata::division,
            () -> {
              if (excerpt.isEmpty()) {
                warnings.add(
                    ImportWarning.of(
                        Kind.NO_DIVISION,
                        "the division the report speaks for cannot be told from its issuer or title"));
              }
            });
    Optional<LocalDate> date = frame.documentDate;
    if (excerpt.isEmpty()
        && date.isPresent()
        && date.get().getYear() == reportingYear
        && date.get().isBefore(LocalDate.of(reportingYear, 12, 31))
        && Metadata.partialYear(text)) {
      metadata.period(ReportingPeriod.of(LocalDate.of(reportingYear, 1, 1), date.get()));
    }
    return metadata.build();
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

  /**
   * Renders the report and compares it with the lines it was read from (all but the title, when the
   * text wrote none).
   */
  private void selfCheck(Report report, DocumentFrame frame, List<Line> content) {
    List<String> expected = new ArrayList<>();
    frame.title.ifPresent(expected::add);
    frame.addresseeLine.ifPresent(expected::add);
    frame.body.forEach(line -> expected.add(line.text()));
    expected.addAll(frame.signature);
    String[] rendered = ReportText.render(report).split("\n", -1);
    int skip = frame.title.isPresent() ? 0 : 1;
    int n = Math.min(rendered.length - skip, expected.size());
    for (int i = 0; i < n; i++) {
      if (!rendered[i + skip].equals(expected.get(i))) {
        warnings.add(
            ImportWarning.of(
                Kind.LAYOUT_NOT_KEPT,
                "the outline renders line "
                    + (i + 1)
                    + " as \""
                    + abbreviate(rendered[i + skip])
                    + "\" where the text has \""
                    + abbreviate(expected.get(i))
                    + "\""));
        return;
      }
    }
    if (rendered.length - 1 - skip != expected.size()) {
      warnings.add(
          ImportWarning.of(
              Kind.LAYOUT_NOT_KEPT,
              "the outline renders "
                  + (rendered.length - 1 - skip)
                  + " lines where the text has "
                  + expected.size()));
    }
  }

  static String abbreviate(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "…";
  }
}
