package org.fazhi.report.examples;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.fazhi.report.Report;
import org.fazhi.report.TrainingActivity;
import org.fazhi.report.accountability.DutyList;
import org.fazhi.report.accountability.RectificationList;
import org.fazhi.report.emergency.Emergency;
import org.fazhi.report.figure.Count;
import org.fazhi.report.figure.Quantity;
import org.fazhi.report.figure.Unit;
import org.fazhi.report.outline.SectionId;

/**
 * The key statistics of a report for the example program: every typed block's figures, written as
 * the report writes them, with the section each was reported in, in aligned columns.
 */
final class KeyStatistics {
  private KeyStatistics() {}

  /** Prints the table of {@code report}'s typed figures to {@code out}. */
  static void print(Report report, PrintStream out) {
    Table table = new Table();
    report
        .getStatistics()
        .getReconsideration()
        .ifPresent(
            r ->
                table
                    .block("行政复议", "statistics.reconsideration", r.getSection())
                    .count("received", "收到申请", r.getReceived(), "件")
                    .count("accepted", "受理", r.getAccepted(), "件")
                    .count("notAccepted", "不予受理", r.getNotAccepted(), "件")
                    .count("carriedOver", "上年结转", r.getCarriedOver(), "件")
                    .count("closed", "办结", r.getClosed(), "件")
                    .count("pending", "在办", r.getPending(), "件")
                    .counts("outcomes", r.getOutcomes(), d -> d.chineseName(), "件")
                    .value("correctionRate", "纠错率", r.getCorrectionRate()));
    report
        .getStatistics()
        .getLitigation()
        .ifPresent(
            l ->
                table
                    .block("行政诉讼", "statistics.litigation", l.getSection())
                    .count("cases", "案件", l.getCases(), "件")
                    .count("carriedOver", "上年结转", l.getCarriedOver(), "件")
                    .count("concluded", "审结", l.getConcluded(), "件")
                    .count("won", "胜诉", l.getWon(), "件")
                    .count("lost", "败诉", l.getLost(), "件")
                    .count("withdrawn", "撤诉", l.getWithdrawn(), "件")
                    .counts("judgments", l.getJudgments(), j -> j.chineseName(), "件")
                    .count("hearings", "应出庭", l.getHearings(), "次")
                    .count("headAppearances", "负责人出庭", l.getHeadAppearances(), "次")
                    .value("headAppearanceRate", "出庭率", l.getHeadAppearanceRate())
                    .value("lossRate", "败诉率", l.getLossRate()));
    report
        .getStatistics()
        .getJudgmentPerformance()
        .ifPresent(
            j ->
                table
                    .block("履行法院生效裁判", "statistics.judgmentPerformance", j.getSection())
                    .count("cases", "应诉案件", j.getCases(), "件")
                    .count("concluded", "审理终结", j.getConcluded(), "件")
                    .counts("judgments", j.getJudgments(), t -> t.chineseName() + "判决", "件")
                    .count("performed", "已履行", j.getPerformed(), "件"));
    report
        .getStatistics()
        .getLegalAid()
        .ifPresent(
            a ->
                table
                    .block("法律援助", "statistics.legalAid", a.getSection())
                    .count("applications", "申请", a.getApplications(), "件")
                    .count("accepted", "受理", a.getAccepted(), "件")
                    .count("carriedOver", "上年结转", a.getCarriedOver(), "件")
                    .count("closed", "办结", a.getClosed(), "件")
                    .count("consultations", "法律咨询", a.getConsultations(), "件")
                    .value("satisfaction", "满意度", a.getSatisfaction()));
    report
        .getStatistics()
        .getMediation()
        .ifPresent(
            m ->
                table
                    .block("人民调解", "statistics.mediation", m.getSection())
                    .count("disputes", "排查纠纷", m.getDisputes(), "件")
                    .count("mediated", "调解", m.getMediated(), "件")
                    .count("settled", "调解成功", m.getSettled(), "件")
                    .value("successRate", "调解成功率", m.getSuccessRate())
                    .value("handlingRate", "处置率", m.getHandlingRate()));
    report
        .getStatistics()
        .getPublicLegalServices()
        .ifPresent(
            p ->
                table
                    .block("公共法律服务", "statistics.publicLegalServices", p.getSection())
                    .count("services", "免费法律咨询服务", p.getServices(), "件")
                    .count("target", "年度任务", p.getTarget(), "件")
                    .value("completionRate", "占年度任务", p.getCompletionRate())
                    .value("satisfaction", "群众满意度", p.getSatisfaction()));
    report
        .getDecisions()
        .getCatalog()
        .ifPresent(
            c ->
                table
                    .block("重大行政决策事项目录", "decisions.catalog", c.getSection())
                    .count("declared", "公布事项", c.getDeclared(), "项")
                    .count("commentPeriodDays", "征求意见期限", c.getCommentPeriodDays(), "日"));
    report
        .getDecisions()
        .getLegalityReview()
        .ifPresent(
            r ->
                table
                    .block("合法性审查", "decisions.legalityReview", r.getSection())
                    .count("documents", "文件", r.getDocuments(), "件")
                    .count("agreements", "协议", r.getAgreements(), "件")
                    .count("decisions", "重大行政决策", r.getDecisions(), "件")
                    .count("enforcementDecisions", "重大执法决定", r.getEnforcementDecisions(), "件")
                    .count("opinions", "意见建议", r.getOpinions(), "条")
                    .value("reviewRate", "合法性审核率", r.getReviewRate()));
    report
        .getDecisions()
        .getNormativeDocuments()
        .ifPresent(
            n ->
                table
                    .block("行政规范性文件", "decisions.normativeDocuments", n.getSection())
                    .count("issued", "制发", n.getIssued(), "件")
                    .count("reviewed", "合法性审核", n.getReviewed(), "件")
                    .count("filed", "报送备案", n.getFiled(), "件")
                    .count("filedOnTime", "及时备案", n.getFiledOnTime(), "件")
                    .value("filingRate", "备案率", n.getFilingRate())
                    .value("timelyFilingRate", "及时备案率", n.getTimelyFilingRate())
                    .count("cleanedUp", "清理", n.getCleanedUp(), "件")
                    .count("kept", "保留", n.getKept(), "件")
                    .count("amended", "修改", n.getAmended(), "件")
                    .count("repealed", "废止", n.getRepealed(), "件")
                    .count("commentPeriodDays", "征求意见期限", n.getCommentPeriodDays(), "日"));
    report
        .getDecisions()
        .getLegalAdvisers()
        .ifPresent(
            a ->
                table
                    .block("法律顾问", "decisions.legalAdvisers", a.getSection())
                    .count("advisers", "聘请法律顾问", a.getAdvisers(), "名")
                    .count("publicLawyers", "公职律师", a.getPublicLawyers(), "名")
                    .count("meetingsAttended", "列席会议", a.getMeetingsAttended(), "次")
                    .count("documentsReviewed", "合法性审查文件协议", a.getDocumentsReviewed(), "件")
                    .count("opinions", "提供法律意见", a.getOpinions(), "条")
                    .value("coverageRate", "覆盖率", a.getCoverageRate()));
    var enforcement = report.getEnforcement();
    table
        .block("行政执法", "enforcement", enforcement.getSection())
        .count("officers", "执法人员", enforcement.getOfficers(), "名")
        .value("certificateHoldingRate", "持证率", enforcement.getCertificateHoldingRate())
        .count("inspections", "检查", enforcement.getInspections(), "次")
        .count("penaltyCases", "行政处罚案件", enforcement.getPenaltyCases(), "件")
        .value("penaltyAmount", "罚没金额", enforcement.getPenaltyAmount())
        .count("caseFilesReviewed", "评查案卷", enforcement.getCaseFilesReviewed(), "卷")
        .count("supervisionOffices", "行政执法监督办公室", enforcement.getSupervisionOffices(), "个")
        .count("townshipsInspected", "监督乡镇", enforcement.getTownshipsInspected(), "个")
        .count("agenciesInspected", "监督执法单位", enforcement.getAgenciesInspected(), "个");
    for (TrainingActivity training : enforcement.getTraining()) {
      table.row("training", "执法培训", describe(training));
    }
    enforcement
        .getDelegatedPowers()
        .ifPresent(
            d ->
                table
                    .block("乡镇赋权", "enforcement.delegatedPowers", d.getSection())
                    .count("granted", "赋权执法职权", d.getGranted(), "项")
                    .count("removalProposals", "取消建议", d.getRemovalProposals(), "项")
                    .count("optionalProposals", "任意选取建议", d.getOptionalProposals(), "项")
                    .count("townships", "乡镇", d.getTownships(), "个")
                    .count("cut", d.isPerTownshipAverage() ? "平均减少" : "减少", d.getCut(), "项")
                    .count("kept", d.isPerTownshipAverage() ? "平均保留" : "保留", d.getKept(), "项")
                    .value("cutRate", "总体压减率", d.getCutRate())
                    .value(
                        "approvedAt",
                        "审议通过",
                        d.getApprovedAt()
                            .map(
                                m ->
                                    m.getBody()
                                        + m.getSession().stream()
                                            .mapToObj(s -> " 第" + s + "次")
                                            .collect(Collectors.joining()))));
    var accountability = report.getAccountability();
    accountability
        .getStudy()
        .ifPresent(
            s -> {
              table.block("学法述法", "accountability.study", s.getSection());
              for (TrainingActivity activity : s.getActivities()) {
                table.row("activities", "学法培训", describe(activity));
              }
              table
                  .count("lawReports", "提交书面述法材料", s.getLawReports(), "名")
                  .count("leaderInstructions", "指示批示", s.getLeaderInstructions(), "次");
            });
    for (DutyList list : accountability.getDutyLists()) {
      table
          .block("责任清单", "accountability.dutyLists", list.getSection())
          .value("title", "清单", list.getTitle())
          .value("owner", "责任人", list.getOwner())
          .count("holders", "建立清单", list.getHolders(), "名");
    }
    for (RectificationList list : accountability.getRectificationLists()) {
      table
          .block("整改清单", "accountability.rectificationLists", list.getSection())
          .value("title", "清单", Optional.of(list.getTitle()))
          .value("basis", "依据", list.getBasis().flatMap(b -> b.getNumber()));
    }
    for (Emergency emergency : report.getEmergencies()) {
      table
          .block("突发事件", "emergencies", emergency.getSection())
          .value("kind", "类别", Optional.of(emergency.getKind()))
          .value("description", "描述", emergency.getDescription())
          .value("occurredAt", "发生时间", emergency.getOccurredAt())
          .value("magnitude", "震级", emergency.getMagnitude().map(m -> m.toPlainString() + "级"))
          .value(
              "depthKilometres",
              "震源深度",
              emergency.getDepthKilometres().map(d -> d.toPlainString() + "公里"))
          .value(
              "epicenter",
              "震中",
              emergency
                  .getEpicenter()
                  .map(
                      p ->
                          "北纬"
                              + p.getLatitude().toPlainString()
                              + "度 东经"
                              + p.getLongitude().toPlainString()
                              + "度"))
          .value("responseLevel", "应急响应", emergency.getResponseLevel().map(l -> l.numeral() + "级"));
    }
    out.println();
    out.println("Key statistics (figures as written; section where reported)");
    table.print(out);
    out.println();
    out.println(
        "Indicators: "
            + report.getIndicators().size()
            + " further figures, each with its label, unit and section (in the JSON).");
  }

