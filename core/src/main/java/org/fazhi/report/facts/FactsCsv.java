package org.fazhi.report.facts;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.fazhi.report.ReportingPeriod;
import org.fazhi.report.figure.Approximation;
import org.fazhi.report.figure.Change;
import org.fazhi.report.figure.Count;
import org.fazhi.report.figure.Scale;
import org.fazhi.report.figure.Scope;
import org.fazhi.report.figure.ScopeLevel;
import org.fazhi.report.internal.JacksonRuntime;
import org.fazhi.report.outline.SectionId;
import org.fazhi.report.statistics.CaseStage;

/**
 * Facts of many reports as one CSV table: one row a fact, the same columns in the same order always
 * ({@link #COLUMNS}), a header row, UTF-8, RFC 4180 quoting. What {@link #write} writes, {@link
 * #read} reads back to equal facts.
 *
 * <p>Columns: {@code report} (the caller's name for the report), {@code concept}, {@code
 * dimension}, {@code member}, {@code basis}, {@code value} (digits as written), {@code scale}
 * ({@code ONE}, {@code TEN_THOUSAND}, …), {@code unit}, {@code approximation} ({@code EXACT},
 * {@code MORE_THAN}, …), {@code lowerBound} and {@code upperBound} (scale applied), {@code
 * numerator} and {@code denominator} (of a rate, as counts are written: {@code 32}, {@code 700余}),
 * {@code periodStart} and {@code periodEnd} (ISO dates), {@code scope} (a {@link ScopeLevel}) and
 * {@code scopeLabel}, {@code change} ({@code 同比增长12.5%}), {@code pointer}, {@code section}. An
 * empty cell is an absent value.
 *
 * <p>Thread-safe.
 */
public final class FactsCsv {
  /** The columns, in order. */
  public static final List<String> COLUMNS =
      List.of(
          "report",
          "concept",
          "dimension",
          "member",
          "basis",
          "value",
          "scale",
          "unit",
          "approximation",
          "lowerBound",
          "upperBound",
          "numerator",
          "denominator",
          "periodStart",
          "periodEnd",
          "scope",
          "scopeLabel",
          "change",
          "pointer",
          "section");

  private static final Supplier<CsvRows> ROWS =
      JacksonRuntime.lazily("FactsCsv", () -> new CsvRows());

  private FactsCsv() {}

