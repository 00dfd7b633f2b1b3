package org.fazhi.report.examples;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.fazhi.report.Report;
import org.fazhi.report.ReportMetadata;
import org.fazhi.report.TrainingActivity;
import org.fazhi.report.accountability.DutyList;
import org.fazhi.report.accountability.RectificationList;
import org.fazhi.report.emergency.Emergency;
import org.fazhi.report.figure.Count;
import org.fazhi.report.figure.Quantity;
import org.fazhi.report.figure.Unit;
import org.fazhi.report.json.ReportJson;
import org.fazhi.report.outline.Heading;
import org.fazhi.report.outline.LocatedSection;
import org.fazhi.report.outline.Numbering;
import org.fazhi.report.outline.Section;
import org.fazhi.report.outline.SectionId;

/**
 * Prints the Yanggao 2024 report's outline and key statistics, and writes the report as JSON.
 *
 * <pre>
 * mvn -B -q -pl examples -am package -DskipTests exec:java                        # ./yanggao-2024.json
 * mvn -B -q -pl examples -am package -DskipTests exec:java -Dexec.args=out/r.json # out/r.json
 * mvn -B -q -pl examples -am package -DskipTests exec:java -Dexec.args=-          # stdout
 * </pre>
 *
 * <p>With {@code -} the JSON alone goes to standard output (UTF-8), so that it can be piped, and
 * the outline and statistics go to standard error. Exit status: 0 when the JSON was written, 1 when
 * it could not be, 2 for a usage error; errors are one line on standard error, without a stack
 * trace.
 */
public final class YanggaoReportProgram {
  /** The file written when no argument is given, in the working directory. */
  static final String DEFAULT_OUTPUT = "yanggao-2024.json";

  static final int OK = 0;
  static final int CANNOT_WRITE = 1;
  static final int USAGE = 2;

  private static final String NAME = "yanggao-report";
  private static final String USAGE_TEXT =
      "usage: "
          + NAME
          + " [FILE | -]\n"
          + "  Prints the outline and key statistics of the Yanggao County 2024 report and writes\n"
          + "  the report as JSON to FILE (default: "
          + DEFAULT_OUTPUT
          + " in the working directory),\n"
          + "  or to standard output when FILE is -.";

  /** Headings longer than this many columns are cut short in the outline. */
  private static final int HEADING_COLUMNS = 64;

  private final Path workingDirectory;
  private final OutputStream stdout;
  private final PrintStream console;
  private final PrintStream errors;

  /**
   * A program that resolves relative paths against {@code workingDirectory}, writes JSON to {@code
   * stdout} in UTF-8, and the listing and messages to {@code stdout} / {@code stderr} in {@code
   * consoleCharset}.
   */
  YanggaoReportProgram(
      Path workingDirectory, OutputStream stdout, OutputStream stderr, Charset consoleCharset) {
    this.workingDirectory = workingDirectory;
    this.stdout = stdout;
    this.console = new PrintStream(stdout, true, consoleCharset);
    this.errors = new PrintStream(stderr, true, consoleCharset);
  }

  /** Runs the program; exits with a non-zero status only on failure. */
  public static void main(String[] args) {
    int status =
        new YanggaoReportProgram(
                Path.of("").toAbsolutePath(), System.out, System.err, consoleCharset())
            .run(args);
    if (status != OK) {
      System.exit(status);
    }
  }

