package org.fazhi.report.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.fazhi.report.AdministrativeDivision;
import org.fazhi.report.DivisionCode;
import org.fazhi.report.DivisionLevel;
import org.fazhi.report.DocumentNumber;
import org.fazhi.report.DocumentReference;
import org.fazhi.report.Issuer;
import org.fazhi.report.IssuerKind;
import org.fazhi.report.MeetingReference;
import org.fazhi.report.Report;
import org.fazhi.report.ReportMetadata;
import org.fazhi.report.ReportingPeriod;
import org.fazhi.report.TrainingActivity;
import org.fazhi.report.accountability.Accountability;
import org.fazhi.report.accountability.DutyList;
import org.fazhi.report.accountability.DutyListKind;
import org.fazhi.report.accountability.RectificationList;
import org.fazhi.report.accountability.StudyAndTraining;
import org.fazhi.report.decision.DecisionCatalog;
import org.fazhi.report.decision.DecisionMaking;
import org.fazhi.report.decision.LegalAdvisers;
import org.fazhi.report.decision.LegalityReview;
import org.fazhi.report.decision.NormativeDocuments;
import org.fazhi.report.emergency.Emergency;
import org.fazhi.report.emergency.EmergencyKind;
import org.fazhi.report.emergency.GeoPoint;
import org.fazhi.report.emergency.ResponseLevel;
import org.fazhi.report.enforcement.AdministrativeEnforcement;
import org.fazhi.report.enforcement.DelegatedPowers;
import org.fazhi.report.figure.Approximation;
import org.fazhi.report.figure.Count;
import org.fazhi.report.figure.Indicator;
import org.fazhi.report.figure.Quantity;
import org.fazhi.report.figure.Rate;
import org.fazhi.report.outline.Section;
import org.fazhi.report.outline.SectionId;
import org.fazhi.report.statistics.CaseStatistics;
import org.fazhi.report.statistics.JudgmentPerformance;
import org.fazhi.report.statistics.JudgmentType;
import org.fazhi.report.statistics.LegalAid;
import org.fazhi.report.statistics.Litigation;
import org.fazhi.report.statistics.Mediation;
import org.fazhi.report.statistics.PublicLegalServices;
import org.fazhi.report.statistics.Reconsideration;

/**
 * The 2024 rule-of-law government report of Yanggao County (阳高县, Datong, Shanxi), dated 2024-12-03,
 * built by hand with the model's builders: the first real report held by the model, and the fixture
 * the library's tests, the text importer and the validator are measured against.
 *
 * <p>{@link #report()} holds the whole document: its metadata; its outline with every line of prose
 * exactly as published (the page furniture {@code 扫一扫在手机上查看当前页面} that web copies add after the
 * signature is no part of it), so that {@link org.fazhi.report.text.ReportText#render} gives the
 * published text back; and every figure, typed — in a block (reconsideration, legal aid, delegated
 * powers, the earthquake, …) or as an {@link Indicator} — with the id of the section it was
 * reported in. {@link #json()} is the same report in its JSON form.
 *
 * <h2>How the outline is segmented</h2>
 *
 * <p>The text importer produces the same tree by parsing, under these rules:
 *
 * <ul>
 *   <li>a line that starts with a label ({@code 一、}, {@code (一)}, {@code 1.}) and has no {@code 。}
 *       is a heading on its own line;
 *   <li>a line that starts with a label and contains {@code 。} has an inline heading up to the
 *       first {@code 。}; the rest of the line, unless it starts with a run-in marker, is the first
 *       paragraph;
 *   <li>run-in markers ({@code 一是}, {@code 二是}, …) at the start of a line or right after a {@code
 *       。} start run-in children of the section the line belongs to; each child's heading runs up
 *       to its first {@code 。}, the rest up to the next marker is its one paragraph; a child that
 *       starts a line is not {@link Section#isRunIn() run in}, one that continues a line is; text
 *       before the first marker stays the parent's paragraph (see s1.7);
 *   <li>every other line is a paragraph of the current section; labels are kept as written (this
 *       text writes ASCII parentheses and dots: {@code (一)}, {@code 1.}).
 * </ul>
 *
 * <p>Under these rules the run-in items of (一) — whose body line has no label of its own — are its
 * children s1.1.1 to s1.1.3, while those of the numbered items 1., 2., … lie one level deeper
 * (s1.3.1.1).
 *
 * <p>Thread-safe: the report is built once, on first use of this class.
 */