  /** A training activity on one line: {@code 行政执法大讲堂 · organizer 山西省司法厅 · sessions 5}. */
  private static String describe(TrainingActivity activity) {
    List<String> parts = new ArrayList<>();
    activity.getTitle().ifPresent(parts::add);
    activity.getOrganizer().ifPresent(organizer -> parts.add("organizer " + organizer));
    activity.getSessions().ifPresent(c -> parts.add("sessions " + c));
    activity.getAttendees().ifPresent(c -> parts.add("attendees " + c));
    activity.getHours().ifPresent(c -> parts.add("hours " + c));
    if (!activity.getDates().isEmpty()) {
      parts.add(
          activity.getDates().stream()
              .map(Object::toString)
              .collect(Collectors.joining(", ", "dates ", "")));
    }
    return String.join(" · ", parts);
  }

  /** {@code count} with {@code unit}, its approximation where the report writes it: 700余件. */
  static String written(Count count, String unit) {
    return Quantity.builder()
        .value(count.getValue())
        .scale(count.getScale())
        .unit(Unit.of(unit))
        .approximation(count.getApproximation())
        .build()
        .toString();
  }

  /** Blocks, each a header line, and their figures in aligned columns: name, label, value. */
  private static final class Table {
    private final List<String[]> rows = new ArrayList<>();

