package org.fazhi.report.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.fazhi.report.validation.ReportValidatorTest.ERROR_AND_WARNING;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotNull;
import java.util.Locale;
import java.util.Set;
import org.fazhi.report.Report;
import org.fazhi.report.json.ReportJson;
import org.fazhi.report.json.ReportJsonException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ReportProblemTest {
  private static final ProblemFinding ACCEPTED_ZH =
      new ProblemFinding(
          "reconsideration.accepted-exceeds-received",
          Severity.ERROR,
          "/statistics/reconsideration/accepted",
          "行政复议受理数(32)不得大于收到申请数(31)");
  private static final ValidatorFactory FRAMEWORK = Validation.buildDefaultValidatorFactory();

  @AfterAll
  static void close() {
    FRAMEWORK.close();
  }

  @Nested
  class FromAValidationResult {
    @Test
    void listsErrorsThenWarnings_withCountsInTheDetail() {
      ReportProblem problem =
          ReportProblem.of(ReportValidator.create().validate(ERROR_AND_WARNING), Locale.CHINA);

      assertThat(problem.type()).isEqualTo(ReportProblem.INVALID_REPORT);
      assertThat(problem.type()).hasToString("urn:fazhi:problem:invalid-report");
      assertThat(problem.title()).isEqualTo("报告未通过校验");
      assertThat(problem.status()).isEqualTo(422);
      assertThat(problem.detail()).isEqualTo("错误1项，警告1项，提示0项");
      assertThat(problem.findings()).hasSize(2);
      assertThat(problem.findings().get(0)).isEqualTo(ACCEPTED_ZH);
      assertThat(problem.findings().get(1).severity()).isEqualTo(Severity.WARNING);
      assertThat(problem.findings().get(1).pointer()).isEqualTo("/statistics/mediation/mediated");
    }

    @Test
    void speaksEnglishWhenAsked() {
      ReportProblem problem =
          ReportProblem.of(ReportValidator.create().validate(ERROR_AND_WARNING), Locale.US);

      assertThat(problem.title()).isEqualTo("The report fails validation");
      assertThat(problem.detail()).isEqualTo("1 errors, 1 warnings, 0 infos");
      assertThat(problem.findings().get(0).message())
          .isEqualTo("Reconsideration: accepted (32) cannot exceed received (31).");
    }
  }

  @Nested
  class FromAFrameworksViolations {
    record Upload(@NotNull String county, @Valid Report report) {}

    @Test
    void givesTheCatalogsFindings_asAValidationResultWould() {
      Set<ConstraintViolation<Report>> violations =
          FRAMEWORK.getValidator().validate(ERROR_AND_WARNING);

      ReportProblem problem = ReportProblem.of(violations, Locale.CHINA);

      assertThat(problem.findings()).containsExactly(ACCEPTED_ZH);
      assertThat(problem.detail()).isEqualTo("错误1项，警告0项，提示0项");
    }

    @Test
    void namesAnApplicationsOwnConstraint_byItsAnnotation() {
      Set<ConstraintViolation<Upload>> violations =
          FRAMEWORK.getValidator().validate(new Upload(null, ERROR_AND_WARNING));

      ReportProblem problem = ReportProblem.of(violations, Locale.CHINA);

      assertThat(problem.findings())
          .extracting(ProblemFinding::ruleId, ProblemFinding::pointer)
          .containsExactlyInAnyOrder(
              org.assertj.core.groups.Tuple.tuple(
                  "reconsideration.accepted-exceeds-received",
                  "/report/statistics/reconsideration/accepted"),
              org.assertj.core.groups.Tuple.tuple(
                  "jakarta.validation.constraints.NotNull", "/county"));
    }
  }

  @Nested
  class FromAnUnreadableBody {
    @Test
    void namesTheJsonProblem_withLineAndColumnInTheDetail() {
      ReportJsonException unreadable =
          catchThrowableOfType(
              ReportJsonException.class, () -> ReportJson.create().read("{\n  \"colour\": 1}"));

      ReportProblem problem = ReportProblem.of(unreadable, Locale.CHINA);

      assertThat(problem.type()).isEqualTo(ReportProblem.UNREADABLE_REPORT);
      assertThat(problem.status()).isEqualTo(400);
      assertThat(problem.title()).isEqualTo("请求内容不是一份报告");
      assertThat(problem.detail())
          .isEqualTo(
              "第"
                  + unreadable.getLine()
                  + "行第"
                  + unreadable.getColumn()
                  + "列："
                  + unreadable.getDetail());
      assertThat(problem.findings())
          .containsExactly(
              new ProblemFinding(
                  "json.unknown-property", Severity.ERROR, "/colour", unreadable.getDetail()));
    }
  }

  @Test
  void anyJacksonMapperWritesTheRfc9457Members() {
    ReportProblem problem =
        ReportProblem.of(ReportValidator.create().validate(ERROR_AND_WARNING), Locale.CHINA);

    JsonNode json = JsonMapper.builder().build().valueToTree(problem);

    assertThat(json.get("type").asString()).isEqualTo("urn:fazhi:problem:invalid-report");
    assertThat(json.get("status").asInt()).isEqualTo(422);
    assertThat(json.get("findings").get(0).get("ruleId").asString())
        .isEqualTo("reconsideration.accepted-exceeds-received");
    assertThat(json.get("findings").get(0).get("severity").asString()).isEqualTo("ERROR");
    assertThat(json.get("findings").get(0).get("pointer").asString())
        .isEqualTo("/statistics/reconsideration/accepted");
  }
}
