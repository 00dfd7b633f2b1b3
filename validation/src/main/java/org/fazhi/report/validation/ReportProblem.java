package org.fazhi.report.validation;

import jakarta.validation.ConstraintViolation;
import java.net.URI;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.fazhi.report.json.ReportJsonException;

/**
 * A problem document (RFC 9457, {@code application/problem+json}) for a report an application
 * refuses: what an exception handler returns in one line, whatever the framework. Its components
 * are the document's members; any Jackson 2 or 3 mapper, or JSON-B, writes it as
 *
 * <pre>{@code
 * {"type": "urn:fazhi:problem:invalid-report", "title": "报告未通过校验", "status": 422,
 *  "detail": "1 项错误", "findings": [{"ruleId": "reconsideration.accepted-exceeds-received",
 *  "severity": "ERROR", "pointer": "/statistics/reconsideration/accepted",
 *  "message": "行政复议受理数(32)不得大于收到申请数(31)"}]}
 * }</pre>
 *
 * <p>Two types: {@link #INVALID_REPORT} (status 422: the JSON was read, the figures break rules)
 * and {@link #UNREADABLE_REPORT} (status 400: the body is not a report). Titles, details and
 * messages are in the locale asked for, by the rule {@link Finding#getMessage(Locale)} follows.
 * Findings are listed ERROR first, then WARNING, then INFO, each in document order; suppressed
 * findings are left out.
 *
 * @param type the problem type, a URI that identifies it (not a page to fetch)
 * @param title the problem type in words
 * @param status the HTTP status the handler should answer with
 * @param detail this occurrence in words: how many findings of each severity, or where the JSON
 *     broke
 * @param findings what is wrong, one entry each
 */
public record ReportProblem(
    URI type, String title, int status, String detail, List<ProblemFinding> findings) {
  /** The figures of a readable report break rules of the catalog. */
  public static final URI INVALID_REPORT = URI.create("urn:fazhi:problem:invalid-report");

  /** The body is not a report: not JSON, or not the report's JSON form. */
  public static final URI UNREADABLE_REPORT = URI.create("urn:fazhi:problem:unreadable-report");

  private static final String PROBLEM_KEYS = "org.fazhi.report.validation.problem.";

  /** Checks that no part is null and copies the findings. */
  public ReportProblem {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(detail, "detail");
    findings = List.copyOf(findings);
  }

  /** The active findings of {@code result}, in {@code locale}. */
  public static ReportProblem of(ValidationResult result, Locale locale) {
    return invalid(
        result.getActive().stream().map(f -> ProblemFinding.of(f, locale)).toList(), locale);
  }

  /**
   * The violations a framework's {@code @Valid} reported (Spring's {@code
   * MethodArgumentNotValidException}, a {@code ConstraintViolationException}), in {@code locale}:
   * the catalog's as findings, any other constraint by its annotation and message.
   */
  public static ReportProblem of(
      Collection<? extends ConstraintViolation<?>> violations, Locale locale) {
    return invalid(violations.stream().map(violation -> entry(violation, locale)).toList(), locale);
  }

  /** A body that could not be read as a report. */
  public static ReportProblem of(ReportJsonException unreadable, Locale locale) {
    String kind = unreadable.getProblem().name().toLowerCase(Locale.ROOT).replace('_', '-');
    ProblemFinding entry =
        new ProblemFinding(
            "json." + kind, Severity.ERROR, unreadable.getPointer(), unreadable.getDetail());
    Texts texts = Texts.of(locale);
    String detail =
        unreadable.getLine() > 0
            ? texts.at(unreadable.getLine(), unreadable.getColumn(), unreadable.getDetail())
            : unreadable.getDetail();
    return new ReportProblem(
        UNREADABLE_REPORT, texts.unreadableTitle(), 400, detail, List.of(entry));
  }

  private static ReportProblem invalid(List<ProblemFinding> entries, Locale locale) {
    List<ProblemFinding> sorted =
        entries.stream().sorted(Comparator.comparing(ProblemFinding::severity)).toList();
    Texts texts = Texts.of(locale);
    return new ReportProblem(
        INVALID_REPORT, texts.invalidTitle(), 422, texts.counts(sorted), sorted);
  }

  private static ProblemFinding entry(ConstraintViolation<?> violation, Locale locale) {
    return Finding.of(violation)
        .map(finding -> ProblemFinding.of(finding, locale))
        .orElseGet(
            () ->
                new ProblemFinding(
                    violation.getConstraintDescriptor().getAnnotation().annotationType().getName(),
                    Severity.ERROR,
                    Pointers.of(violation.getPropertyPath()),
                    violation.getMessage()));
  }

  /** The document's own words, from the catalog's bundles, in {@code locale}. */
  private record Texts(Locale locale) {
    static Texts of(Locale locale) {
      return new Texts(locale);
    }

    String invalidTitle() {
      return text("invalid-report", Map.of());
    }

    String unreadableTitle() {
      return text("unreadable-report", Map.of());
    }

    String at(int line, int column, String detail) {
      return text("at", Map.of("line", "" + line, "column", "" + column, "detail", detail));
    }

    String counts(List<ProblemFinding> entries) {
      Map<String, String> counts = new HashMap<>();
      for (Severity severity : Severity.values()) {
        long n = entries.stream().filter(e -> e.severity() == severity).count();
        counts.put(severity.name().toLowerCase(Locale.ROOT), Long.toString(n));
      }
      return text("counts", counts);
    }

    private String text(String key, Map<String, String> parameters) {
      return Messages.render(PROBLEM_KEYS + key, parameters, locale);
    }
  }
}