  /** Runs with {@code args}; returns the exit status. */
  int run(String... args) {
    if (args.length == 1 && (args[0].equals("-h") || args[0].equals("--help"))) {
      console.println(USAGE_TEXT);
      return OK;
    }
    if (args.length > 1 || (args.length == 1 && args[0].isBlank())) {
      errors.println(NAME + ": expected at most one argument, a file name or -");
      errors.println(USAGE_TEXT);
      return USAGE;
    }
    String target = args.length == 0 ? DEFAULT_OUTPUT : args[0];
    boolean toStdout = target.equals("-");
    Report report = Yanggao2024.report();
    String json = ReportJson.create().write(report);

    PrintStream listing = toStdout ? errors : console;
    printHeader(report, listing);
    printOutline(report, listing);
    printStatistics(report, listing);

    if (toStdout) {
      try {
        stdout.write(json.getBytes(StandardCharsets.UTF_8));
        stdout.flush();
      } catch (IOException e) {
        errors.println(NAME + ": cannot write to standard output: " + e.getMessage());
        return CANNOT_WRITE;
      }
      return OK;
    }
    Path path;
    try {
      path = workingDirectory.resolve(target).toAbsolutePath().normalize();
    } catch (InvalidPathException e) {
      errors.println(NAME + ": not a file name: \"" + target + "\" (" + e.getReason() + ")");
      return USAGE;
    }
    try {
      Files.writeString(path, json, StandardCharsets.UTF_8);
    } catch (IOException e) {
      errors.println(NAME + ": cannot write " + path + ": " + reason(e, path));
      return CANNOT_WRITE;
    }
    listing.println();
    listing.printf(
        Locale.ROOT,
        "JSON written to %s (%,d bytes)%n",
        path,
        json.getBytes(StandardCharsets.UTF_8).length);
    return OK;
  }

  // ---------------------------------------------------------------------------------------------
  // Header and outline

  private static void printHeader(Report report, PrintStream out) {
    ReportMetadata metadata = report.getMetadata();
    out.println(metadata.getTitle());
    List<String> facts = new ArrayList<>();
    metadata.getIssuers().forEach(issuer -> facts.add(issuer.getName()));
    metadata
        .getDivision()
        .ifPresent(
            division ->
                facts.add(
                    division.getName()
                        + division.getCode().map(code -> " " + code).orElse("")
                        + " ("
                        + division.getLevel().name().toLowerCase(Locale.ROOT)
                        + ")"));
    metadata
        .getPeriod()
        .ifPresent(period -> facts.add("covers " + period.getStart() + " to " + period.getEnd()));
    metadata.getDocumentDate().ifPresent(date -> facts.add("dated " + date));
    out.println(String.join(" · ", facts));
  }

  private static void printOutline(Report report, PrintStream out) {
    List<LocatedSection> sections = report.getOutline().walk();
    int idWidth = sections.stream().mapToInt(s -> s.getId().toString().length()).max().orElse(2);
    out.println();
    out.println("Outline (" + sections.size() + " sections)");
    for (LocatedSection located : sections) {
      Section section = located.getSection();
      String title =
          section.getNumbering().map(Numbering::getLabel).orElse("")
              + section.getHeading().map(Heading::getText).orElse("");
      StringBuilder line = new StringBuilder("  ");
      line.append(pad(located.getId().toString(), idWidth + 2));
      line.append("  ".repeat(located.depth() - 1));
      line.append(Columns.fit(title, HEADING_COLUMNS));
      section.getPart().ifPresent(part -> line.append("  [").append(part).append(']'));
      out.println(line);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Key statistics: every typed block's figures, written as the report writes them.

  private static void printStatistics(Report report, PrintStream out) {
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

  private static String pad(String text, int columns) {
    return text + " ".repeat(Math.max(0, columns - Columns.width(text)));
  }

  /** The charset of the console: the JDK's choice where it states one, else UTF-8. */
  private static Charset consoleCharset() {
    for (String property : List.of("stdout.encoding", "sun.stdout.encoding")) {
      String name = System.getProperty(property);
      if (name != null && Charset.isSupported(name)) {
        return Charset.forName(name);
      }
    }
    return StandardCharsets.UTF_8;
  }

  /** A one-line reason an {@link IOException} gives for not writing {@code path}. */
  private static String reason(IOException e, Path path) {
    if (e instanceof NoSuchFileException) {
      Path parent = path.getParent();
      return parent != null && !Files.isDirectory(parent)
          ? "directory " + parent + " does not exist"
          : "no such file or directory";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
      return ((FileSystemException) e).getReason();
    }
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
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
          out.println("    " + pad(row[0], widths[0] + 2) + pad(row[1], widths[1] + 2) + row[2]);
        }
        first = false;
      }
    }
  }
}
