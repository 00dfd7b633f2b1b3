package org.fazhi.report.consumer;

import java.time.LocalDate;
import org.fazhi.report.Issuer;
import org.fazhi.report.IssuerKind;
import org.fazhi.report.Report;
import org.fazhi.report.ReportMetadata;
import org.fazhi.report.figure.Approximation;
import org.fazhi.report.figure.Count;
import org.fazhi.report.figure.Indicator;
import org.fazhi.report.statistics.CaseStatistics;
import org.fazhi.report.statistics.Mediation;
import org.fazhi.report.statistics.Reconsideration;

/** Reports a county application builds in code: one with no error, one with an error. */
public final class ConsumerReports {
  public static final String ACCEPTED_EXCEEDS_RECEIVED = "reconsideration.accepted-exceeds-received";

  private ConsumerReports() {}

  public static Report valid() {
    return withReconsideration(35, 31);
  }

  /** 32 accepted of 31 received: an ERROR at /statistics/reconsideration/accepted. */
  public static Report acceptedExceedsReceived() {
    return withReconsideration(31, 32);
  }

  private static Report withReconsideration(int received, int accepted) {
    return Report.builder()
        .metadata(
            ReportMetadata.builder()
                .title("阳高县2024年法治政府建设年度报告")
                .addIssuers(Issuer.of("阳高县人民政府", IssuerKind.PEOPLES_GOVERNMENT))
                .reportingYear(2024)
                .documentDate(LocalDate.of(2024, 12, 3))
                .build())
        .statistics(
            CaseStatistics.builder()
                .reconsideration(
                    Reconsideration.builder()
                        .received(Count.of(received))
                        .accepted(Count.of(accepted))
                        .build())
                .mediation(
                    Mediation.builder().mediated(Count.of(700, Approximation.MORE_THAN)).build())
                .build())
        .addIndicators(Indicator.of("划转事项", "237项"))
        .build();
  }
}
