package org.fazhi.consumer.jpms;

import com.fasterxml.jackson.databind.json.JsonMapper;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.Locale;
import java.util.Set;
import org.fazhi.report.Report;
import org.fazhi.report.json.FazhiJackson2Module;
import org.fazhi.report.json.ReportJson;
import org.fazhi.report.text.ReportText;
import org.fazhi.report.text.TextImport;
import org.fazhi.report.validation.ReportValidator;
import org.fazhi.report.validation.ValidationResult;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * What an application on the module path does with Fazhi: reads a report from its JSON form or its
 * published text, writes it back, and checks it against the rule catalog.
 */
public final class ReportDesk {
  private final ReportJson json = ReportJson.create();
  private final JsonMapper jackson2 =
      JsonMapper.builder().addModule(new FazhiJackson2Module()).build();
  private final ReportValidator validator;

  private ReportDesk(ReportValidator validator) {
    this.validator = validator;
  }

  /** A desk whose findings speak {@code locale}. */
  public static ReportDesk speaking(Locale locale) {
    return new ReportDesk(ReportValidator.builder().locale(locale).build());
  }

  /** The report's JSON form, written by the library's own mapper (Jackson 3). */
  public String write(Report report) {
    return json.write(report);
  }

  /** A report read from its JSON form by the library's own mapper (Jackson 3). */
  public Report read(String text) {
    return json.read(text);
  }

  /** A report read by an application's Jackson 2 mapper with {@link FazhiJackson2Module}. */
  public Report readWithJackson2(String text) {
    try {
      return jackson2.readValue(text, Report.class);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException("not a report: " + e.getOriginalMessage(), e);
    }
  }

  /** The report's findings. */
  public ValidationResult check(Report report) {
    return validator.validate(report);
  }

  /**
   * A plain Hibernate Validator factory, as an application that validates with {@code @Valid}
   * builds it, rendering messages in {@code locale} without an Expression Language implementation:
   * it finds fazhi-validation's validators as services and its messages in {@code
   * ContributorValidationMessages}.
   */
  public static ValidatorFactory plainValidator(Locale locale) {
    return Validation.byProvider(HibernateValidator.class)
        .configure()
        .messageInterpolator(new ParameterMessageInterpolator(Set.of(locale), locale, false))
        .buildValidatorFactory();
  }

  /** A report read from its published text. */
  public TextImport importText(String text) {
    return ReportText.parse(text);
  }
}
