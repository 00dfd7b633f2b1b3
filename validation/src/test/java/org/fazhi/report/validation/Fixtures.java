package org.fazhi.report.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import org.fazhi.report.AdministrativeDivision;
import org.fazhi.report.DivisionCode;
import org.fazhi.report.DivisionLevel;
import org.fazhi.report.Issuer;
import org.fazhi.report.IssuerKind;
import org.fazhi.report.Report;
import org.fazhi.report.ReportMetadata;
import org.fazhi.report.accountability.Accountability;
import org.fazhi.report.decision.DecisionMaking;
import org.fazhi.report.enforcement.AdministrativeEnforcement;
import org.fazhi.report.outline.Heading;
import org.fazhi.report.outline.Numbering;
import org.fazhi.report.outline.NumberingStyle;
import org.fazhi.report.outline.Outline;
import org.fazhi.report.outline.Section;
import org.fazhi.report.outline.SectionId;
import org.fazhi.report.outline.StatutoryPart;
import org.fazhi.report.statistics.CaseStatistics;
import org.fazhi.report.statistics.LegalAid;
import org.fazhi.report.statistics.Litigation;
import org.fazhi.report.statistics.Mediation;
import org.fazhi.report.statistics.Reconsideration;

/** Named reports for the rule tests; variants derive from them in one line. */
final class Fixtures {
  private Fixtures() {}

  /**
   * Asserts that {@code found} is exactly one finding, at {@code pointer}, naming the rate's {@code
   * numerator} and {@code denominator}: the shape of every rate checked against its counts.
   */
  static void assertOneRateFinding(
      List<Finding> found, String pointer, FindingValue numerator, FindingValue denominator) {
    assertThat(found).hasSize(1);
    assertThat(found.get(0).getPointer()).isEqualTo(pointer);
    assertThat(found.get(0).getValues())
        .containsEntry("numerator", numerator)
        .containsEntry("denominator", denominator);
  }

  static final SectionId S1 = SectionId.of(1);
  static final SectionId S3 = SectionId.of(3);
  static final SectionId S5 = SectionId.of(5);

  static final AdministrativeDivision YANGGAO =
      AdministrativeDivision.builder()
          .name("阳高县")
          .level(DivisionLevel.COUNTY)
          .code(DivisionCode.parse("140221"))
          .build();

  static final ReportMetadata METADATA =
      ReportMetadata.builder()
          .title("阳高县2024年法治政府建设年度报告")
          .addIssuer(Issuer.of("阳高县人民政府", IssuerKind.PEOPLES_GOVERNMENT))
          .division(YANGGAO)
          .reportingYear(2024)
          .documentDate(LocalDate.of(2025, 1, 20))
          .publicationDate(LocalDate.of(2025, 2, 10))
          .build();

  /** 一、 to 五、, each mapped to one of the five statutory parts. */
  static final Outline OUTLINE =
      Outline.builder()
          .addSection(part(1, "法治政府建设主要举措和成效", StatutoryPart.MEASURES_AND_RESULTS))
          .addSection(part(2, "存在的不足和原因", StatutoryPart.SHORTCOMINGS))
          .addSection(part(3, "党政主要负责人履行推进法治建设第一责任人职责情况", StatutoryPart.LEADERS_DUTIES))
          .addSection(part(4, "下一年度主要安排", StatutoryPart.NEXT_YEAR_ARRANGEMENTS))
          .addSection(part(5, "其他需要报告的情况", StatutoryPart.OTHER_MATTERS))
          .addSignature("阳高县人民政府", "2025年1月20日")
          .build();

  /** A report with no finding at all. */
  static final Report MINIMAL_VALID = Report.builder().metadata(METADATA).outline(OUTLINE).build();

  static Section part(int ordinal, String heading, StatutoryPart part) {
    return Section.builder()
        .numbering(Numbering.of(NumberingStyle.CHINESE, ordinal))
        .heading(Heading.ownLine(heading))
        .part(part)
        .addParagraph("……")
        .build();
  }

  static Report with(CaseStatistics statistics) {
    return MINIMAL_VALID.withStatistics(statistics);
  }

  static Report with(DecisionMaking decisions) {
    return MINIMAL_VALID.withDecisions(decisions);
  }

  static Report with(AdministrativeEnforcement enforcement) {
    return MINIMAL_VALID.withEnforcement(enforcement);
  }

  static Report with(Accountability accountability) {
    return MINIMAL_VALID.withAccountability(accountability);
  }

  static Report with(ReportMetadata metadata) {
    return MINIMAL_VALID.withMetadata(metadata);
  }

  // ---- a report with one block, reported in section s1

  static Report reconsiderationReport(UnaryOperator<Reconsideration.Builder> figures) {
    return with(
        CaseStatistics.builder()
            .reconsideration(figures.apply(Reconsideration.builder().section(S1)).build())
            .build());
  }

  static Report litigationReport(UnaryOperator<Litigation.Builder> figures) {
    return with(
        CaseStatistics.builder()
            .litigation(figures.apply(Litigation.builder().section(S1)).build())
            .build());
  }

  static Report legalAidReport(UnaryOperator<LegalAid.Builder> figures) {
    return with(
        CaseStatistics.builder()
            .legalAid(figures.apply(LegalAid.builder().section(S1)).build())
            .build());
  }

  static Report mediationReport(UnaryOperator<Mediation.Builder> figures) {
    return with(
        CaseStatistics.builder()
            .mediation(figures.apply(Mediation.builder().section(S1)).build())
            .build());
  }
}