  /**
   * Writes the facts of {@code reports}, in order, with a header row. The report names tell the
   * reports apart in the table, so they must differ; a report without facts has no rows.
   */
  public static void write(List<ReportFacts> reports, Writer out) {
    java.util.Set<String> names = new java.util.HashSet<>();
    for (ReportFacts report : reports) {
      if (!names.add(report.report())) {
        throw new IllegalArgumentException(
            "two reports named \""
                + report.report()
                + "\": the name tells the reports apart in"
                + " the table");
      }
    }
    List<String[]> rows = new ArrayList<>();
    rows.add(COLUMNS.toArray(String[]::new));
    for (ReportFacts report : reports) {
      for (Fact fact : report.facts()) {
        rows.add(row(report.report(), fact));
      }
    }
    rows().write(out, rows);
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the facts of {@code reports} to {@code file}, UTF-8. */
  public static void write(List<ReportFacts> reports, Path file) {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write(reports, out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  /** The facts as a CSV text. */
  public static String toCsv(List<ReportFacts> reports) {
    java.io.StringWriter out = new java.io.StringWriter();
    write(reports, out);
    return out.toString();
  }

  /**
   * Reads a table {@link #write} wrote: the facts, grouped by report in the order reports first
   * appear. Fails with an {@link IllegalArgumentException} naming the line and column of anything
   * that is not such a table: another header, a row of the wrong width, a value that is not one.
   */
  public static List<ReportFacts> read(Reader in) {
    Map<String, List<Fact>> byReport = new LinkedHashMap<>();
    boolean[] headerSeen = {false};
    rows()
        .read(
            in,
            (row, line) -> {
              if (!headerSeen[0]) {
                List<String> header = List.of(row);
                if (!header.equals(COLUMNS)) {
                  throw new IllegalArgumentException(
                      "line 1: the header is " + header + "; expected " + COLUMNS);
                }
                headerSeen[0] = true;
                return;
              }
              if (row.length == 1 && row[0].isEmpty()) {
                return;
              }
              if (row.length != COLUMNS.size()) {
                throw new IllegalArgumentException(
                    "line " + line + ": " + row.length + " columns; expected " + COLUMNS.size());
              }
              Fact fact = new RowReader(row, line).fact();
              byReport.computeIfAbsent(row[0], r -> new ArrayList<>()).add(fact);
            });
    if (!headerSeen[0]) {
      throw new IllegalArgumentException("line 1: empty; expected the header " + COLUMNS);
    }
    List<ReportFacts> reports = new ArrayList<>();
    byReport.forEach((report, facts) -> reports.add(new ReportFacts(report, facts)));
    return reports;
  }

  /** Reads the table in {@code file}, UTF-8. */
  public static List<ReportFacts> read(Path file) {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
    }
  }

  private static String[] row(String report, Fact fact) {
    Optional<ReportingPeriod> period = fact.getPeriod();
    return new String[] {
      report,
      fact.getConcept().id(),
      fact.getDimension().orElse(""),
      fact.getMember().orElse(""),
      fact.getBasis().map(Enum::name).orElse(""),
      fact.getValue().map(BigDecimal::toPlainString).orElse(""),
      fact.getScale().name(),
      fact.getUnit().orElse(""),
      fact.getApproximation().name(),
      fact.getLowerBound().map(BigDecimal::toPlainString).orElse(""),
      fact.getUpperBound().map(BigDecimal::toPlainString).orElse(""),
      fact.getNumerator().map(Count::toString).orElse(""),
      fact.getDenominator().map(Count::toString).orElse(""),
      period.map(p -> p.getStart().toString()).orElse(""),
      period.map(p -> p.getEnd().toString()).orElse(""),
      fact.getScope().map(s -> s.getLevel().name()).orElse(""),
      fact.getScope().flatMap(Scope::getLabel).orElse(""),
      fact.getChange().map(Change::toString).orElse(""),
      fact.getPointer(),
      fact.getSection().map(SectionId::toString).orElse("")
    };
  }

  /** One row read back into a fact, each cell parsed by the type's own factory. */
  private static final class RowReader {
    private final String[] row;
    private final long line;

    RowReader(String[] row, long line) {
      this.row = row;
      this.line = line;
    }

    Fact fact() {
      Fact.Builder fact =
          Fact.builder()
              .concept(required("concept", Concept::of))
              .dimension(cell("dimension", Function.identity()))
              .member(cell("member", Function.identity()))
              .basis(cell("basis", term(CaseStage.class)))
              .value(cell("value", FactsCsv::decimal))
              .scale(required("scale", term(Scale.class)))
              .unit(cell("unit", Function.identity()))
              .approximation(required("approximation", term(Approximation.class)))
              .lowerBound(cell("lowerBound", FactsCsv::decimal))
              .upperBound(cell("upperBound", FactsCsv::decimal))
              .numerator(cell("numerator", Count::parse))
              .denominator(cell("denominator", Count::parse))
              .change(cell("change", Change::parse))
              .pointer(required("pointer", Function.identity()))
              .section(cell("section", SectionId::parse));
      Optional<LocalDate> start = cell("periodStart", LocalDate::parse);
      Optional<LocalDate> end = cell("periodEnd", LocalDate::parse);
      if (start.isPresent() != end.isPresent()) {
        throw problem("periodStart", "a period has both a start and an end");
      }
      if (start.isPresent()) {
        ReportingPeriod period =
            parse("periodEnd", x -> ReportingPeriod.of(start.get(), end.get()));
        fact.period(period);
      }
      Optional<ScopeLevel> level = cell("scope", term(ScopeLevel.class));
      Optional<String> label = cell("scopeLabel", Function.identity());
      if (level.isEmpty() && label.isPresent()) {
        throw problem("scopeLabel", "a scope label needs a scope");
      }
      level.ifPresent(l -> fact.scope(label.map(text -> Scope.of(l, text)).orElse(Scope.of(l))));
      return parse("concept", x -> fact.build());
    }

    private <T> Optional<T> cell(String column, Function<String, T> parser) {
      String text = row[COLUMNS.indexOf(column)];
      return text.isEmpty() ? Optional.empty() : Optional.of(parse(column, parser));
    }

    private <T> T required(String column, Function<String, T> parser) {
      return cell(column, parser).orElseThrow(() -> problem(column, "a value is required"));
    }

    private <T> T parse(String column, Function<String, T> parser) {
      String text = row[COLUMNS.indexOf(column)];
      try {
        return parser.apply(text);
      } catch (RuntimeException e) {
        throw problem(column, "\"" + text + "\": " + e.getMessage());
      }
    }

    private IllegalArgumentException problem(String column, String message) {
      return new IllegalArgumentException("line " + line + ", column " + column + ": " + message);
    }
  }

  /** A decimal as written, plain or with an exponent; fails with a message of its own. */
  private static BigDecimal decimal(String text) {
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a decimal number");
    }
  }

  /**
   * A reader of the constant of {@code type} named in a cell; fails naming the constants there are.
   */
  private static <E extends Enum<E>> Function<String, E> term(Class<E> type) {
    return text -> {
      for (E constant : type.getEnumConstants()) {
        if (constant.name().equals(text)) {
          return constant;
        }
      }
      throw new IllegalArgumentException(
          "expected one of " + java.util.Arrays.toString(type.getEnumConstants()));
    };
  }

  /** The CSV codec, built on first use; see {@link JacksonRuntime} for a class path without it. */
  private static CsvRows rows() {
    return ROWS.get();
  }
}