    Table block(String chinese, String property, Optional<SectionId> section) {
      rows.add(new String[] {chinese + "  " + property + section.map(id -> "  " + id).orElse("")});
      return this;
    }

    Table count(String property, String chinese, Optional<Count> value, String unit) {
      value.ifPresent(c -> row(property, chinese, written(c, unit)));
      return this;
    }

    <K> Table counts(
        String property, Map<K, Count> values, Function<K, String> chinese, String unit) {
      values.forEach((key, c) -> row(property + "." + key, chinese.apply(key), written(c, unit)));
      return this;
    }

    Table value(String property, String chinese, Optional<?> value) {
      value.ifPresent(v -> row(property, chinese, v.toString()));
      return this;
    }

    Table row(String property, String chinese, String value) {
      rows.add(new String[] {property, chinese, value});
      return this;
    }

    void print(PrintStream out) {
      int[] widths = new int[2];
      for (String[] row : rows) {
        if (row.length == 3) {
          widths[0] = Math.max(widths[0], Columns.width(row[0]));
          widths[1] = Math.max(widths[1], Columns.width(row[1]));
        }
      }
      boolean first = true;
      for (String[] row : rows) {
        if (row.length == 1) {
          if (!first) {
            out.println();
          }
          out.println("  " + row[0]);
        } else {
          out.println(
              "    "
                  + Columns.pad(row[0], widths[0] + 2)
                  + Columns.pad(row[1], widths[1] + 2)
                  + row[2]);
        }
        first = false;
      }
    }
  }
}