public final class Yanggao2024 {
  /** The classpath resource holding {@link #json()}, relative to this class. */
  static final String JSON_RESOURCE = "yanggao-2024.json";

  /** The date the report bears (2024年12月3日), and the last day it covers. */
  private static final LocalDate DOCUMENT_DATE = LocalDate.of(2024, 12, 3);

  private static final Report REPORT = build();

  private Yanggao2024() {}

  /** The whole report. */
  public static Report report() {
    return REPORT;
  }

  /**
   * The report's JSON form, exactly as {@code ReportJson.create().write(report())} writes it, from
   * the resource {@code org/fazhi/report/examples/yanggao-2024.json} (UTF-8, ending with a line
   * break).
   */
  public static String json() {
    try (InputStream in = Yanggao2024.class.getResourceAsStream(JSON_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("resource missing from the classpath: " + JSON_RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + JSON_RESOURCE, e);
    }
  }

  private static Report build() {
    return Report.builder()
        .metadata(metadata())
        .outline(YanggaoOutline.outline())
        .statistics(statistics())
        .decisions(decisions())
        .enforcement(enforcement())
        .accountability(accountability())
        .addEmergencies(earthquake())
        .addAllIndicators(indicators())
        .build();
  }

  // ---------------------------------------------------------------------------------------------
  // Metadata

  private static ReportMetadata metadata() {
    return ReportMetadata.builder()
        .title("阳高县2024年法治政府建设年度报告")
        .addIssuers(Issuer.of("阳高县人民政府", IssuerKind.PEOPLES_GOVERNMENT))
        .division(
            AdministrativeDivision.builder()
                .name("阳高县")
                .level(DivisionLevel.COUNTY)
                .code(DivisionCode.parse("140221"))
                .codeValidOn(DOCUMENT_DATE)
                .build())
        .reportingYear(2024)
        // 今年以来 / 截至目前, dated 2024-12-03: the report covers the year up to its date.
        .period(ReportingPeriod.of(LocalDate.of(2024, 1, 1), DOCUMENT_DATE))
        .documentDate(DOCUMENT_DATE)
        .build();
  }

  // ---------------------------------------------------------------------------------------------
  // Typed facts. Each names the section it was reported in.

  private static SectionId at(String id) {
    return SectionId.parse(id);
  }

  private static Count count(long value) {
    return Count.of(value);
  }

  private static CaseStatistics statistics() {
    return CaseStatistics.builder()
        // s1.6.1: 共收到行政复议案件申请35件,其中受理31,办结29件;不予受理4件。
        .reconsideration(
            Reconsideration.builder()
                .received(count(35))
                .accepted(count(31))
                .notAccepted(count(4))
                .closed(count(29))
                .section(at("s1.6.1"))
                .build())
        // s1.6.1: 全县行政诉讼案件5件,出庭率100%。
        .litigation(
            Litigation.builder()
                .cases(count(5))
                .headAppearanceRate(Rate.of("100"))
                .section(at("s1.6.1"))
                .build())
        // s6: 行政机关单独应诉案件5件,审理终结4件,其中2件…维持判决,2件作出撤销判决 — the two
        // judgments account for all four concluded cases.
        .judgmentPerformance(
            JudgmentPerformance.builder()
                .cases(count(5))
                .concluded(count(4))
                .putJudgment(JudgmentType.UPHELD, count(2))
                .putJudgment(JudgmentType.REVOKED, count(2))
                .judgmentsComplete(true)
                .statement("现各行政机关均已自觉主动履行人民法院生效裁判")
                .section(at("s6"))
                .build())
        // s1.6.4: 共受理法律援助案件95件,办结42件,提供法律咨询524件。
        .legalAid(
            LegalAid.builder()
                .accepted(count(95))
                .closed(count(42))
                .consultations(count(524))
                .section(at("s1.6.4"))
                .build())
        // s1.6.5: 年度矛盾纠纷案件调解数量达700余件 … 案件处置率达到100%。
        .mediation(
            Mediation.builder()
                .mediated(Count.of(700, Approximation.MORE_THAN))
                .handlingRate(Rate.of("100"))
                .section(at("s1.6.5"))
                .build())
        // s1.6.3: 共受理免费法律咨询服务2522件,占年度任务114.63%,法律咨询服务群众满意度100%。
        .publicLegalServices(
            PublicLegalServices.builder()
                .services(count(2522))
                .completionRate(Rate.of("114.63"))
                .satisfaction(Rate.of("100"))
                .section(at("s1.6.3"))
                .build())
        .build();
  }

  private static DecisionMaking decisions() {
    return DecisionMaking.builder()
        // s1.3.1.1: 及时公布年度重大行政决策事项目录4项 … 征求意见期限一般不少于30日。
        .catalog(
            DecisionCatalog.builder()
                .published(true)
                .declared(count(4))
                .commentPeriodDays(Count.of(30, Approximation.AT_LEAST))
                .section(at("s1.3.1.1"))
                .build())
        // s1.3.1.2: 重大决策、重要协议、重大执法决定、规范性文件合法性审核率达100%。
        .legalityReview(
            LegalityReview.builder().reviewRate(Rate.of("100")).section(at("s1.3.1.2")).build())
        // s1.2.4: 向社会公开征求意见期限不少于30日。
        .normativeDocuments(
            NormativeDocuments.builder()
                .commentPeriodDays(Count.of(30, Approximation.AT_LEAST))
                .section(at("s1.2.4"))
                .build())
        // The advisers are counted in s1.3.3 (全县聘请法律顾问21名); what they did in s1.3.1.2
        // (列席…会议5次,开展文件协议合法性审查12件,提供法律意见23条). A block names one section:
        // the one that holds most of its figures, s1.3.1.2.
        .legalAdvisers(
            LegalAdvisers.builder()
                .advisers(count(21))
                .meetingsAttended(count(5))
                .documentsReviewed(count(12))
                .opinions(count(23))
                .section(at("s1.3.1.2"))
                .build())
        .build();
  }

  private static AdministrativeEnforcement enforcement() {
    return AdministrativeEnforcement.builder()
        // s1.4.4: 全县11个司法所全部加挂“行政执法监督办公室”,先后深入11个乡镇和10个县行政执法单位
        .supervisionOffices(count(11))
        .townshipsInspected(count(11))
        .agenciesInspected(count(10))
        // s1.4.3: the annual rotation training of enforcement staff.
        .addTraining(
            TrainingActivity.builder()
                .title("线上培训行政执法大讲堂")
                .hours(count(30))
                .section(at("s1.4.3"))
                .build(),
            TrainingActivity.builder()
                .title("学习贯彻习近平法治思想强化行政执法能力建设专题培训班")
                .organizer("中组部、中央依法治国办、司法部")
                .hours(count(16))
                .section(at("s1.4.3"))
                .build(),
            TrainingActivity.builder()
                .title("行政执法大讲堂")
                .organizer("山西省司法厅")
                .sessions(count(5))
                .section(at("s1.4.3"))
                .build(),
            TrainingActivity.builder()
                .title("2024年度行政执法人员公共法律知识培训")
                .organizer("县司法局")
                .addDates(LocalDate.of(2024, 6, 27), LocalDate.of(2024, 6, 28))
                .section(at("s1.4.3"))
                .build())
        // s1.4.2: 山西省人民政府赋权的55项 … 15项取消建议、40项任意选取建议 … 已经县人民政府第三十七次
        // 常务会议审议通过。调整后,各乡镇承接的执法事项平均减少32项,平均保留23项,总体压减率58%。
        .delegatedPowers(
            DelegatedPowers.builder()
                .granted(count(55))
                .removalProposals(count(15))
                .optionalProposals(count(40))
                .cut(count(32))
                .kept(count(23))
                .perTownshipAverage(true)
                .cutRate(Rate.of("58"))
                .approvedAt(MeetingReference.builder().body("县人民政府常务会议").session(37).build())
                .section(at("s1.4.2"))
                .build())
        .section(at("s1.4.4"))
        .build();
  }

  private static Accountability accountability() {
    DocumentReference notice =
        DocumentReference.builder()
            .title("关于印发〈关于贯彻落实省委依法治省办法治化营商环境建设督察反馈问题的整改方案〉的通知")
            .number(DocumentNumber.parse("同法治办〔2024〕6号"))
            .issuer("大同市")
            .build();
    String inspection = "省委依法治省办第四督察组实地督察反馈意见";
    return Accountability.builder()
        // s2: 制定出台了《阳高县履行推进法治建设第一责任人职责2024年度工作清单》
        .addDutyLists(
            DutyList.builder()
                .kind(DutyListKind.FIRST_RESPONSIBLE_PERSON)
                .title("阳高县履行推进法治建设第一责任人职责2024年度工作清单")
                .owner("县委、县政府主要负责人")
                .section(at("s2"))
                .build(),
            // s1.1.3: 督导各乡镇22名党政主要负责人对标建立职责清单
            DutyList.builder()
                .kind(DutyListKind.FIRST_RESPONSIBLE_PERSON)
                .owner("各乡镇党政主要负责人")
                .holders(count(22))
                .section(at("s1.1.3"))
                .build())
        // s1.2.3: 形成《全面依法治省督察共性问题整改清单》《全面依法治省督察阳高问题整改清单》
        .addRectificationLists(
            RectificationList.builder()
                .title("全面依法治省督察共性问题整改清单")
                .origin(inspection)
                .basis(notice)
                .section(at("s1.2.3"))
                .build(),
            RectificationList.builder()
                .title("全面依法治省督察阳高问题整改清单")
                .origin(inspection)
                .basis(notice)
                .section(at("s1.2.3"))
                .build())
        // Study sessions in s1.1.1 (专题学法、专题培训5次), written reports on law in s1.1.3
        // (39名领导干部提交书面述法材料), instructions in s2 (指示批示累计120余次). A block names one
        // section: (一), s1.1, which holds two of its three figures.
        .study(
            StudyAndTraining.builder()
                .addActivities(
                    TrainingActivity.builder()
                        .title("专题学法、专题培训")
                        .sessions(count(5))
                        .section(at("s1.1.1"))
                        .build())
                .lawReports(count(39))
                .leaderInstructions(Count.of(120, Approximation.MORE_THAN))
                .section(at("s1.1"))
                .build())
        .build();
  }

  /** s1.5.1: 2024年5月19日3时35分在阳高县北纬40.35度、东经113.78度处发生3.9级地震,震源深度13公里 … Ⅳ级响应. */
  private static Emergency earthquake() {
    return Emergency.builder()
        .kind(EmergencyKind.EARTHQUAKE)
        .description("3.9级地震")
        .occurredAt(OffsetDateTime.of(2024, 5, 19, 3, 35, 0, 0, ZoneOffset.ofHours(8)))
        .place("阳高县")
        .magnitude(new BigDecimal("3.9"))
        .depthKilometres(new BigDecimal("13"))
        .epicenter(GeoPoint.of("40.35", "113.78"))
        .responseLevel(ResponseLevel.LEVEL_IV)
        .section(at("s1.5.1"))
        .build();
  }

  /**
   * Every other figure, in document order: what was counted in the report's words, the figure as
   * written (unit, scale and approximation kept), and its section.
   */
  private static List<Indicator> indicators() {
    return List.of(
        // s1.1.2 二是注重抓好统筹推进
        indicator("s1.1.2", "召开县委全面依法治县委员会、法治建设推进会、依法治县办公室会等会议", "4次"),
        indicator("s1.1.2", "细化分解重点任务", "28项"),
        // s1.2.1.1 一是优化政策保障
        indicator("s1.2.1.1", "划转事项", "237项"),
        indicator("s1.2.1.1", "办结各类审批、服务事项", "22000余件"),
        // s1.2.1.2 二是优化政务服务. 办结率、满意率均为100% is one figure stating two rates: one
        // indicator, so that every written figure has exactly one home.
        indicator("s1.2.1.2", "工单办结率、满意率", "100%"),
        indicator("s1.2.1.2", "首批试行颁发行业综合证的行业场景", "31个"),
        indicator("s1.2.1.2", "已颁发行业综合证", "89张"),
        // s1.2.1.3 三是提升政务服务标准化、规范化、便利化水平
        indicator("s1.2.1.3", "精简申报材料、压缩办理时限、减少审批环节的事项", "15个"),
        indicator("s1.2.1.3", "为企事业单位办理投资项目备案、规划、施工许可、人防等各类前期手续", "146项"),
        // s1.2.2.1 一是优化政务服务平台支撑
        indicator("s1.2.2.1", "智慧政务大厅二期项目总投资", "1481.6万元"),
        indicator("s1.2.2.1", "已布局自助服务一体机", "49台"),
        indicator("s1.2.2.1", "已布局政务智能文件柜", "5台"),
        // s1.2.2.2 二是完善“互联网+监管”系统
        indicator("s1.2.2.2", "监管事项目录清单认领率", "100%"),
        indicator("s1.2.2.2", "检查实施清单编制", "100%"),
        indicator("s1.2.2.2", "汇聚录入监管行为", "3284项"),
        indicator("s1.2.2.2", "审管联动关联事项", "895项"),
        indicator("s1.2.2.2", "已反馈审批办件量", "1309件"),
        // s1.5.1 1.完善突发事件应对机制
        indicator("s1.5.1", "临时森林防火检查站", "143个"),
        indicator("s1.5.1", "开设维护防火隔离带", "300多公里"),
        indicator("s1.5.1", "成立督导组", "4个"),
        indicator("s1.5.1", "督导组出动", "178人次"),
        indicator("s1.5.1", "排查并整改火灾隐患", "6处"),
        indicator("s1.5.1", "汛前检查的企业或其他涉汛单位", "15家"),
        indicator("s1.5.1", "拉网式排查的重点河道", "6条"),
        indicator("s1.5.1", "拉网式排查的水库", "11座"),
        indicator("s1.5.1", "拉网式排查的塘坝", "24座"),
        indicator("s1.5.1", "拉网式排查的地质灾害隐患点", "77处"),
        // s1.5.2 2.加强应急领域体系建设和信息公开
        indicator("s1.5.2", "国家基层减灾能力提升项目总投资", "723万元"),
        indicator("s1.5.2", "为县、乡两级应急救援队伍配备救援车辆", "7辆"),
        indicator("s1.5.2", "配备救援装备", "482件套"),
        // s1.5.3 3.开展应急演练和培训
        indicator("s1.5.3", "开展安全宣传", "7次"),
        indicator("s1.5.3", "印发各类宣传品", "2000件"),
        indicator("s1.5.3", "制作短视频、电子稿等", "7个"),
        indicator("s1.5.3", "督促指导编制和修订应急预案及应急演练方案的企业", "10家"),
        indicator("s1.5.3", "与企业安全生产第一责任人签订尽职履责责任书的企业", "60家"),
        indicator("s1.5.3", "组织进行减灾培训的乡镇", "11个"),
        // 分两期 … 开展了2024年度阳高县基层应急能力培训班: a fact written in a Chinese numeral. The
        // model has no block for training emergency staff.
        indicator("s1.5.3", "2024年度阳高县基层应急能力培训班", "2期"),
        // s1.6.2 2.推进矛盾纠纷预防化解
        indicator("s1.6.2", "远程视频会见室覆盖司法所", "11个"),
        indicator("s1.6.2", "完成视频会见", "243次"),
        // s1.8.1 1.压实责任抓普法
        indicator("s1.8.1", "现场解答群众咨询", "800余人次"),
        indicator("s1.8.1", "免费解答法律咨询", "300余件"),
        // s1.8.2 2.突破薄弱促普法
        indicator("s1.8.2", "“光影照乡村普法惠民生”主题宣传活动", "11场次"),
        // s1.8.3 3.搭建平台促普法
        indicator("s1.8.3", "累计建设农村(社区)法治文化宣传墙", "132个"),
        indicator("s1.8.3", "建成法治文化主题公园", "4座"),
        indicator("s1.8.3", "法律明白人", "637名"),
        indicator("s1.8.3", "有1名以上“法律明白人”的行政村", "100%"),
        // s1.8.4 4.示范引领促普法
        indicator("s1.8.4", "被授予省级“民主法治示范村”的村", "3个"),
        indicator("s1.8.4", "被授予第二批市级“民主法治示范村”的村", "12个"));
  }

  private static Indicator indicator(String section, String label, String quantity) {
    return Indicator.builder()
        .label(label)
        .quantity(Quantity.parse(quantity))
        .section(at(section))
        .build();
  }
}
